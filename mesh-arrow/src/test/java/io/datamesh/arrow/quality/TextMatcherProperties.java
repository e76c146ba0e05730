package io.datamesh.arrow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VarCharVector;

/** The literal-chain fast path finds exactly what RE2/J finds. */
class TextMatcherProperties {
  @Provide
  Arbitrary<String> patterns() {
    Arbitrary<String> body = Arbitraries.of("a", "b", "@", "\\.", ".*", "ab").list().ofMaxSize(5)
        .map(l -> String.join("", l));
    return net.jqwik.api.Combinators.combine(Arbitraries.of("", "^"), body, Arbitraries.of("", "$"))
        .as((a, b, c) -> a + b + c);
  }

  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.strings().withChars('a', 'b', '@', '.', 'x', 'é', '\n').ofMaxLength(24).list().ofMaxSize(30);
  }

  @Property(tries = 500)
  void the_fast_path_agrees_with_re2j(@ForAll("patterns") String pattern, @ForAll("texts") List<String> texts) {
    TextMatcher fast = TextMatcher.compile(pattern);
    TextMatcher slow = new TextMatcher.Re2(Patterns.compile(pattern));
    assertThat(fast).isInstanceOf(TextMatcher.LiteralChain.class);
    try (BufferAllocator a = Batches.allocator();
         VarCharVector v = Batches.strings(a, "s", texts.toArray(String[]::new))) {
      for (int i = 0; i < texts.size(); i++) {
        int start = v.getOffsetBuffer().getInt((long) i * 4);
        int len = v.getOffsetBuffer().getInt((long) (i + 1) * 4) - start;
        assertThat(fast.find(v.getDataBuffer(), start, len)).as("'%s' on '%s'", pattern, texts.get(i))
            .isEqualTo(slow.find(v.getDataBuffer(), start, len));
      }
    }
  }

  @Property(tries = 300)
  void the_pattern_kernel_agrees_with_re2j_on_whole_batches(@ForAll("patterns") String pattern,
      @ForAll("plainTexts") List<String> texts) {
    TextMatcher slow = new TextMatcher.Re2(Patterns.compile(pattern));
    try (BufferAllocator a = Batches.allocator();
         VarCharVector v = Batches.strings(a, "s", texts.toArray(String[]::new))) {
      java.util.BitSet bad = new java.util.BitSet();
      new PatternKernel("s", pattern).evaluate(v, texts.size(), bad);
      for (int i = 0; i < texts.size(); i++) {
        boolean expected = false;
        if (texts.get(i) != null) {
          int start = v.getOffsetBuffer().getInt((long) i * 4);
          int len = v.getOffsetBuffer().getInt((long) (i + 1) * 4) - start;
          expected = !slow.find(v.getDataBuffer(), start, len);
        }
        assertThat(bad.get(i)).as("'%s' on '%s'", pattern, texts.get(i)).isEqualTo(expected);
      }
    }
  }

  /** Batches mostly free of line terminators (the kernel's per-batch fast path), with nulls. */
  @Provide
  Arbitrary<List<String>> plainTexts() {
    Arbitrary<String> text = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)),
        net.jqwik.api.Tuple.of(8, Arbitraries.strings().withChars('a', 'b', '@', '.', 'x', 'é').ofMaxLength(30)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().withChars('a', '@', '.', '\n', '\r', '\u2028')
            .ofMaxLength(6)));
    return text.list().ofMaxSize(30);
  }

  @Example
  void other_shapes_run_on_re2j() {
    assertThat(TextMatcher.compile("^[A-Z]+$")).isInstanceOf(TextMatcher.Re2.class);
    assertThat(TextMatcher.compile("\\d+")).isInstanceOf(TextMatcher.Re2.class);
    assertThat(TextMatcher.compile(".*@.*\\..*")).isInstanceOf(TextMatcher.LiteralChain.class);
    assertThat(TextMatcher.compile("^é$")).as("non-ASCII patterns run on RE2/J").isInstanceOf(TextMatcher.Re2.class);
  }
}
