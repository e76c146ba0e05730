package io.datamesh.arrow.quality;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * What an exact key found: how many rows had a complete key and how many distinct keys there were, or that the
 * key set outgrew its memory budget (then nothing is approximated: both counts are unknown).
 *
 * <pre>{@code
 * long dups = result.key("id_unique").duplicates().orElseThrow();
 * }</pre>
 *
 * @param columns the key columns
 * @param keyedRows the rows whose key columns were all non-null
 * @param distinct the number of distinct keys, empty when the budget was exceeded
 */
public record KeyResult(List<String> columns, long keyedRows, OptionalLong distinct) {
  /**
   * Checks and copies the parts.
   *
   * @param columns see the record component
   * @param keyedRows see the record component
   * @param distinct see the record component
   */
  public KeyResult {
    columns = List.copyOf(columns);
    Objects.requireNonNull(distinct, "distinct");
  }

  /**
   * Tells whether the key set outgrew the budget.
   *
   * @return true if the counts are unknown
   */
  public boolean budgetExceeded() {
    return distinct.isEmpty();
  }

  /**
   * Returns the number of rows whose key repeats an earlier row's.
   *
   * @return keyed rows minus distinct keys, empty when the budget was exceeded
   */
  public OptionalLong duplicates() {
    return distinct.isPresent() ? OptionalLong.of(keyedRows - distinct.getAsLong()) : OptionalLong.empty();
  }
}
