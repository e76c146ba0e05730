package io.datamesh.core.governance;

import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Expression;
import java.util.Objects;

/**
 * Restricts the rows matching principals read from a port to those where an expression is true; the expression
 * may use {@code $principal.<attribute>}. Every matching rule applies, together with the request's own filter.
 *
 * <pre>{@code
 * RowFilterRule.of("rows.own-region", port, PrincipalMatch.role("analyst"),
 *     Expression.column("region").eq(Expression.principal("region")));
 * }</pre>
 *
 * @param id the policy id named in audit events
 * @param port the port it filters
 * @param who the principals it applies to
 * @param filter the condition a row must meet
 */
public record RowFilterRule(String id, PortAddress port, PrincipalMatch who, Expression filter) {
  /**
   * Checks the parts.
   *
   * @param id see the record component
   * @param port see the record component
   * @param who see the record component
   * @param filter see the record component
   */
  public RowFilterRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(port, "port");
    Objects.requireNonNull(who, "who");
    Objects.requireNonNull(filter, "filter");
  }

  /**
   * Creates a rule.
   *
   * @param id the policy id
   * @param port the port
   * @param who the principals
   * @param filter the condition
   * @return the rule
   */
  public static RowFilterRule of(String id, PortAddress port, PrincipalMatch who, Expression filter) {
    return new RowFilterRule(id, port, who, filter);
  }
}
