package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.contract.SlaProperty;
import io.datamesh.core.observe.SloState;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SloRuleTest {
  private static SloRule rule(String property, Object value, String unit) {
    return SloRule.of(SlaProperty.builder(property, value).setUnit(unit).build()).orElseThrow();
  }

  @Test
  void latency_freshness_and_their_abbreviation_read_value_and_unit_as_the_allowance() {
    assertThat(rule("latency", 4, "h").allowed()).isEqualTo(Duration.ofHours(4));
    assertThat(rule("Freshness", "1.5", "d").allowed()).isEqualTo(Duration.ofHours(36));
    assertThat(rule("ly", 30, "minutes").allowed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(SloRule.of(SlaProperty.builder("frequency", "PT6H").build()).orElseThrow().allowed())
        .isEqualTo(Duration.ofHours(6));
  }

  @Test
  void unmonitored_properties_are_skipped_and_unreadable_values_are_refused_with_the_property_named() {
    assertThat(SloRule.of(SlaProperty.builder("retention", 3).setUnit("y").build())).isEmpty();
    assertThatThrownBy(() -> rule("latency", 4, "fortnights")).hasMessageContaining("'latency'")
        .hasMessageContaining("fortnights");
    assertThatThrownBy(() -> rule("latency", "soon", "h")).hasMessageContaining("soon");
    assertThatThrownBy(() -> rule("latency", 0, "h")).hasMessageContaining("positive");
  }

  @Test
  void more_than_eighty_percent_of_the_allowance_is_at_risk_and_more_than_all_of_it_is_breached() {
    SloRule hour = rule("latency", 1, "h");
    assertThat(hour.state(Duration.ofMinutes(48))).isEqualTo(SloState.MET);
    assertThat(hour.state(Duration.ofMinutes(48).plusMillis(1))).isEqualTo(SloState.AT_RISK);
    assertThat(hour.state(Duration.ofHours(1))).isEqualTo(SloState.AT_RISK);
    assertThat(hour.state(Duration.ofHours(1).plusMillis(1))).isEqualTo(SloState.BREACHED);
  }
}
