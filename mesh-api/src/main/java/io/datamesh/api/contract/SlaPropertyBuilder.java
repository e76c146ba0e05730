package io.datamesh.api.contract;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Builds an {@link SlaProperty}; obtain one from {@link SlaProperty#builder(String, Object)}. */
public final class SlaPropertyBuilder {
  private final String property;
  private final Object value;
  private final Strings text = new Strings();
  private @Nullable Object valueExt;

  SlaPropertyBuilder(String property, Object value) {
    this.property = Texts.nonBlank("property", property);
    this.value = scalar("value", value);
  }

  /**
   * Sets the extended value.
   *
   * @param valueExt a string, number or boolean
   * @return this builder
   * @throws IllegalArgumentException if it is none of those
   */
  public SlaPropertyBuilder setValueExt(Object valueExt) {
    this.valueExt = scalar("valueExt", valueExt);
    return this;
  }

  /**
   * Sets the unit.
   *
   * @param unit such as {@code d}, {@code h} or {@code y}
   * @return this builder
   */
  public SlaPropertyBuilder setUnit(String unit) {
    return put("unit", Texts.nonBlank("unit", unit));
  }

  /**
   * Sets the element the promise applies to.
   *
   * @param element {@code table.column}, several separated by commas
   * @return this builder
   */
  public SlaPropertyBuilder setElement(String element) {
    return put("element", Texts.nonBlank("element", element));
  }

  /**
   * Sets why the promise matters.
   *
   * @param driver such as {@code regulatory}, {@code analytics} or {@code operational}
   * @return this builder
   */
  public SlaPropertyBuilder setDriver(String driver) {
    return put("driver", Texts.nonBlank("driver", driver));
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   */
  public SlaPropertyBuilder setDescription(String description) {
    return put("description", Objects.requireNonNull(description, "description"));
  }

  /**
   * Sets when the promise is checked.
   *
   * @param schedule such as a cron expression
   * @return this builder
   */
  public SlaPropertyBuilder setSchedule(String schedule) {
    return put("schedule", Objects.requireNonNull(schedule, "schedule"));
  }

  /**
   * Sets the scheduler.
   *
   * @param scheduler such as {@code cron}
   * @return this builder
   */
  public SlaPropertyBuilder setScheduler(String scheduler) {
    return put("scheduler", Objects.requireNonNull(scheduler, "scheduler"));
  }

  /**
   * Sets the stable id.
   *
   * @param id letters, digits, {@code _} and {@code -}
   * @return this builder
   * @throws IllegalArgumentException if the id has another character
   */
  public SlaPropertyBuilder setId(String id) {
    return put("id", Ids.check(id));
  }

  /**
   * Builds the promise.
   *
   * @return the promise
   */
  public SlaProperty build() {
    return new SlaPropertyRecord(property, Optional.of(value), Optional.ofNullable(valueExt), text.get("unit"),
        text.get("element"), text.get("driver"), text.get("description"), text.get("schedule"),
        text.get("scheduler"), text.get("id"));
  }

  private SlaPropertyBuilder put(String key, String v) {
    text.put(key, v);
    return this;
  }

  private static Object scalar(String what, Object value) {
    Object v = Values.copy(Objects.requireNonNull(value, what));
    if (v instanceof java.util.List || v instanceof java.util.Map) {
      throw new IllegalArgumentException(what + " must be a string, number or boolean, got '" + value + "'");
    }
    return Objects.requireNonNull(v);
  }
}
