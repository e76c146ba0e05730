package io.datamesh.core.emit;

import io.datamesh.core.lineage.LineageMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Configures an {@link OpenLineageEmitter}.
 *
 * <pre>{@code
 * OpenLineageEmitter emitter = OpenLineageEmitter.builder()
 *     .setMapper(LineageMapper.builder().setProducts(mesh::product).build())
 *     .addTransport(LineageTransport.log())
 *     .addTransport(LineageTransport.jsonLines(Path.of("lineage.jsonl"), FsyncPolicy.ON_FLUSH))
 *     .build();
 * }</pre>
 */
public final class OpenLineageEmitterBuilder {
  LineageMapper mapper = LineageMapper.builder().build();
  final List<LineageTransport> transports = new ArrayList<>();
  Duration flushTimeout = Duration.ofSeconds(10);

  OpenLineageEmitterBuilder() {}

  /**
   * Sets how mesh events become OpenLineage events.
   *
   * @param mapper the mapper; one without a product lookup, which maps runs only, unless set
   * @return this builder
   */
  public OpenLineageEmitterBuilder setMapper(LineageMapper mapper) {
    this.mapper = Objects.requireNonNull(mapper, "mapper");
    return this;
  }

  /**
   * Adds a transport; every transport receives every event, in order.
   *
   * @param transport the transport; the emitter closes it when it closes
   * @return this builder
   */
  public OpenLineageEmitterBuilder addTransport(LineageTransport transport) {
    transports.add(Objects.requireNonNull(transport, "transport"));
    return this;
  }

  /**
   * Sets how long {@code flush()} waits for each transport.
   *
   * @param timeout a non-negative duration; 10 seconds unless set
   * @return this builder
   */
  public OpenLineageEmitterBuilder setFlushTimeout(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("flush timeout must not be negative, was " + timeout);
    }
    this.flushTimeout = timeout;
    return this;
  }

  /**
   * Builds the emitter.
   *
   * @return the emitter
   * @throws IllegalStateException if no transport was added
   */
  public OpenLineageEmitter build() {
    if (transports.isEmpty()) {
      throw new IllegalStateException("an OpenLineage emitter needs at least one transport; add one with "
          + "addTransport(LineageTransport.log()) or HttpTransport.builder(url, outboxDir).build()");
    }
    return new OpenLineageEmitter(this);
  }
}
