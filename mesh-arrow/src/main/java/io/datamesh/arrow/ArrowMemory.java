package io.datamesh.arrow;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.nio.ByteBuffer;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Checks that the JVM runs with the flag Arrow needs on JDK 17+, so that a missing flag fails at start-up with a
 * message that quotes it instead of deep inside the first IPC write.
 *
 * <pre>{@code
 * ArrowMemory.checkJvmFlags(); // throws FAILED_PRECONDITION quoting ArrowMemory.ADD_OPENS when it is missing
 * }</pre>
 */
public final class ArrowMemory {
  private static final String MANAGER_PROPERTY = "arrow.allocation.manager.type";

  /** The JVM flag Arrow's memory module needs on JDK 17 and later. */
  public static final String ADD_OPENS = "--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED";

  private static volatile boolean checked;

  private ArrowMemory() {}

  /**
   * Creates a root allocator on the SDK's one pinned allocation manager, arrow-memory-unsafe. Unless the host
   * chose a manager with {@code -Darrow.allocation.manager.type}, the SDK selects {@code Unsafe}: Arrow's own
   * default is Netty, which the SDK does not ship, so on the module path discovery would otherwise fail.
   *
   * <p>{@code try (BufferAllocator root = ArrowMemory.newRoot(Long.MAX_VALUE)) { ... }}
   *
   * @param limit the most bytes the allocator may hand out
   * @return a new root allocator
   */
  public static RootAllocator newRoot(long limit) {
    if (System.getProperty(MANAGER_PROPERTY) == null) {
      System.setProperty(MANAGER_PROPERTY, "Unsafe");
    }
    return new RootAllocator(limit);
  }

  /**
   * Fails fast when {@link #ADD_OPENS} is missing. Arrow 19 starts without it but fails later on any
   * {@code nioBuffer()} call, which every IPC read and write makes.
   *
   * @throws MeshException {@code FAILED_PRECONDITION} quoting the flag and where to put it
   */
  public static void checkJvmFlags() {
    if (checked) {
      return;
    }
    try {
      MemoryUtil.getByteBufferAddress(ByteBuffer.allocateDirect(1));
      checked = true;
    } catch (RuntimeException | LinkageError e) {
      throw new MeshException(MeshStatus.FAILED_PRECONDITION, "Apache Arrow cannot reach off-heap memory: start"
          + " the JVM with " + ADD_OPENS + " (on the java command line, in JDK_JAVA_OPTIONS, or in surefire's"
          + " argLine); cause: " + e, e);
    }
  }
}
