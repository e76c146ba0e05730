package io.datamesh.arrow.snapshot;

import java.io.IOException;
import java.util.Optional;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/** The three kinds of publish source behind one loop. */
interface Batches extends AutoCloseable {
  /** Returns the schema if it is known before the first batch. */
  Optional<Schema> schema() throws Exception;

  @Nullable VectorSchemaRoot next() throws Exception;

  /** Whether the loop closes the roots {@link #next()} returns (true unless the source reuses one root). */
  boolean rootsAreTaken();

  @Nullable DictionaryProvider dictionaries();

  @Override
  void close() throws IOException;

  static Batches of(ArrowReader reader) {
    return new Batches() {
      @Override
      public Optional<Schema> schema() throws Exception {
        return Optional.of(reader.getVectorSchemaRoot().getSchema());
      }

      @Override
      public @Nullable VectorSchemaRoot next() throws Exception {
        return reader.loadNextBatch() ? reader.getVectorSchemaRoot() : null;
      }

      @Override
      public boolean rootsAreTaken() {
        return false;
      }

      @Override
      public DictionaryProvider dictionaries() {
        return reader;
      }

      @Override
      public void close() throws IOException {
        reader.close();
      }
    };
  }

  static Batches of(BatchSupplier supplier) {
    return new Batches() {
      @Override
      public Optional<Schema> schema() {
        return Optional.empty();
      }

      @Override
      public @Nullable VectorSchemaRoot next() throws Exception {
        return supplier.next().orElse(null);
      }

      @Override
      public boolean rootsAreTaken() {
        return true;
      }

      @Override
      public @Nullable DictionaryProvider dictionaries() {
        return null;
      }

      @Override
      public void close() throws IOException {
        supplier.close();
      }
    };
  }
}
