package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.junit.jupiter.api.Test;

/**
 * A batch whose text offsets are corrupt (as a hostile IPC file can deliver it) is refused at publish with a status
 * that names bad data, the column and what is wrong; the last good snapshot keeps serving and no memory leaks.
 */
class PublishCorruptBatchTest {
  @Test
  void a_text_column_with_a_corrupt_middle_offset_is_refused_as_bad_data() {
    try (RootAllocator leakCheck = new RootAllocator()) {
      try (Mesh mesh = Mesh.builder().setAllocator(leakCheck).build()) {
        mesh.register(Orders.product());
        mesh.publish(Orders.PORT, Orders.batch(mesh.allocator(), 0, 4));
        VectorSchemaRoot bad = Orders.batch(mesh.allocator(), 10, 4);
        ((VarCharVector) bad.getVector("region")).getOffsetBuffer().setInt(4, 1 << 20);

        MeshException e = catchThrowableOfType(MeshException.class, () -> mesh.publish(Orders.PORT, bad));

        assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
        assertThat(e.getMessage()).contains("region").contains("corrupt");
        assertThat(mesh.currentSnapshotId(Orders.PORT)).hasValue(1);
      }
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    }
  }
}
