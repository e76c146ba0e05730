package io.datamesh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionTest {
  @Test
  void versions_sort_by_semver_precedence() {
    // The precedence example of semver 2.0.0, section 11.
    List<String> expected = List.of("1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
        "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0", "1.0.1", "1.1.0", "2.0.0");
    List<Version> shuffled = new ArrayList<>(expected.stream().map(Version::parse).toList());
    Collections.shuffle(shuffled, new java.util.Random(7));
    Collections.sort(shuffled);

    assertThat(shuffled).extracting(Version::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void build_metadata_is_kept_but_does_not_change_precedence() {
    Version a = Version.parse("1.0.0+build.1");

    assertThat(a.build()).isEqualTo("build.1");
    assertThat(a.compareTo(Version.parse("1.0.0+build.2"))).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "1.0", "1.0.0.0", "01.0.0", "1.0.x", "-1.0.0", "1.0.0-", "1.0.0-01",
      "1.0.0-a..b", "1.0.0+", "v1.0.0", "1.0.0-é"})
  void malformed_versions_are_rejected_with_the_text_and_the_expected_form(String text) {
    assertThatThrownBy(() -> Version.parse(text)).isInstanceOfSatisfying(MeshException.class, e -> {
      assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
      assertThat(e.getMessage()).contains("'" + text + "'", "MAJOR.MINOR.PATCH");
    });
  }

  @Property
  void every_version_round_trips_through_its_text(@ForAll @IntRange(max = 999_999) int major,
      @ForAll @IntRange(max = 999) int minor, @ForAll @IntRange(max = 999) int patch,
      @ForAll boolean pre, @ForAll boolean build) {
    Version v = new Version(major, minor, patch, pre ? "rc." + minor : "", build ? "b" + patch : "");

    assertThat(Version.parse(v.toString())).isEqualTo(v);
  }

  @Property
  void a_compatible_upgrade_keeps_the_major_and_is_not_older(@ForAll @IntRange(max = 5) int m1,
      @ForAll @IntRange(max = 5) int n1, @ForAll @IntRange(max = 5) int m2, @ForAll @IntRange(max = 5) int n2) {
    Version a = Version.of(m1, n1, 0);
    Version b = Version.of(m2, n2, 0);

    assertThat(b.isCompatibleUpgradeOf(a)).isEqualTo(m1 == m2 && n2 >= n1);
  }
}
