package io.datamesh.core.governance;

import io.datamesh.api.ProductUrn;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A product's deprecation: when it was announced, when it may be retired, and what consumers should read instead.
 *
 * <p>{@code Deprecation d = mesh.deprecate(orders.urn(), Instant.parse("2026-06-01T00:00:00Z"), ordersV2.urn());}
 *
 * @param product the deprecated product
 * @param announced when it was deprecated, on the mesh clock
 * @param sunset the earliest instant it may be retired
 * @param replacement the product consumers should move to, if any
 */
public record Deprecation(ProductUrn product, Instant announced, Instant sunset, Optional<ProductUrn> replacement) {
  /**
   * Checks the parts.
   *
   * @param product see the record component
   * @param announced see the record component
   * @param sunset see the record component
   * @param replacement see the record component
   */
  public Deprecation {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(announced, "announced");
    Objects.requireNonNull(sunset, "sunset");
    Objects.requireNonNull(replacement, "replacement");
  }

  /**
   * Returns the warning every read of the product's ports carries.
   *
   * @return one sentence
   */
  public String warning() {
    return "product " + product + " is deprecated since " + announced + " and may be retired from " + sunset
        + replacement.map(r -> "; move to " + r).orElse("; ask its owner for a replacement");
  }
}
