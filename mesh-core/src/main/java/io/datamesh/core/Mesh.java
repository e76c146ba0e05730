package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.snapshot.BatchSupplier;
import io.datamesh.core.governance.Deprecation;
import io.datamesh.core.governance.GovernanceReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

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
   * Closes the mesh: stops its threads and closes its emitters, waiting up to the default grace period (see
   * {@link #close(Duration)}).
   *
   * @throws io.datamesh.api.MeshException {@code FAILED_PRECONDITION} if called from one of the mesh's own threads
   */
  @Override
  void close();

  /**
   * Closes the mesh, waiting up to {@code grace} for work in flight and for open readers; readers still open then
   * are closed, and each is named in a warning. Such a reader's root and batches are invalid from then on, also
   * between batches, so finish reading before closing the mesh. A reader in the middle of loading a batch (masking or
   * filtering it) is closed once that batch is done, so close can take longer than {@code grace} by that much; a
   * read still opening is waited for too. Calling it again does nothing.
   *
   * <pre>{@code
   * try (Mesh mesh = Mesh.builder().build()) { ... } // close() at the end, default grace
   * mesh.close(Duration.ofSeconds(5));               // or with a grace of your own
   * }</pre>
   *
   * @param grace how long to wait
   * @throws io.datamesh.api.MeshException {@code FAILED_PRECONDITION} if called from one of the mesh's worker threads
   *     (inside a transform, or an emitter running on the workers): it would wait for itself
   */
  void close(Duration grace);

  // ---- Data plane: publish and read (issue 4) ----

  /**
   * Returns the mesh's root allocator. Build batches under it (directly or in a child allocator) and a publish
   * hands them over without a copy; batches from another root are copied once. Close child allocators you create.
   *
   * @return the root allocator the mesh owns and closes
   */
  BufferAllocator allocator();

  /**
   * Publishes the batches of a reader as a new snapshot of an output port and makes it current atomically. The
   * data must conform to the port's contract (see {@code docs/types.md}); the reader is always closed. A concurrent
   * publish to the same port waits for this one.
   *
   * <pre>{@code
   * try (ArrowReader reader = ArrowIpc.readStream(in, mesh.allocator())) {
   *   PublishResult r = mesh.publish(port, reader);
   * }
   * }</pre>
   *
   * @param port the output port address
   * @param reader the source; closed whatever happens
   * @return what the publish did
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} for an unknown port, {@code CONTRACT_VIOLATION} naming
   *     the column, {@code RESOURCE_EXHAUSTED} at the memory limit, {@code ABORTED} when the source fails; the
   *     previous snapshot stays current; {@code INVALID_ARGUMENT} for an observability port, which takes no data
   */
  PublishResult publish(PortAddress port, ArrowReader reader);

  /**
   * Publishes a reader's batches only if {@code expectedSnapshotId} is still the current snapshot and no other
   * publish to the port is in progress.
   *
   * @param port the output port address
   * @param reader the source; closed whatever happens
   * @param expectedSnapshotId the snapshot this one replaces; 0 when the port has none yet
   * @return what the publish did
   * @throws io.datamesh.api.MeshException {@code FAILED_PRECONDITION} when another publish is running or another
   *     snapshot is current, and as {@link #publish(PortAddress, ArrowReader)}
   */
  PublishResult publish(PortAddress port, ArrowReader reader, long expectedSnapshotId);

  /**
   * Publishes the batches of a reader as {@link #publish(PortAddress, ArrowReader)} does, telling a listener after
   * each batch how far the publish has come (batches, rows, bytes, elapsed time), on the calling thread.
   *
   * <pre>{@code
   * mesh.publish(port, ArrowIpc.readFile(FileChannel.open(path), mesh.allocator()),
   *     p -> log.info("{} rows published in {}", p.rows(), p.elapsed()));
   * }</pre>
   *
   * @param port the output port address
   * @param reader the source; closed whatever happens
   * @param listener told after each batch; an exception from it abandons the publish (see {@link PublishListener})
   * @return what the publish did
   * @throws io.datamesh.api.MeshException {@code ABORTED} when the listener throws, and as
   *     {@link #publish(PortAddress, ArrowReader)}
   */
  PublishResult publish(PortAddress port, ArrowReader reader, PublishListener listener);

  /**
   * Publishes the batches a supplier hands out, telling a listener after each batch, as
   * {@link #publish(PortAddress, ArrowReader, PublishListener)} does.
   *
   * @param port the output port address
   * @param batches the supplier; closed whatever happens
   * @param listener told after each batch; an exception from it abandons the publish
   * @return what the publish did
   * @throws io.datamesh.api.MeshException as {@link #publish(PortAddress, ArrowReader, PublishListener)}
   */
  PublishResult publish(PortAddress port, BatchSupplier batches, PublishListener listener);

  /**
   * Publishes one batch as a new snapshot. Its data moves into the snapshot and the root is closed.
   *
   * @param port the output port address
   * @param batch the batch; closed whatever happens
   * @return what the publish did
   * @throws io.datamesh.api.MeshException as {@link #publish(PortAddress, ArrowReader)}
   */
  PublishResult publish(PortAddress port, VectorSchemaRoot batch);

  /**
   * Publishes the batches a supplier hands out as a new snapshot; each root is taken over and closed.
   *
   * @param port the output port address
   * @param batches the supplier; closed whatever happens
   * @return what the publish did
   * @throws io.datamesh.api.MeshException as {@link #publish(PortAddress, ArrowReader)}
   */
  PublishResult publish(PortAddress port, BatchSupplier batches);

  /**
   * Reads the current (or a named) snapshot of an output port, after the access controller allowed it, with the
   * request's projection and filter. The reader shares the snapshot's buffers (no copy) on its own child allocator
   * and keeps the snapshot alive until it is closed; its root is reloaded by every batch.
   *
   * <p>The address of an observability port reads its product's status table instead: one row per output port, in
   * declaration order, computed at read time from the state {@link #observe} reports, under the contract
   * {@link #contract(PortAddress)} returns; the audit, projection and filter are those of an output port, and a
   * custom controller decides with {@link AccessController#checkObservability} (see docs/observability.md, "The
   * observability port").
   *
   * <pre>{@code
   * ReadRequest request = ReadRequest.builder(port, principal).addColumn("id")
   *     .setFilter(Expression.column("amount").gt(Expression.literal(100))).build();
   * try (ArrowReader reader = mesh.read(request)) {
   *   while (reader.loadNextBatch()) { VectorSchemaRoot batch = reader.getVectorSchemaRoot(); ... }
   * }
   * }</pre>
   *
   * @param request what to read and who reads
   * @return the reader; the caller closes it
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} for an unknown port or snapshot,
   *     {@code PERMISSION_DENIED}, {@code UNAVAILABLE} before the first publish, {@code INVALID_ARGUMENT} for an
   *     unknown column or a snapshot id on an observability port
   */
  ArrowReader read(ReadRequest request);

  /**
   * Reads the quarantine of an output port that quarantines ({@link MeshBuilder#setQuarantine(PortAddress,
   * io.datamesh.core.quality.QuarantineMode)}): the rows of the current (or named) snapshot's publish that broke a
   * blocking row-level quality rule, in the port's columns followed by {@code _violations} ({@code list<utf8>}, the
   * ids of the checks each row broke). A quarantine is committed with its snapshot, under the same id, and kept as
   * long as it ({@link MeshBuilder#setSnapshotHistory}).
   *
   * <pre>{@code
   * Principal steward = Principal.builder("ana").setDomain("sales").build();
   * try (ArrowReader reader = mesh.readQuarantine(ReadRequest.of(port, steward))) { ... }
   * }</pre>
   *
   * @param request what to read and who reads; the request's port is the output port, not a quarantine name
   * @return the reader; the caller closes it
   * @throws io.datamesh.api.MeshException {@code PERMISSION_DENIED} unless the principal's domain is the owning
   *     product's domain (and the access controller allows the read of the port), {@code FAILED_PRECONDITION} if
   *     the port does not quarantine, {@code NOT_FOUND} for an unknown port or a snapshot no longer kept,
   *     {@code UNAVAILABLE} before the first publish, {@code INVALID_ARGUMENT} for an observability port
   */
  ArrowReader readQuarantine(ReadRequest request);

  /**
   * Returns the contract of an output port as registered, for discovery; for an observability port, the generated
   * contract of the status table it serves.
   *
   * <pre>{@code
   * String odcs = Contracts.write(mesh.contract(port).orElseThrow(), Format.YAML);
   * }</pre>
   *
   * @param port the output (or observability) port address
   * @return the contract, or empty if no registered product has that port
   */
  Optional<io.datamesh.api.contract.Contract> contract(PortAddress port);

  /**
   * Returns the consumer view of an output port's contract for one principal: the contract the principal's reads
   * keep. Masked properties change as the masked Arrow schema does: {@code null_out} makes the property not
   * required; {@code hash}, {@code redact} and {@code partial} make it {@code logicalType: string} with
   * {@code physicalType: utf8} and no {@code logicalTypeOptions}; examples and property quality rules are dropped;
   * a custom property {@code datamesh.masked} names the method (and {@code datamesh.masked.keyId} the key of a
   * hash). A row filter is written on the served schema object as the custom property {@code datamesh.rowFilter}
   * (the filter's canonical JSON). A principal no policy restricts gets the contract as registered. For an
   * observability port, it is the consumer view of the generated status contract, after the decision a read of it
   * gets ({@link AccessController#checkObservability} for a custom controller).
   *
   * <pre>{@code
   * Contract seen = mesh.contract(port, Principal.builder("mia").putAttribute("department", "marketing").build())
   *     .orElseThrow();
   * }</pre>
   *
   * @param port the output (or observability) port address
   * @param principal who would read
   * @return the consumer-view contract, or empty if no registered product has that port
   * @throws io.datamesh.api.MeshException {@code PERMISSION_DENIED} if the principal may not read the port
   */
  Optional<io.datamesh.api.contract.Contract> contract(PortAddress port, io.datamesh.api.read.Principal principal);

  /**
   * Returns the id of the current snapshot of an output port.
   *
   * @param port the output port address
   * @return the id, or empty before the first publish
   */
  OptionalLong currentSnapshotId(PortAddress port);

  /**
   * Returns the ids of the snapshots the mesh keeps for a port (see {@link MeshBuilder#setSnapshotHistory}).
   *
   * @param port the output port address
   * @return the ids, oldest first
   */
  List<Long> snapshotIds(PortAddress port);

  /**
   * Returns the names of the readers handed out and not closed yet; {@link #close(Duration)} waits for them.
   *
   * @return the names, such as {@code read #3 of urn:...:outputports:orders by ann}
   */
  List<String> openReads();

  /**
   * Gives a registered product its code: the mesh runs {@code transform} per {@code policy} (on upstream publishes,
   * on an interval or cron schedule on the mesh clock, with retries) and on {@link #refresh(ProductUrn)}. Runs go in
   * topological order of the product graph, at most one per product at a time; outputs published in one run become
   * current together or not at all. Setting a transform again replaces the previous one and keeps the history.
   *
   * <pre>{@code
   * mesh.setTransform(revenue.urn(), ctx -> {
   *   try (ArrowReader orders = ctx.input("orders")) {
   *     ctx.publish("daily_revenue", summarize(orders, ctx.allocator()));
   *   }
   * }, RefreshPolicy.onUpstreamPublish(Duration.ofSeconds(1)));
   * }</pre>
   *
   * @param urn a registered product
   * @param transform the product's code
   * @param policy when it runs
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} if the product is not registered
   */
  void setTransform(ProductUrn urn, Transform transform, RefreshPolicy policy);

  /**
   * Runs a product's transform now, on the calling thread, after any run of it in progress.
   *
   * @param urn the product
   * @return the run's result; a failed run is a result, not an exception
   * @throws io.datamesh.api.MeshException {@code FAILED_PRECONDITION} if the product has no transform
   */
  RunResult refresh(ProductUrn urn);

  /**
   * Returns the product's last runs, oldest first (at most 100).
   *
   * @param urn the product
   * @return the run history, empty if it never ran
   */
  List<RunResult> runHistory(ProductUrn urn);

  /**
   * Waits until no triggered run is due, debouncing, retrying or running. Interval and cron schedules that are
   * merely waiting for their time do not count. Meant for tests and orderly shutdowns.
   *
   * @param timeout how long to wait, in real time
   * @return true if the mesh became idle in time
   */
  boolean awaitIdle(Duration timeout);

  /**
   * Returns the quality report of the port's latest publish attempt, accepted or rejected. Every publish runs the
   * contract's quality rules in one pass over its batches; a failing error-severity rule rejects the snapshot with
   * {@code QUALITY_GATE_FAILED} and the previous snapshot stays current.
   *
   * <p>{@code mesh.latestQualityReport(port).map(QualityReport::result)}
   *
   * @param port an output port
   * @return the latest report, empty if nothing was published yet
   */
  Optional<io.datamesh.api.quality.QualityReport> latestQualityReport(PortAddress port);

  // ---- Observability (issue 8) ----

  /**
   * Returns what the mesh knows about an output port now: its current snapshot's id, rows and bytes, when it last
   * published and failed (on the mesh clock), its latest quality report, and the SLO states at the monitor's last
   * check (see {@link MeshBuilder#setSloCheckInterval}). Every part is from one moment: a snapshot is never shown
   * without its publish time, nor a quality report with the snapshot before the one it checked.
   *
   * <p>An observability port has no status of its own: read it with {@link #read} to get the status of every output
   * port of its product; passing its address here is an {@code INVALID_ARGUMENT}.
   *
   * <pre>{@code
   * PortStatus status = mesh.observe(port);
   * status.slos().stream().filter(s -> s.state() != SloState.MET).forEach(s -> alert(port, s));
   * }</pre>
   *
   * @param port a registered output port
   * @return the port's status
   * @throws io.datamesh.api.MeshException {@code NOT_FOUND} if the port is not a registered output port,
   *     {@code INVALID_ARGUMENT} for an observability port
   */
  io.datamesh.core.observe.PortStatus observe(PortAddress port);
}
