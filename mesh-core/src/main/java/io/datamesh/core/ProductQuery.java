package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.OutputPort;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Criteria for {@link Mesh#find(ProductQuery)}; a product matches when it meets every criterion that is set.
 * Text comparisons ignore case.
 *
 * <pre>{@code
 * mesh.find(ProductQuery.builder()
 *     .setDomain("sales")
 *     .setKind(DomainKind.SOURCE_ALIGNED)
 *     .addTag("pii")
 *     .setFieldName("customer_email")
 *     .build());
 * }</pre>
 *
 * @param domain the domain name, if set
 * @param kind the domain kind, if set
 * @param owner the owner id, if set
 * @param tags tags the product must all carry
 * @param status the lifecycle status, if set
 * @param fieldName a property name that some output port's contract must declare (at any depth), if set
 */
public record ProductQuery(Optional<String> domain, Optional<DomainKind> kind, Optional<String> owner,
    Set<String> tags, Optional<LifecycleStatus> status, Optional<String> fieldName) {
  /**
   * Checks and copies the parts.
   *
   * @param domain see the record component
   * @param kind see the record component
   * @param owner see the record component
   * @param tags see the record component
   * @param status see the record component
   * @param fieldName see the record component
   */
  public ProductQuery {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(owner, "owner");
    tags = Set.copyOf(tags);
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(fieldName, "fieldName");
  }

  /**
   * Returns a query that every product matches.
   *
   * @return the empty query
   */
  public static ProductQuery all() {
    return builder().build();
  }

  /**
   * Starts a query.
   *
   * @return a builder
   */
  public static ProductQueryBuilder builder() {
    return new ProductQueryBuilder();
  }

  /**
   * Tells whether a product meets every criterion.
   *
   * @param p the product
   * @return true if it matches
   */
  public boolean matches(DataProduct p) {
    return domain.map(d -> d.equalsIgnoreCase(p.domain().name())).orElse(true)
        && kind.map(k -> k == p.domain().kind()).orElse(true)
        && owner.map(o -> o.equalsIgnoreCase(p.owner().id())).orElse(true)
        && status.map(s -> s == p.status()).orElse(true)
        && tags.stream().allMatch(t -> p.tags().stream().anyMatch(t::equalsIgnoreCase))
        && fieldName.map(f -> declaresField(p, f)).orElse(true);
  }

  private static boolean declaresField(DataProduct p, String field) {
    String wanted = field.toLowerCase(Locale.ROOT);
    for (OutputPort out : p.outputPorts()) {
      if (ContractFields.names(out.contract()).contains(wanted)) {
        return true;
      }
    }
    return false;
  }
}
