package io.datamesh.api.policy;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Which products a policy applies to: each non-empty set must match (domain name, domain kind, any product tag, any
 * field classification); an empty set matches everything.
 *
 * <pre>{@code
 * PolicyScope pii = PolicyScope.builder().addClassification("restricted").addKind(DomainKind.SOURCE_ALIGNED).build();
 * pii.matches(product);
 * }</pre>
 *
 * @param domains domain names, such as {@code sales}
 * @param kinds domain kinds
 * @param tags product tags
 * @param classifications field classifications, compared ignoring case
 */
public record PolicyScope(Set<String> domains, Set<DomainKind> kinds, Set<String> tags, Set<String> classifications) {
  private static final int MAX_DEPTH = 64;

  /**
   * Copies the sets.
   *
   * @param domains see the record component
   * @param kinds see the record component
   * @param tags see the record component
   * @param classifications see the record component
   */
  public PolicyScope {
    domains = Set.copyOf(domains);
    kinds = Set.copyOf(kinds);
    tags = Set.copyOf(tags);
    classifications = Set.copyOf(classifications.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList());
  }

  /**
   * Returns the scope that matches every product.
   *
   * @return the scope
   */
  public static PolicyScope all() {
    return new PolicyScope(Set.of(), Set.of(), Set.of(), Set.of());
  }

  /**
   * Starts declaring a scope.
   *
   * @return a builder
   */
  public static PolicyScopeBuilder builder() {
    return new PolicyScopeBuilder();
  }

  /**
   * Tells whether a product is in scope.
   *
   * @param product the product
   * @return true if every non-empty criterion matches
   */
  public boolean matches(DataProduct product) {
    Objects.requireNonNull(product, "product");
    boolean hasDomain = product.domain() != null; // a descriptor read without the builder's checks may lack one
    return (domains.isEmpty() || hasDomain && domains.contains(product.domain().name()))
        && (kinds.isEmpty() || hasDomain && kinds.contains(product.domain().kind()))
        && (tags.isEmpty() || product.tags().stream().anyMatch(tags::contains))
        && (classifications.isEmpty() || hasClassification(product));
  }

  private boolean hasClassification(DataProduct product) {
    for (OutputPort port : product.outputPorts()) {
      for (SchemaObject o : port.contract().schema()) {
        for (SchemaProperty p : o.properties()) {
          if (classified(p, 0)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean classified(SchemaProperty p, int depth) {
    if (depth > MAX_DEPTH) {
      return false;
    }
    if (p.classification().map(c -> classifications.contains(c.toLowerCase(Locale.ROOT))).orElse(false)) {
      return true;
    }
    for (SchemaProperty child : p.properties()) {
      if (classified(child, depth + 1)) {
        return true;
      }
    }
    return p.items().map(i -> classified(i, depth + 1)).orElse(false);
  }

  /**
   * Tells whether this scope matches every product.
   *
   * @return true if every set is empty
   */
  public boolean isAll() {
    return domains.isEmpty() && kinds.isEmpty() && tags.isEmpty() && classifications.isEmpty();
  }
}
