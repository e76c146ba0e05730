package io.datamesh.core;

import io.datamesh.api.DataProduct;
import java.util.List;

/**
 * One product found by {@link Mesh#search(String, int)}: the product, how well it matched and why.
 *
 * <pre>{@code
 * for (SearchHit hit : mesh.search("customer email", 10)) {
 *   System.out.println(hit.product().urn() + " " + hit.score() + " " + hit.reasons());
 * }
 * }</pre>
 */
public interface SearchHit {
  /**
   * Returns the product found.
   *
   * @return the product
   */
  DataProduct product();

  /**
   * Returns the relevance; higher is better, comparable only within one search.
   *
   * @return a positive score
   */
  double score();

  /**
   * Returns why the product matched, best match first, such as {@code field 'customer_email' matches 'email'}.
   *
   * @return the reasons, never empty
   */
  List<String> reasons();
}
