package io.datamesh.arrow;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.dictionary.DictionaryProvider;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Says how incoming batches of one schema become batches of the contract's schema: which column feeds which,
 * with which coercion, and which columns are dropped. Make one with {@link Conformance#plan}.
 *
 * <pre>{@code
 * ConformancePlan plan = Conformance.plan(contractSchema, reader.getVectorSchemaRoot().getSchema(),
 *     ExtraColumns.REJECT);
 * try (VectorSchemaRoot served = plan.apply(incoming, reader, allocator)) { ... }
 * }</pre>
 */
public final class ConformancePlan {
  private final Schema target;
  private final int[] sources;
  private final Step[] steps;
  private final List<Coercion> coercions;
  private final List<String> dropped;

  ConformancePlan(Schema target, int[] sources, Step[] steps, List<Coercion> coercions, List<String> dropped) {
    this.target = target;
    this.sources = sources.clone();
    this.steps = steps.clone();
    this.coercions = List.copyOf(coercions);
    this.dropped = List.copyOf(dropped);
  }

  /**
   * Returns the schema batches are served with: the contract's.
   *
   * @return the target schema
   */
  public Schema target() {
    return target;
  }

  /**
   * Returns the coercions the plan applies, one per column and kind.
   *
   * @return the coercions, empty when the incoming types are the contract's
   */
  public List<Coercion> coercions() {
    return coercions;
  }

  /**
   * Returns the incoming columns the contract does not declare, which {@link ExtraColumns#DROP} leaves out.
   *
   * @return the dropped column names
   */
  public List<String> droppedColumns() {
    return dropped;
  }

  /**
   * Turns one incoming batch into a batch of the contract's schema. Columns of the contract's type move without a
   * copy (buffers must live under the allocator's root); coerced columns are converted into {@code allocator}.
   * The incoming root is consumed: its vectors are emptied, and it is closed.
   *
   * @param incoming a batch of the planned incoming schema
   * @param dictionaries the dictionaries of dictionary-encoded columns, if any
   * @param allocator where converted columns are allocated
   * @return the conformed batch; the caller closes it
   * @throws io.datamesh.api.MeshException {@code CONTRACT_VIOLATION} when a value overflows its coercion
   */
  public VectorSchemaRoot apply(VectorSchemaRoot incoming, @Nullable DictionaryProvider dictionaries,
      BufferAllocator allocator) {
    List<FieldVector> out = new ArrayList<>(steps.length);
    List<Field> fields = target.getFields();
    try (incoming) {
      for (int i = 0; i < steps.length; i++) {
        out.add(steps[i].apply(incoming.getVector(sources[i]), fields.get(i), allocator, dictionaries));
      }
      VectorSchemaRoot root = new VectorSchemaRoot(fields, out, incoming.getRowCount());
      root.setRowCount(incoming.getRowCount());
      return root;
    } catch (RuntimeException | Error e) {
      out.forEach(FieldVector::close);
      throw e;
    }
  }
}
