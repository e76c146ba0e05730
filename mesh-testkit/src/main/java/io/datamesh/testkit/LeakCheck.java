package io.datamesh.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;

/**
 * An Arrow root allocator for tests that fails loudly on a leak: {@link #close()} names every allocator that still
 * holds memory, and its bytes. Usable with or without JUnit.
 *
 * <pre>{@code
 * try (LeakCheck leaks = LeakCheck.create("my-test")) {
 *   Mesh mesh = Mesh.builder().setAllocator(leaks.allocator()).build();
 *   ...
 * } // throws AssertionError: "Arrow memory leaked: my-test holds 4096 bytes: [snapshot-7: 4096 bytes]"
 * }</pre>
 */
public final class LeakCheck implements AutoCloseable {
  private final String name;
  private final RootAllocator root;

  private LeakCheck(String name, long limit) {
    this.name = name;
    this.root = new RootAllocator(limit);
  }

  /**
   * Creates a leak-checked root allocator without a limit.
   *
   * @param name a name that identifies the test in the failure message
   * @return the check
   */
  public static LeakCheck create(String name) {
    return create(name, Long.MAX_VALUE);
  }

  /**
   * Creates a leak-checked root allocator with a memory limit.
   *
   * @param name a name that identifies the test in the failure message
   * @param limitBytes the most bytes the allocator may hand out
   * @return the check
   */
  public static LeakCheck create(String name, long limitBytes) {
    return new LeakCheck(Objects.requireNonNull(name, "name"), limitBytes);
  }

  /**
   * Returns the allocator to hand to the code under test.
   *
   * @return the root allocator
   */
  public BufferAllocator allocator() {
    return root;
  }

  /**
   * Lists the allocators that still hold memory, with their bytes, depth first.
   *
   * @return one line per allocator holding memory, empty when nothing leaked
   */
  public List<String> outstanding() {
    List<String> lines = new ArrayList<>();
    collect(root, lines);
    return lines;
  }

  private static void collect(BufferAllocator a, List<String> lines) {
    for (BufferAllocator child : a.getChildAllocators()) {
      collect(child, lines);
    }
    long held = a.getAllocatedMemory();
    if (held > 0 && a.getChildAllocators().isEmpty()) {
      lines.add(a.getName() + ": " + held + " bytes");
    }
  }

  /**
   * Closes the allocator.
   *
   * @throws AssertionError naming each allocator that still holds memory, and its bytes
   */
  @Override
  public void close() {
    long held = root.getAllocatedMemory();
    List<String> open = outstanding();
    List<String> children = root.getChildAllocators().stream().map(BufferAllocator::getName).toList();
    if (held > 0 || !children.isEmpty()) {
      String msg = "Arrow memory leaked: " + name + " holds " + held + " bytes" + (open.isEmpty() ? "" : ": " + open)
          + (children.isEmpty() ? "" : "; allocators never closed: " + children)
          + ". Close every ArrowReader, VectorSchemaRoot and vector you open (try-with-resources).";
      try {
        root.close();
      } catch (IllegalStateException ignored) {
        // the message above says more than Arrow's
      }
      throw new AssertionError(msg);
    }
    root.close();
  }
}
