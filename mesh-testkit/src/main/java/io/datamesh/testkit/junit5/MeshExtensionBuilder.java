package io.datamesh.testkit.junit5;

import io.datamesh.core.MeshBuilder;
import io.datamesh.testkit.TestClock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Configures a {@link MeshExtension}.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final MeshExtension mesh = MeshExtension.builder()
 *     .setStart(Instant.parse("2026-06-01T00:00:00Z"))
 *     .configure(b -> b.setWorkerThreads(1))
 *     .build();
 * }</pre>
 */
public final class MeshExtensionBuilder {
  private Instant start = TestClock.DEFAULT_START;
  private long allocationLimit = Long.MAX_VALUE;
  private Consumer<MeshBuilder> configure = b -> {};

  MeshExtensionBuilder() {}

  /**
   * Sets the instant each test's clock starts at.
   *
   * @param start the start instant; {@link TestClock#DEFAULT_START} unless set
   * @return this builder
   */
  public MeshExtensionBuilder setStart(Instant start) {
    this.start = Objects.requireNonNull(start, "start");
    return this;
  }

  /**
   * Caps the Arrow memory each test's mesh may allocate, to test behaviour at the limit.
   *
   * @param bytes a positive byte count
   * @return this builder
   */
  public MeshExtensionBuilder setAllocationLimit(long bytes) {
    if (bytes <= 0) {
      throw new IllegalArgumentException("allocation limit must be positive, was " + bytes);
    }
    this.allocationLimit = bytes;
    return this;
  }

  /**
   * Adds settings to each test's mesh, after the extension's own (clock, emitter, allocator).
   *
   * @param configure changes to the mesh builder
   * @return this builder
   */
  public MeshExtensionBuilder configure(Consumer<MeshBuilder> configure) {
    this.configure = this.configure.andThen(Objects.requireNonNull(configure, "configure"));
    return this;
  }

  /**
   * Builds the extension.
   *
   * @return the extension
   */
  public MeshExtension build() {
    return new MeshExtension(start, allocationLimit, configure);
  }
}
