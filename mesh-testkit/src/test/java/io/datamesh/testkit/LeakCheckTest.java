package io.datamesh.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.BufferAllocator;
import org.junit.jupiter.api.Test;

class LeakCheckTest {
  @Test
  void a_clean_allocator_closes_quietly() {
    LeakCheck check = LeakCheck.create("clean");
    try (BufferAllocator child = check.allocator().newChildAllocator("child", 0, Long.MAX_VALUE);
        ArrowBuf buf = child.buffer(64)) {
      assertThat(buf.capacity()).isGreaterThanOrEqualTo(64);
    }
    check.close();
  }

  @Test
  void a_leak_fails_naming_the_allocator_and_the_bytes() {
    LeakCheck check = LeakCheck.create("leaky-test");
    BufferAllocator child = check.allocator().newChildAllocator("snapshot-7", 0, Long.MAX_VALUE);
    ArrowBuf leaked = child.buffer(4096);

    assertThat(check.outstanding()).containsExactly("snapshot-7: 4096 bytes");
    assertThatThrownBy(check::close).isInstanceOf(AssertionError.class)
        .hasMessageContaining("leaky-test holds 4096 bytes", "snapshot-7: 4096 bytes", "try-with-resources");
    assertThat(leaked.refCnt()).as("the leaked buffer is still referenced").isEqualTo(1);
  }

  @Test
  void a_child_allocator_left_open_fails_even_when_empty() {
    LeakCheck check = LeakCheck.create("open-child");
    BufferAllocator child = check.allocator().newChildAllocator("reader-3", 0, Long.MAX_VALUE);

    assertThatThrownBy(check::close).hasMessageContaining("allocators never closed: [reader-3]");
    assertThat(child.getAllocatedMemory()).isZero();
  }
}
