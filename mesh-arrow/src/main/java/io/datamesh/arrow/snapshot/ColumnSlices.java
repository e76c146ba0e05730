package io.datamesh.arrow.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.vector.TypeLayout;
import org.apache.arrow.vector.ipc.message.ArrowFieldNode;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Knows which field nodes and buffers of a record batch belong to each top-level column, so that a projection
 * picks columns out of a batch without touching the others.
 */
final class ColumnSlices {
  private final int[] firstNode;
  private final int[] firstBuffer;

  ColumnSlices(Schema schema) {
    List<Field> fields = schema.getFields();
    firstNode = new int[fields.size() + 1];
    firstBuffer = new int[fields.size() + 1];
    for (int i = 0; i < fields.size(); i++) {
      firstNode[i + 1] = firstNode[i] + nodes(fields.get(i));
      firstBuffer[i + 1] = firstBuffer[i] + buffers(fields.get(i));
    }
  }

  private static int nodes(Field f) {
    return 1 + f.getChildren().stream().mapToInt(ColumnSlices::nodes).sum();
  }

  private static int buffers(Field f) {
    return TypeLayout.getTypeBufferCount(f.getType())
        + f.getChildren().stream().mapToInt(ColumnSlices::buffers).sum();
  }

  /**
   * Builds a batch of the given columns over the same buffers (no copy). Loading it into a root retains the
   * buffers into the root's allocator, which is then charged for them. The caller closes the batch.
   */
  ArrowRecordBatch select(ArrowRecordBatch batch, int[] columns) {
    List<ArrowFieldNode> nodes = new ArrayList<>();
    List<ArrowBuf> buffers = new ArrayList<>();
    for (int c : columns) {
      nodes.addAll(batch.getNodes().subList(firstNode[c], firstNode[c + 1]));
      buffers.addAll(batch.getBuffers().subList(firstBuffer[c], firstBuffer[c + 1]));
    }
    return new ArrowRecordBatch(batch.getLength(), nodes, buffers);
  }
}
