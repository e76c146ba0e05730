package io.datamesh.api.quality;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Describes the values of one column, computed in the same pass as the checks. Numbers follow Deequ: the standard
 * deviation is the population one, and NaN values are counted apart and left out of min, max and the moments.
 * Dates and timestamps report min and max in the column's own unit (days, or the timestamp unit since the epoch).
 *
 * <pre>{@code
 * stats.nulls() * 100.0 / stats.count(); // percent of nulls
 * }</pre>
 *
 * @param column the column name
 * @param type the Arrow type of the column, such as {@code Int(32, true)}
 * @param count the number of rows
 * @param nulls the number of null values
 * @param nans the number of NaN values (floating-point columns)
 * @param min the smallest value: a {@link Long}, {@link Double} or {@link java.math.BigDecimal}
 * @param max the largest value, of the same kind as {@code min}
 * @param sum the sum of the values (numbers only): exact for whole numbers and decimals
 * @param mean the arithmetic mean (numbers only)
 * @param stddev the population standard deviation (numbers only); NaN if an infinite value was seen
 * @param minLength the shortest text, in Unicode code points (strings only)
 * @param maxLength the longest text, in Unicode code points (strings only)
 * @param distinct the exact number of distinct non-null values; empty when not computed or over the memory budget
 */
public record ColumnStatistics(String column, String type, long count, long nulls, long nans, Optional<Number> min,
    Optional<Number> max, Optional<Number> sum, OptionalDouble mean, OptionalDouble stddev, OptionalLong minLength,
    OptionalLong maxLength, OptionalLong distinct) {
  /**
   * Checks the parts.
   *
   * @param column see the record component
   * @param type see the record component
   * @param count see the record component
   * @param nulls see the record component
   * @param nans see the record component
   * @param min see the record component
   * @param max see the record component
   * @param sum see the record component
   * @param mean see the record component
   * @param stddev see the record component
   * @param minLength see the record component
   * @param maxLength see the record component
   * @param distinct see the record component
   */
  public ColumnStatistics {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    Objects.requireNonNull(sum, "sum");
    Objects.requireNonNull(mean, "mean");
    Objects.requireNonNull(stddev, "stddev");
    Objects.requireNonNull(minLength, "minLength");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(distinct, "distinct");
    if (count < 0 || nulls < 0 || nans < 0 || nulls > count) {
      throw new IllegalArgumentException("counts must be >= 0 and nulls <= count, got count=" + count
          + " nulls=" + nulls + " nans=" + nans);
    }
  }
}
