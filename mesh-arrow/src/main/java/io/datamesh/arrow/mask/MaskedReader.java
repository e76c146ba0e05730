package io.datamesh.arrow.mask;

import io.datamesh.arrow.internal.ReaderCloseState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Serves the consumer view of another reader: unmasked columns pass through without a copy, masked columns are
 * computed into the reader's allocator. The clear values never leave the wrapped reader. Masks on columns the
 * source does not serve (left out by a projection) are ignored.
 *
 * <pre>{@code
 * try (ArrowReader r = MaskedReader.open(source, allocator, List.of(Mask.hash("email", "k1")), secrets)) {
 *   while (r.loadNextBatch()) { ... } // "email" is Utf8 hex, with field metadata datamesh.masked=hash
 * }
 * }</pre>
 */
public final class MaskedReader extends ArrowReader {
  private final ReaderCloseState closing = new ReaderCloseState();
  private final ArrowReader source;
  private final BufferAllocator allocator;
  private final Schema schema;
  private final @Nullable ValueMasker[] maskers;
  private final @Nullable Mask[] masks;

  private MaskedReader(ArrowReader source, BufferAllocator allocator, List<Mask> masks, SecretProvider secrets)
      throws IOException {
    super(allocator);
    this.source = source;
    this.allocator = allocator;
    Schema in = source.getVectorSchemaRoot().getSchema();
    Map<String, Mask> byColumn = new HashMap<>();
    for (Mask m : masks) {
      if (byColumn.put(m.column(), m) != null) {
        throw new IllegalArgumentException("column '" + m.column() + "' has two masks");
      }
    }
    int n = in.getFields().size();
    this.masks = new Mask[n];
    this.maskers = new ValueMasker[n];
    for (int i = 0; i < n; i++) {
      Mask m = byColumn.get(in.getFields().get(i).getName());
      this.masks[i] = m;
      this.maskers[i] = m == null || m.method() == MaskMethod.NULL_OUT ? null : ValueMasker.of(m, secrets);
    }
    this.schema = consumerSchema(in, masks);
  }

  /**
   * Wraps a reader. The masked reader owns the source and the allocator from then on and closes both when it
   * closes (also when this method fails); give the source a child of {@code allocator} or an unrelated one.
   *
   * @param source the reader of clear values
   * @param allocator the masked reader's own allocator
   * @param masks the masks, at most one per column
   * @param secrets resolves the keys of hash masks
   * @return the reader
   * @throws IllegalArgumentException if a column has two masks
   */
  public static MaskedReader open(ArrowReader source, BufferAllocator allocator, List<Mask> masks,
      SecretProvider secrets) {
    Objects.requireNonNull(masks, "masks");
    Objects.requireNonNull(secrets, "secrets");
    try {
      return new MaskedReader(source, allocator, List.copyOf(masks), secrets);
    } catch (IOException | RuntimeException e) {
      try {
        source.close();
      } catch (IOException | RuntimeException suppressed) {
        e.addSuppressed(suppressed);
      }
      allocator.close();
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new java.io.UncheckedIOException((IOException) e);
    }
  }

  /**
   * Returns the schema a consumer sees: null-out fields become nullable, hash, redact and partial fields become
   * Utf8, and each masked field carries {@value Mask#METADATA_METHOD} (and {@value Mask#METADATA_KEY_ID} for a
   * hash). Fields of unmasked columns are unchanged.
   *
   * @param schema the schema of clear values
   * @param masks the masks
   * @return the consumer-view schema
   */
  public static Schema consumerSchema(Schema schema, List<Mask> masks) {
    Map<String, Mask> byColumn = new HashMap<>();
    masks.forEach(m -> byColumn.put(m.column(), m));
    List<Field> fields = new ArrayList<>();
    for (Field f : schema.getFields()) {
      Mask m = byColumn.get(f.getName());
      fields.add(m == null ? f : masked(f, m));
    }
    return new Schema(fields, schema.getCustomMetadata());
  }

  private static Field masked(Field f, Mask m) {
    Map<String, String> metadata = new LinkedHashMap<>(f.getMetadata());
    metadata.put(Mask.METADATA_METHOD, m.method().label());
    if (m.method() == MaskMethod.HASH) {
      metadata.put(Mask.METADATA_KEY_ID, m.keyId());
    }
    if (m.method() == MaskMethod.NULL_OUT) {
      return new Field(f.getName(), new FieldType(true, f.getType(), f.getDictionary(), metadata), f.getChildren());
    }
    return new Field(f.getName(), new FieldType(f.isNullable(), ArrowType.Utf8.INSTANCE, null, metadata), null);
  }

  @Override
  public synchronized boolean loadNextBatch() throws IOException {
    closing.ensureOpen("masked reader");
    VectorSchemaRoot out = getVectorSchemaRoot();
    if (!source.loadNextBatch()) {
      return false;
    }
    VectorSchemaRoot in = source.getVectorSchemaRoot();
    int rows = in.getRowCount();
    for (int j = 0; j < masks.length; j++) {
      FieldVector from = in.getVector(j);
      FieldVector to = out.getVector(j);
      Mask m = masks[j];
      if (m == null) {
        from.makeTransferPair(to).transfer();
      } else if (m.method() == MaskMethod.NULL_OUT) {
        to.clear();
        to.setInitialCapacity(rows);
        to.allocateNew();
        to.setValueCount(rows);
      } else {
        mask(from, (VarCharVector) to, maskers[j], rows);
      }
    }
    out.setRowCount(rows);
    return true;
  }

  private static void mask(FieldVector from, VarCharVector to, ValueMasker masker, int rows) {
    to.clear();
    to.allocateNew(rows);
    for (int i = 0; i < rows; i++) {
      Object value = from.getObject(i);
      if (value == null) {
        to.setNull(i);
      } else {
        to.setSafe(i, masker.apply(value.toString()).getBytes(StandardCharsets.UTF_8));
      }
    }
    to.setValueCount(rows);
  }

  @Override
  public long bytesRead() {
    return source.bytesRead();
  }

  /**
   * Closes the reader. Each part is released once: closing again does nothing, also when the second close races the
   * first from another thread (a mesh closing the readers left open while their user closes one), as the later call
   * waits for the first to finish; and a {@code close(false)} followed by {@code close()} releases the source then.
   *
   * @param closeReadSource whether to release the source (the snapshot lease and the reader's memory) as well
   * @throws IOException if closing the source fails
   */
  @Override
  public synchronized void close(boolean closeReadSource) throws IOException {
    closing.close(closeReadSource, () -> super.close(false), this::closeReadSource);
  }

  /**
   * Returns the root every batch is loaded into, creating it on the first call; synchronised with {@link #close} so
   * a first call racing a close cannot leave a half-made root behind.
   *
   * @return the root
   * @throws IOException if the schema cannot be read
   * @throws IllegalStateException once the reader is closed
   */
  @Override
  public synchronized VectorSchemaRoot getVectorSchemaRoot() throws IOException {
    closing.ensureOpen("masked reader");
    return super.getVectorSchemaRoot();
  }

  @Override
  protected void closeReadSource() throws IOException {
    try {
      source.close();
    } finally {
      allocator.close();
    }
  }

  @Override
  protected Schema readSchema() {
    return schema;
  }
}
