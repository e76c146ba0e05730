package io.datamesh.core;

import io.datamesh.api.IdStrategy;
import io.datamesh.api.event.MetadataEmitter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Configures a {@link Mesh}. Every setting has a default, so {@code Mesh.builder().build()} is a working mesh.
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder()
 *     .setClock(Clock.systemUTC())
 *     .addEmitter(myEmitter)
 *     .setWorkerThreads(2)
 *     .build();
 * }</pre>
 */
public final class MeshBuilder {
  static final Duration DEFAULT_GRACE = Duration.ofSeconds(10);

  Clock clock = Clock.systemUTC();
  final List<MetadataEmitter> emitters = new ArrayList<>();
  final List<Function<? super Mesh, ? extends MetadataEmitter>> emitterFactories = new ArrayList<>();
  int workerThreads = Math.min(Runtime.getRuntime().availableProcessors(), 4);
  IdStrategy idStrategy = IdStrategy.UUID_V5;
  Duration closeGrace = DEFAULT_GRACE;
  String name = "mesh";

  MeshBuilder() {}

  /**
   * Sets the clock the mesh reads time from; tests pass a controllable one.
   *
   * @param clock the clock; {@link Clock#systemUTC()} unless set
   * @return this builder
   */
  public MeshBuilder setClock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Adds an emitter that receives every event of the mesh, on the mesh's threads.
   *
   * @param emitter the emitter; the mesh closes it when it closes
   * @return this builder
   */
  public MeshBuilder addEmitter(MetadataEmitter emitter) {
    emitters.add(Objects.requireNonNull(emitter, "emitter"));
    return this;
  }

  /**
   * Adds an emitter that needs the mesh it listens to, such as an OpenLineage emitter that looks registered products
   * up. The mesh calls the factory once while it is built; the emitter receives every event after the emitters
   * added with {@link #addEmitter(MetadataEmitter)}.
   *
   * <pre>{@code
   * Mesh.builder().addEmitterFactory(mesh -> OpenLineageEmitter.builder()
   *     .setMapper(LineageMapper.builder().setProducts(mesh::product).build())
   *     .addTransport(LineageTransport.log())
   *     .build());
   * }</pre>
   *
   * @param factory creates the emitter from the mesh; the mesh closes the emitter when it closes
   * @return this builder
   */
  public MeshBuilder addEmitterFactory(Function<? super Mesh, ? extends MetadataEmitter> factory) {
    emitterFactories.add(Objects.requireNonNull(factory, "factory"));
    return this;
  }

  /**
   * Sets how many worker threads the mesh owns.
   *
   * @param threads between 1 and 256; {@code min(cores, 4)} unless set
   * @return this builder
   */
  public MeshBuilder setWorkerThreads(int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("worker threads must be between 1 and 256, was " + threads);
    }
    this.workerThreads = threads;
    return this;
  }

  /**
   * Sets how product and port ids are computed from URNs.
   *
   * @param strategy {@link IdStrategy#UUID_V5} unless set
   * @return this builder
   */
  public MeshBuilder setIdStrategy(IdStrategy strategy) {
    this.idStrategy = Objects.requireNonNull(strategy, "strategy");
    return this;
  }

  /**
   * Sets how long {@link Mesh#close()} waits for work in flight.
   *
   * @param grace a non-negative duration; 10 seconds unless set
   * @return this builder
   */
  public MeshBuilder setCloseGrace(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative()) {
      throw new IllegalArgumentException("close grace must not be negative, was " + grace);
    }
    this.closeGrace = grace;
    return this;
  }

  /**
   * Names the mesh; the name prefixes its thread names and log lines.
   *
   * @param name letters, digits, {@code . _ -}; {@code mesh} unless set
   * @return this builder
   */
  public MeshBuilder setName(String name) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[A-Za-z0-9._-]{1,64}")) {
      throw new IllegalArgumentException("mesh name '" + name + "' must be 1 to 64 letters, digits, '.', '_', '-'");
    }
    this.name = name;
    return this;
  }

  /**
   * Builds and starts the mesh.
   *
   * @return the mesh; close it when done
   */
  public Mesh build() {
    return new DefaultMesh(this);
  }
}
