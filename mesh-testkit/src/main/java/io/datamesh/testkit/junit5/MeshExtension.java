package io.datamesh.testkit.junit5;

import io.datamesh.api.DataProduct;
import io.datamesh.core.Mesh;
import io.datamesh.core.MeshBuilder;
import io.datamesh.api.PortAddress;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.PublishResult;
import io.datamesh.core.RegistrationResult;
import io.datamesh.core.RunResult;
import io.datamesh.testkit.InMemoryEmitter;
import io.datamesh.testkit.LeakCheck;
import io.datamesh.testkit.Rows;
import io.datamesh.testkit.TestClock;
import io.datamesh.testkit.TestData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives every test a fresh {@link Mesh} with a {@link TestClock}, an {@link InMemoryEmitter} and a leak-checked
 * Arrow allocator. After each test the mesh is closed, and a test that leaked Arrow memory fails with the allocator
 * and the bytes. Tests of one class must not run in parallel with each other.
 *
 * <pre>{@code
 * class OrdersProductTest {
 *   @RegisterExtension
 *   static final MeshExtension mesh = MeshExtension.create();
 *
 *   @Test
 *   void reads_back_what_was_published() {
 *     mesh.register(OrdersProduct.descriptor());
 *     mesh.publish(OrdersProduct.ordersPort(), TestData.of(OrdersProduct.contract()).table("""
 *         order_id | amount | placed_at
 *         o-1      | 12.50  | 2026-01-01T10:00:00Z
 *         """));
 *     assertThat(mesh.readRows(OrdersProduct.ordersPort())).hasSize(1);
 *   }
 * }
 * }</pre>
 *
 * <p>See {@code docs/testing.md} for a walk-through.
 */
public final class MeshExtension implements BeforeEachCallback, AfterEachCallback {
  private static final int IDLE_SECONDS = 30;
  private final Instant start;
  private final long allocationLimit;
  private final Consumer<MeshBuilder> configure;
  private @Nullable State state;

  private record State(Mesh mesh, InMemoryEmitter events, TestClock clock, LeakCheck leaks) {}

  MeshExtension(Instant start, long allocationLimit, Consumer<MeshBuilder> configure) {
    this.start = start;
    this.allocationLimit = allocationLimit;
    this.configure = configure;
  }

  /**
   * Creates the extension with defaults: the clock starts at {@link TestClock#DEFAULT_START}, no memory limit.
   *
   * @return the extension
   */
  public static MeshExtension create() {
    return builder().build();
  }

  /**
   * Starts configuring the extension.
   *
   * @return a builder
   */
  public static MeshExtensionBuilder builder() {
    return new MeshExtensionBuilder();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    TestClock clock = TestClock.create(start);
    InMemoryEmitter events = InMemoryEmitter.create();
    LeakCheck leaks = LeakCheck.create(context.getDisplayName(), allocationLimit);
    MeshBuilder builder = Mesh.builder().setClock(clock).addEmitter(events).setName("test-mesh")
        .setAllocator(leaks.allocator());
    configure.accept(builder);
    state = new State(builder.build(), events, clock, leaks);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    State s = state;
    state = null;
    if (s == null) {
      return;
    }
    try {
      s.mesh().close(Duration.ofSeconds(5));
    } finally {
      s.leaks().close();
    }
  }

  private State state() {
    State s = state;
    if (s == null) {
      throw new IllegalStateException("the mesh exists only while a test runs; register the extension with"
          + " @RegisterExtension and use it inside @Test, @BeforeEach or @AfterEach methods");
    }
    return s;
  }

  /**
   * Returns this test's mesh.
   *
   * @return the mesh
   */
  public Mesh mesh() {
    return state().mesh();
  }

  /**
   * Returns the events this test's mesh emitted.
   *
   * @return the in-memory emitter
   */
  public InMemoryEmitter events() {
    return state().events();
  }

  /**
   * Returns this test's clock.
   *
   * @return the clock the mesh reads
   */
  public TestClock clock() {
    return state().clock();
  }

  /**
   * Registers a product in this test's mesh.
   *
   * @param product the product
   * @return what the registration did
   */
  public RegistrationResult register(DataProduct product) {
    return mesh().register(product);
  }

  /**
   * Publishes one batch to an output port of this test's mesh; the batch is closed.
   *
   * @param port the output port
   * @param batch the batch, such as {@code TestData.of(contract).row(...).build(mesh.allocator())}
   * @return what the publish did
   */
  public PublishResult publish(PortAddress port, VectorSchemaRoot batch) {
    return mesh().publish(port, batch);
  }

  /**
   * Publishes a reader's batches to an output port of this test's mesh; the reader is closed.
   *
   * @param port the output port
   * @param reader the batches
   * @return what the publish did
   */
  public PublishResult publish(PortAddress port, ArrowReader reader) {
    return mesh().publish(port, reader);
  }

  /**
   * Builds test data in this test's mesh allocator and publishes it to an output port.
   *
   * <p>{@code mesh.publish(port, TestData.of(contract).row("o-1", 12.5));}
   *
   * @param port the output port
   * @param data the rows
   * @return what the publish did
   */
  public PublishResult publish(PortAddress port, TestData data) {
    return mesh().publish(port, data.build(mesh().allocator()));
  }

  /**
   * Reads the current snapshot of an output port as {@link Principal#anonymous()}.
   *
   * @param port the output port
   * @return the reader; the test closes it
   */
  public ArrowReader read(PortAddress port) {
    return read(ReadRequest.of(port, Principal.anonymous()));
  }

  /**
   * Reads an output port as the request says.
   *
   * @param request what to read and who reads
   * @return the reader; the test closes it
   */
  public ArrowReader read(ReadRequest request) {
    return mesh().read(request);
  }

  /**
   * Reads the current snapshot of an output port as {@link Principal#anonymous()} and returns its rows.
   *
   * <p>{@code assertThat(mesh.readRows(port)).extracting(r -> r.get("order_id")).containsExactly("o-1", "o-2");}
   *
   * @param port the output port
   * @return the rows, with values typed as {@link Rows} says
   */
  public List<Map<String, @Nullable Object>> readRows(PortAddress port) {
    return readRows(ReadRequest.of(port, Principal.anonymous()));
  }

  /**
   * Reads an output port as the request says and returns its rows; the reader is closed.
   *
   * @param request what to read and who reads
   * @return the rows, with values typed as {@link Rows} says
   */
  public List<Map<String, @Nullable Object>> readRows(ReadRequest request) {
    try (ArrowReader reader = read(request)) {
      return Rows.readAll(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("closing the reader of " + request.port() + " failed", e);
    }
  }

  /**
   * Runs a product's transform now and then waits until the runs it triggers downstream are done too.
   *
   * @param urn the product
   * @return the result of the product's own run
   * @throws AssertionError if the mesh is not idle {@value #IDLE_SECONDS} seconds after the run
   */
  public RunResult refresh(ProductUrn urn) {
    RunResult result = mesh().refresh(urn);
    if (!mesh().awaitIdle(Duration.ofSeconds(IDLE_SECONDS))) {
      throw new AssertionError("the mesh still has runs pending " + IDLE_SECONDS + " s after refreshing " + urn
          + "; a transform may be blocked (see mesh.mesh().runHistory(urn))");
    }
    return result;
  }
}
