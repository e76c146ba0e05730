package io.datamesh.arrow.mask;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Plan fingerprints hash the canonical text of masks, so two different masks never share one. */
class MaskCanonicalTest {
  @Test
  void a_separator_inside_a_column_or_key_id_never_makes_two_masks_look_alike() {
    Mask a = Mask.hash("a:hash:0:x", "y");
    Mask b = Mask.hash("a", "x:hash:0:y");

    assertThat(a.canonical()).isNotEqualTo(b.canonical());
  }

  @Property(tries = 500)
  void distinct_masks_have_distinct_canonical_texts(@ForAll("masks") Mask a, @ForAll("masks") Mask b) {
    assertThat(a.canonical().equals(b.canonical())).isEqualTo(a.equals(b));
  }

  @Provide
  Arbitrary<Mask> masks() {
    Arbitrary<String> text = Arbitraries.strings().withChars(":,={}ab0").ofMinLength(1).ofMaxLength(6);
    return Arbitraries.oneOf(text.map(Mask::redact), text.map(Mask::nullOut),
        net.jqwik.api.Combinators.combine(text, Arbitraries.integers().between(1, 3)).as(Mask::partial),
        net.jqwik.api.Combinators.combine(text, text).as(Mask::hash));
  }
}
