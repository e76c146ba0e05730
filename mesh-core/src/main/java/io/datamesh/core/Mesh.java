package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.core.governance.Deprecation;
import io.datamesh.core.governance.GovernanceReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
   *     incompatible minor, or when an enforced error-severity policy fails (REGISTER, and STAGE_TRANSITION when
   *     the status changes), listing each policy, subject, reason and fix; failures that do not block are in
   *     {@link RegistrationResult#policyResults()}
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
   * Deprecates a product: reads of its ports carry a warning from now on, and it may be retired from the sunset,
   * once no consumer has read it for the retire quiet period. STAGE_TRANSITION policies run first.
   *
   * @param urn the product
   * @param sunset the earliest retirement, after now on the mesh clock
   * @param replacement a registered product consumers should move to
   * @return the deprecation
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND}, {@code INVALID_ARGUMENT} for a sunset in the past or
   *     an unregistered replacement, {@code FAILED_PRECONDITION} for a retired product or a blocking policy
   */
  Deprecation deprecate(ProductUrn urn, Instant sunset, ProductUrn replacement);

  /**
   * Deprecates a product that has no replacement.
   *
   * @param urn the product
   * @param sunset the earliest retirement, after now on the mesh clock
   * @return the deprecation
   * @throws io.datamesh.api.MeshException as {@link #deprecate(ProductUrn, Instant, ProductUrn)}
   */
  Deprecation deprecate(ProductUrn urn, Instant sunset);

  /**
   * Retires a deprecated product: it stays discoverable with status {@code retired}, and no new version of this
   * major can be registered.
   *
   * @param urn the product
   * @return the retired product
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND}; {@code FAILED_PRECONDITION} if it is not deprecated,
   *     before its sunset, or while a consumer read it within the retire quiet period (each one is named)
   */
  DataProduct retire(ProductUrn urn);

  /**
   * Evaluates every policy in scope on every registered product: the compliance state of the mesh.
   *
   * @return the report, with the policy sets' versions
   */
  GovernanceReport governanceReport();

  /**
   * Evaluates every policy in scope on one registered product.
   *
   * @param urn the product
   * @return the report
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} if it is not registered
   */
  GovernanceReport governanceReport(ProductUrn urn);

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
