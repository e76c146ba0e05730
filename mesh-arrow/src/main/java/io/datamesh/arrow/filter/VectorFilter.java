package io.datamesh.arrow.filter;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Compiles the api's filter {@link Expression} into a {@link RowFilter} that evaluates whole batches, with the
 * semantics of {@link Expression#evaluate}: SQL three-valued logic, a row passes only when the filter is true, and
 * a comparison of values of different kinds fails with {@code INVALID_ARGUMENT} as soon as one row holds both.
 *
 * <pre>{@code
 * RowFilter f = VectorFilter.compile(Expression.column("amount").gt(Expression.literal(100)), schema, principal);
 * int n = f.select(batch, selection);
 * }</pre>
 */
public final class VectorFilter implements RowFilter {
  private final Expression expression;
  private final Map<String, String> principal;
  private final List<String> columns;

  private VectorFilter(Expression expression, Map<String, String> principal, List<String> columns) {
    this.expression = expression;
    this.principal = principal;
    this.columns = columns;
  }

  /**
   * Compiles a filter for batches of a schema, binding {@code $principal} attributes to the reader's.
   *
   * @param filter the expression
   * @param schema the schema of the batches
   * @param principal who reads
   * @return the row filter
   * @throws MeshException {@code INVALID_ARGUMENT} naming a column the schema does not have
   */
  public static VectorFilter compile(Expression filter, Schema schema, Principal principal) {
    Set<String> referenced = new LinkedHashSet<>(filter.columns());
    List<String> names = schema.getFields().stream().map(Field::getName).toList();
    for (String c : referenced) {
      if (!names.contains(c)) {
        throw new MeshException(MeshStatus.INVALID_ARGUMENT, "the filter reads column '" + c
            + "', which the port does not serve; its columns are " + names);
      }
    }
    return new VectorFilter(filter, Map.copyOf(principal.attributes()), List.copyOf(referenced));
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int select(VectorSchemaRoot batch, int[] selection) {
    byte[] result = new Kernel(batch, principal).condition(expression, "a filter");
    int n = 0;
    for (int i = 0; i < result.length; i++) {
      if (result[i] == Kernel.TRUE) {
        selection[n++] = i;
      }
    }
    return n;
  }

  @Override
  public String toString() {
    return "VectorFilter[" + expression + "]";
  }
}
