package io.datamesh.arrow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;

/**
 * {@code validValues} against a list oracle on the paths a few values take: short texts matched by words (also at
 * the very end of the data buffer), longer texts by bytes, and whole numbers in a narrow range by a bitmap.
 */
class ValueSetProperties {
  @Provide
  Arbitrary<List<String>> texts() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)),
        net.jqwik.api.Tuple.of(6, Arbitraries.of("active", "inactive", "pending", "", "activ", "active ", "pendinG",
            "a-very-long-status-value", "a-very-long-status-valuf", "é", "日本")),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars('a', 'e', 'é').ofMaxLength(20)))
        .list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<Object>> allowed() {
    return Arbitraries.of((Object) "active", "inactive", "pending", "", "é", "a-very-long-status-value", "ae")
        .list().uniqueElements().ofMinSize(1).ofMaxSize(8).map(ArrayList::new);
  }

  @Property(tries = 300)
  void texts_are_valid_exactly_when_listed(@ForAll("allowed") List<Object> allowed,
      @ForAll("texts") List<String> texts) {
    try (BufferAllocator a = Batches.allocator();
         VarCharVector v = Batches.strings(a, "s", texts.toArray(String[]::new))) {
      BitSet bad = new BitSet();
      ((Kernel) Condition.validValues("s", allowed)).evaluate(v, texts.size(), bad);
      for (int i = 0; i < texts.size(); i++) {
        String t = texts.get(i);
        assertThat(bad.get(i)).as("'%s' in %s", t, allowed).isEqualTo(t != null && !allowed.contains(t));
      }
    }
  }

  @Property(tries = 300)
  void whole_numbers_are_valid_exactly_when_listed(
      @ForAll("narrow") List<Object> allowed, @ForAll("ints") List<Integer> values) {
    try (BufferAllocator a = Batches.allocator();
         IntVector v = Batches.ints(a, "i", values.toArray(Integer[]::new))) {
      BitSet bad = new BitSet();
      ((Kernel) Condition.validValues("i", allowed)).evaluate(v, values.size(), bad);
      for (int i = 0; i < values.size(); i++) {
        Integer x = values.get(i);
        boolean listed = x != null && allowed.stream().anyMatch(o -> ((Number) o).longValue() == x);
        assertThat(bad.get(i)).as("%s in %s", x, allowed).isEqualTo(x != null && !listed);
      }
    }
  }

  @Provide
  Arbitrary<List<Object>> narrow() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(-70, 70)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(5000, Integer.MIN_VALUE, Integer.MAX_VALUE)))
        .map(x -> (Object) x).list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<Integer>> ints() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((Integer) null)),
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(-80, 80)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(5000, 4096, -4096, Integer.MIN_VALUE, Integer.MAX_VALUE)))
        .list().ofMaxSize(40);
  }
}
