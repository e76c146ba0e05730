package io.datamesh.core.quality;

import io.datamesh.api.contract.Threshold;
import io.datamesh.arrow.quality.ColumnAggregate;
import io.datamesh.arrow.quality.RowPredicate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A quality rule written in Java, the SDK's SPI for what ODCS cannot say: a row predicate (row-level, each
 * violating row counts, like {@code required}) or a column aggregate checked against a threshold.
 *
 * <pre>{@code
 * CustomRule even = CustomRule.rowPredicate("qty_even", "quantity", "is even",
 *     (v, row) -> v.isNull(row) || ((IntVector) v).get(row) % 2 == 0);
 * QualitySettings s = QualitySettings.builder().addCustomRule(even.withSeverity("warning")).build();
 * }</pre>
 */
public final class CustomRule {
  private final String id;
  private final String column;
  private final String description;
  private final Optional<RowPredicate> predicate;
  private final Optional<Supplier<? extends ColumnAggregate>> aggregate;
  private final Optional<Threshold> threshold;
  private final Optional<String> severity;

  private CustomRule(String id, String column, String description, Optional<RowPredicate> predicate,
      Optional<Supplier<? extends ColumnAggregate>> aggregate, Optional<Threshold> threshold,
      Optional<String> severity) {
    this.id = requireText(id, "id");
    this.column = requireText(column, "column");
    this.description = Objects.requireNonNull(description, "description");
    this.predicate = predicate;
    this.aggregate = aggregate;
    this.threshold = threshold;
    this.severity = severity;
  }

  private static String requireText(String s, String what) {
    Objects.requireNonNull(s, what);
    if (s.isBlank()) {
      throw new IllegalArgumentException("a custom rule needs a non-blank " + what + ", got '" + s + "'");
    }
    return s;
  }

  /**
   * Creates a row-level rule: every row for which the predicate returns false breaks it.
   *
   * @param id the check id
   * @param column the column handed to the predicate
   * @param description what a row must satisfy, in words
   * @param predicate the predicate
   * @return the rule
   */
  public static CustomRule rowPredicate(String id, String column, String description, RowPredicate predicate) {
    return new CustomRule(id, column, description, Optional.of(predicate), Optional.empty(), Optional.empty(),
        Optional.empty());
  }

  /**
   * Creates a column-level rule: a mergeable aggregate whose value must satisfy a threshold.
   *
   * @param id the check id
   * @param column the column fed to the aggregate
   * @param factory makes one empty aggregate per pass
   * @param threshold what the value must satisfy
   * @return the rule
   */
  public static CustomRule columnAggregate(String id, String column, Supplier<? extends ColumnAggregate> factory,
      Threshold threshold) {
    return new CustomRule(id, column, "aggregate", Optional.empty(), Optional.of(factory), Optional.of(threshold),
        Optional.empty());
  }

  /**
   * Returns a copy with a severity, mapped like a contract rule's.
   *
   * @param newSeverity the severity, such as {@code warning}
   * @return the copy
   */
  public CustomRule withSeverity(String newSeverity) {
    return new CustomRule(id, column, description, predicate, aggregate, threshold,
        Optional.of(newSeverity));
  }

  /**
   * Returns the check id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the column.
   *
   * @return the column name
   */
  public String column() {
    return column;
  }

  String description() {
    return description;
  }

  Optional<RowPredicate> predicate() {
    return predicate;
  }

  Optional<Supplier<? extends ColumnAggregate>> aggregate() {
    return aggregate;
  }

  Optional<Threshold> threshold() {
    return threshold;
  }

  Optional<String> severity() {
    return severity;
  }
}
