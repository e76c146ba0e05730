package io.datamesh.arrow.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VarCharVector;

/**
 * The exact set of text keys against a {@link HashSet} oracle at sizes that take every path: the byte compare of a
 * few keys, grouped probing, many table growths, and merging sets (arena adoption) in either order.
 */
class KeySetProperties {
  @Provide
  Arbitrary<List<String>> keys() {
    Arbitrary<String> key = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just((String) null)),
        net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars('a', 'b').ofMaxLength(3)),
        net.jqwik.api.Tuple.of(6, Arbitraries.strings().withChars('0', '1', '2', '3', 'x', 'é', '日').ofMaxLength(24)));
    return key.list().ofMinSize(0).ofMaxSize(3000)
        .withSizeDistribution(net.jqwik.api.RandomDistribution.uniform());
  }

  @Property(tries = 60)
  void marks_and_counts_equal_a_hash_set_oracle(@ForAll("keys") List<String> keys,
      @ForAll @IntRange(min = 1, max = 700) int batchRows, @ForAll @IntRange(min = 0, max = 100) int cutPercent) {
    try (BufferAllocator a = Batches.allocator()) {
      List<VarCharVector> batches = new ArrayList<>();
      for (int from = 0; from < keys.size(); from += batchRows) {
        List<String> part = keys.subList(from, Math.min(keys.size(), from + batchRows));
        batches.add(Batches.strings(a, "k", part.toArray(String[]::new)));
      }
      try {
        KeyState whole = new KeyState(List.of("k"), new MemoryBudget(Long.MAX_VALUE));
        List<Boolean> marks = new ArrayList<>();
        for (VarCharVector v : batches) {
          BitSet seen = new BitSet();
          whole.accept(new org.apache.arrow.vector.FieldVector[] {v}, v.getValueCount(), seen);
          for (int i = 0; i < v.getValueCount(); i++) {
            marks.add(seen.get(i));
          }
        }
        Set<String> oracle = new HashSet<>();
        for (int i = 0; i < keys.size(); i++) {
          String k = keys.get(i);
          assertThat(marks.get(i)).as("row %d '%s'", i, k).isEqualTo(k != null && !oracle.add(k));
        }
        assertThat(whole.distinct()).hasValue(oracle.size());
        assertThat(whole.keyedRows()).isEqualTo(keys.stream().filter(k -> k != null).count());

        int cut = batches.size() * cutPercent / 100;
        KeyState left = new KeyState(List.of("k"), new MemoryBudget(Long.MAX_VALUE));
        KeyState right = new KeyState(List.of("k"), new MemoryBudget(Long.MAX_VALUE));
        for (int b = 0; b < batches.size(); b++) {
          VarCharVector v = batches.get(b);
          (b < cut ? left : right).accept(new org.apache.arrow.vector.FieldVector[] {v}, v.getValueCount(),
              new BitSet());
        }
        right.merge(left);
        left.merge(right);
        assertThat(left.distinct()).hasValue(oracle.size());
        assertThat(right.distinct()).hasValue(oracle.size());
        // The merged set still answers exactly: every key is seen again, a new one is not.
        try (VarCharVector again = Batches.strings(a, "k", "\u0000never", keys.isEmpty() ? "x" : keys.get(0))) {
          BitSet seen = new BitSet();
          left.accept(new org.apache.arrow.vector.FieldVector[] {again}, 2, seen);
          assertThat(seen.get(0)).isFalse();
          assertThat(seen.get(1)).isEqualTo(!keys.isEmpty() && keys.get(0) != null);
        }
      } finally {
        batches.forEach(VarCharVector::close);
      }
    }
  }
}
