package io.datamesh.api.event;

import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Fans one event out to several emitters; a failure in one never starves the rest. */
final class CompositeEmitter implements MetadataEmitter {
  private final List<MetadataEmitter> emitters;

  CompositeEmitter(List<MetadataEmitter> emitters) {
    this.emitters = List.copyOf(emitters);
  }

  @Override
  public void emit(MeshEvent event) {
    each(e -> e.emit(event));
  }

  @Override
  public void flush() {
    each(MetadataEmitter::flush);
  }

  @Override
  public void close() {
    each(MetadataEmitter::close);
  }

  private void each(Consumer<MetadataEmitter> action) {
    @Nullable RuntimeException first = null;
    for (MetadataEmitter e : emitters) {
      try {
        action.accept(e);
      } catch (RuntimeException ex) {
        if (first == null) {
          first = ex;
        } else {
          first.addSuppressed(ex);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
