package io.datamesh.testkit.junit5;

import io.datamesh.api.DataProduct;
import io.datamesh.core.Mesh;
import io.datamesh.core.MeshBuilder;
import io.datamesh.core.RegistrationResult;
import io.datamesh.testkit.InMemoryEmitter;
import io.datamesh.testkit.LeakCheck;
import io.datamesh.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
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
 *   void registers() {
 *     mesh.register(OrdersProduct.descriptor());
 *     assertThat(mesh.mesh().products()).hasSize(1);
 *   }
 * }
 * }</pre>
 */
public final class MeshExtension implements BeforeEachCallback, AfterEachCallback {
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
}
