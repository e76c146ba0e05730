package io.datamesh.api.contract;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * States one service-level promise, the ODCS {@code slaProperties} entry: a property such as {@code latency},
 * {@code retention} or {@code availability}, its value and unit, and the {@code table.column} it applies to.
 *
 * <pre>{@code
 * SlaProperty latency = SlaProperty.builder("latency", 4).setUnit("h").setElement("orders.created_at").build();
 * }</pre>
 */
public interface SlaProperty {
  /**
   * Returns the name of the promise, such as {@code latency}, {@code retention} or {@code frequency}.
   *
   * @return the property
   */
  String property();

  /**
   * Returns the promised value as a plain Java value.
   *
   * @return the value, or empty for a JSON {@code null}
   */
  Optional<Object> value();

  /**
   * Returns the extended value (such as the upper end of a range).
   *
   * @return the value, if any
   */
  Optional<Object> valueExt();

  /**
   * Returns the unit of the value, such as {@code d}, {@code h} or {@code y}.
   *
   * @return the unit, if stated
   */
  Optional<String> unit();

  /**
   * Returns the element the promise applies to, as written: {@code table.column}, comma-separated.
   *
   * @return the element, if stated
   */
  Optional<String> element();

  /**
   * Returns why the promise matters: {@code regulatory}, {@code analytics} or {@code operational}.
   *
   * @return the driver, if stated
   */
  Optional<String> driver();

  /**
   * Returns the description of the promise.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Returns when the promise is checked, in the scheduler's syntax.
   *
   * @return the schedule, if stated
   */
  Optional<String> schedule();

  /**
   * Returns the scheduler, such as {@code cron}.
   *
   * @return the scheduler, if stated
   */
  Optional<String> scheduler();

  /**
   * Returns the stable id of the entry.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Returns the elements the promise applies to, one per {@code table.column} reference.
   *
   * @return the references, empty when no element is stated
   */
  default List<String> elements() {
    return element().stream().flatMap(e -> Arrays.stream(e.split(","))).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Starts a promise.
   *
   * @param property the name of the promise, such as {@code latency}
   * @param value the promised value (a string, number or boolean)
   * @return a builder
   * @throws IllegalArgumentException if the property is blank or the value is not a string, number or boolean
   */
  static SlaPropertyBuilder builder(String property, Object value) {
    return new SlaPropertyBuilder(property, value);
  }
}
