package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A data mesh embedded in one process: it registers data products, finds them again, and (as later features
 * arrive) publishes, serves and watches them. Thread-safe. Owns its threads and memory; close it when done.
 *
 * <pre>{@code
 * try (Mesh mesh = Mesh.builder().build()) {
 *   mesh.register(orders);
 *   List<DataProduct> sales = mesh.find(ProductQuery.builder().setDomain("sales").build());
 * }
 * }</pre>
 */
public interface Mesh extends AutoCloseable {
  /**
   * Starts configuring a mesh.
   *
   * @return a builder with sensible defaults
   */
  static MeshBuilder builder() {
    return new MeshBuilder();
  }

  /**
   * Registers a product, or a new version of one. Re-registering an identical descriptor does nothing; a different
   * descriptor with the same version fails with {@code ALREADY_EXISTS}; a newer minor or patch replaces the
   * registered version; a new major lives beside the old one. Input ports whose upstream is not registered yet are
   * registered as pending, and reported in the result.
   *
   * @param product the product
   * @return what the registration did
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} listing every broken rule, naming the product,
   *     the port and the rule; {@code ALREADY_EXISTS}; {@code FAILED_PRECONDITION} for an older version or an
   *     incompatible minor
   */
  RegistrationResult register(DataProduct product);

  /**
   * Removes a product (one major). Products reading it see their input ports turn pending again.
   *
   * @param urn the product URN
   * @return true if the product was registered
   */
  boolean deregister(ProductUrn urn);

  /**
   * Finds a registered product by URN.
   *
   * @param urn the product URN
   * @return the product, or empty
   */
  Optional<DataProduct> product(ProductUrn urn);

  /**
   * Finds a registered product by id (the UUID of its URN under the mesh's id strategy).
   *
   * @param id the product id
   * @return the product, or empty
   */
  Optional<DataProduct> product(UUID id);

  /**
   * Returns every registered product, ordered by URN.
   *
   * @return the products
   */
  List<DataProduct> products();

  /**
   * Finds the products that match every criterion of a query, ordered by URN.
   *
   * @param query the criteria
   * @return the matching products
   */
  List<DataProduct> find(ProductQuery query);

  /**
   * Searches the registered products for free text and ranks them: product names and titles weigh most, then tags,
   * domain, port and field names, then descriptions; products that match every word come first.
   *
   * <pre>{@code
   * mesh.search("customer email", 5).forEach(hit -> System.out.println(hit.product().urn() + " " + hit.reasons()));
   * }</pre>
   *
   * @param text one or more words; case and punctuation are ignored
   * @param limit the most hits to return, at least 1
   * @return the hits, best first (ties in URN order); empty if nothing matches
   * @throws io.datamesh.api.MeshException {@code INVALID_ARGUMENT} if the text has no word or the limit is below 1
   */
  List<SearchHit> search(String text, int limit);

  /**
   * Resolves an input port to the upstream output port it reads.
   *
   * @param inputPort the address of a registered input port
   * @return the upstream output port address
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} if the input port is not registered,
   *     {@code UNAVAILABLE} while its upstream is not registered (pending), {@code FAILED_PRECONDITION} for an
   *     external source
   */
  PortAddress resolveInput(PortAddress inputPort);

  /**
   * Returns the input ports whose upstream is not registered yet.
   *
   * @return the pending input port addresses
   */
  List<PortAddress> pendingInputs();

  /**
   * Returns the clock the mesh reads time from.
   *
   * @return the clock
   */
  Clock clock();

  /**
   * Closes the mesh: stops its threads and closes its emitters, waiting up to the default grace period.
   */
  @Override
  void close();

  /**
   * Closes the mesh, waiting up to {@code grace} for work in flight.
   *
   * @param grace how long to wait
   */
  void close(Duration grace);
}
