package io.datamesh.arrow.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorLoader;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.VectorUnloader;
import org.apache.arrow.vector.ipc.message.ArrowRecordBatch;
import org.apache.arrow.vector.types.pojo.Field;

/**
 * Moves a batch into a draft's allocator: vectors under the same root allocator are transferred (no copy), others
 * are copied once, buffer by buffer, because Arrow cannot move memory between roots. The source vectors are left
 * empty (transferred) or untouched (copied).
 */
final class BatchTaker {
  private final BufferAllocator target;
  private long copiedBytes;

  BatchTaker(BufferAllocator target) {
    this.target = target;
  }

  long copiedBytes() {
    return copiedBytes;
  }

  VectorSchemaRoot take(VectorSchemaRoot in) {
    List<FieldVector> out = new ArrayList<>();
    try {
      for (FieldVector v : in.getFieldVectors()) {
        out.add(v.getAllocator().getRoot() == target.getRoot() ? transfer(v) : copy(v, in.getRowCount()));
      }
    } catch (RuntimeException | Error e) {
      out.forEach(FieldVector::close);
      throw e;
    }
    return new VectorSchemaRoot(in.getSchema().getFields(), out, in.getRowCount());
  }

  private FieldVector transfer(FieldVector v) {
    var pair = v.getTransferPair(target);
    pair.transfer();
    return (FieldVector) pair.getTo();
  }

  private FieldVector copy(FieldVector v, int rows) {
    Field field = v.getField();
    VectorSchemaRoot view = new VectorSchemaRoot(List.of(field), List.of(v), rows); // never closed: v is not ours
    FieldVector dst = field.createVector(target);
    List<ArrowBuf> copies = new ArrayList<>();
    try (ArrowRecordBatch batch = new VectorUnloader(view).getRecordBatch()) {
      for (ArrowBuf src : batch.getBuffers()) {
        long len = src.writerIndex();
        ArrowBuf c = target.buffer(len);
        c.setBytes(0, src, 0, len);
        c.writerIndex(len);
        copies.add(c);
        copiedBytes += len;
      }
      try (ArrowRecordBatch copied = new ArrowRecordBatch(rows, batch.getNodes(), copies)) {
        new VectorLoader(new VectorSchemaRoot(List.of(field), List.of(dst), 0)).load(copied);
      }
      return dst;
    } catch (RuntimeException | Error e) {
      dst.close();
      throw e;
    } finally {
      copies.forEach(b -> b.getReferenceManager().release());
    }
  }
}
