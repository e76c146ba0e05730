package io.datamesh.core.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.util.AutoCloseables;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.complex.ListVector;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;
import org.apache.arrow.vector.util.TransferPair;

/**
 * One batch split by its row verdicts into the rows to publish and the rows to quarantine; the bad rows carry a
 * {@code _violations} column (a list of the check ids each row broke). Both batches live in the caller's
 * allocators; the input batch is left untouched. A batch with no bad row is shared, not copied. Handing
 * {@link #good()} or {@link #bad()} to a consumer that takes the root (such as a snapshot draft's
 * {@code append}) is fine: closing the split afterwards releases nothing twice.
 *
 * <pre>{@code
 * try (QuarantineSplit split = verdict.split(batch, allocator)) {
 *   snapshot.append(split.good());
 *   quarantine.append(split.bad());
 * }
 * }</pre>
 */
public final class QuarantineSplit implements AutoCloseable {
  /** The name of the column that lists, per quarantined row, the ids of the checks it broke. */
  public static final String VIOLATIONS_COLUMN = "_violations";

  private final VectorSchemaRoot good;
  private final VectorSchemaRoot bad;

  private QuarantineSplit(VectorSchemaRoot good, VectorSchemaRoot bad) {
    this.good = good;
    this.bad = bad;
  }

  static QuarantineSplit of(VectorSchemaRoot batch, BitSet badRows, IntFunction<List<String>> checksOf,
      BufferAllocator goodAllocator, BufferAllocator badAllocator) {
    int n = batch.getRowCount();
    List<FieldVector> goodVectors = new ArrayList<>();
    List<FieldVector> badVectors = new ArrayList<>();
    try {
      for (FieldVector v : batch.getFieldVectors()) {
        FieldVector g = v.getField().createVector(goodAllocator);
        goodVectors.add(g);
        FieldVector b = v.getField().createVector(badAllocator);
        badVectors.add(b);
        if (badRows.isEmpty()) {
          v.makeTransferPair(g).splitAndTransfer(0, n);
        } else {
          copy(v, g, b, badRows, n);
        }
      }
      badVectors.add(violations(badRows, checksOf, badAllocator));
      // The batch's own fields, not the vectors': a vector made from a List field names its child $data$
      // whatever the field calls it (ODCS array items keep their name), and the draft would refuse the batch.
      VectorSchemaRoot good = new VectorSchemaRoot(batch.getSchema().getFields(), goodVectors,
          n - badRows.cardinality());
      VectorSchemaRoot bad = new VectorSchemaRoot(quarantineSchema(batch.getSchema()).getFields(), badVectors,
          badRows.cardinality());
      return new QuarantineSplit(good, bad);
    } catch (RuntimeException e) {
      try {
        AutoCloseables.close(goodVectors);
        AutoCloseables.close(badVectors);
      } catch (Exception suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  private static void copy(FieldVector from, FieldVector good, FieldVector bad, BitSet badRows, int n) {
    good.allocateNew();
    bad.allocateNew();
    TransferPair toGood = from.makeTransferPair(good);
    TransferPair toBad = from.makeTransferPair(bad);
    int g = 0;
    int b = 0;
    for (int i = 0; i < n; i++) {
      if (badRows.get(i)) {
        toBad.copyValueSafe(i, b++);
      } else {
        toGood.copyValueSafe(i, g++);
      }
    }
    good.setValueCount(g);
    bad.setValueCount(b);
  }

  private static ListVector violations(BitSet badRows, IntFunction<List<String>> checksOf,
      BufferAllocator allocator) {
    ListVector list = ListVector.empty(VIOLATIONS_COLUMN, allocator);
    try {
      list.addOrGetVector(FieldType.notNullable(new ArrowType.Utf8()));
      list.allocateNew();
      VarCharVector ids = (VarCharVector) list.getDataVector();
      int row = 0;
      int item = 0;
      for (int i = badRows.nextSetBit(0); i >= 0; i = badRows.nextSetBit(i + 1)) {
        List<String> checks = checksOf.apply(i);
        list.startNewValue(row);
        for (String id : checks) {
          ids.setSafe(item++, id.getBytes(StandardCharsets.UTF_8));
        }
        list.endValue(row++, checks.size());
      }
      ids.setValueCount(item);
      list.setValueCount(row);
      return list;
    } catch (RuntimeException e) {
      list.close();
      throw e;
    }
  }

  /**
   * Returns the schema of the quarantined rows of a published schema: its fields, then {@value #VIOLATIONS_COLUMN}
   * ({@code list<utf8>}), exactly as {@link #bad()} has it.
   *
   * @param published the schema of the published rows
   * @return the quarantine schema
   */
  public static Schema quarantineSchema(Schema published) {
    List<Field> fields = new ArrayList<>(published.getFields());
    fields.add(new Field(VIOLATIONS_COLUMN, FieldType.nullable(ArrowType.List.INSTANCE),
        List.of(new Field(ListVector.DATA_VECTOR_NAME, FieldType.notNullable(new ArrowType.Utf8()), null))));
    return new Schema(fields, published.getCustomMetadata());
  }

  /**
   * Returns the rows to publish.
   *
   * @return the good rows, in input order; owned by this split
   */
  public VectorSchemaRoot good() {
    return good;
  }

  /**
   * Returns the rows to quarantine, with the {@value #VIOLATIONS_COLUMN} column last.
   *
   * @return the bad rows, in input order; owned by this split
   */
  public VectorSchemaRoot bad() {
    return bad;
  }

  /** Releases both batches. */
  @Override
  public void close() {
    good.close();
    bad.close();
  }
}
