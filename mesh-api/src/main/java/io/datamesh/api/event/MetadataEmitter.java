package io.datamesh.api.event;

import java.util.List;

/**
 * Receives the events of a mesh and carries them somewhere: a log, a file, a catalog. The mesh calls
 * {@link #emit(MeshEvent)} on its own threads, never the caller's; an exception thrown here is logged and counted,
 * never passed to the code that caused the event.
 *
 * <pre>{@code
 * Mesh mesh = Mesh.builder()
 *     .addEmitter(event -> System.out.println(event.type() + " " + event.product()))
 *     .build();
 * }</pre>
 */
@FunctionalInterface
public interface MetadataEmitter extends AutoCloseable {
  /**
   * Handles one event.
   *
   * @param event the event
   */
  void emit(MeshEvent event);

  /** Sends whatever is buffered; the default does nothing. */
  default void flush() {}

  /** Flushes and releases resources; the mesh calls it when it closes. The default flushes. */
  @Override
  default void close() {
    flush();
  }

  /**
   * Returns an emitter that drops every event.
   *
   * @return the no-op emitter
   */
  static MetadataEmitter noop() {
    return event -> {};
  }

  /**
   * Returns an emitter that passes each event to every given emitter in order; one failing emitter does not stop
   * the others, and the first failure is rethrown after all have run.
   *
   * @param emitters the emitters
   * @return the composite emitter
   */
  static MetadataEmitter composite(List<MetadataEmitter> emitters) {
    return new CompositeEmitter(emitters);
  }
}
