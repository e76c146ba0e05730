package io.datamesh.api.read;

/**
 * Refers to a column of the row; JSON {@code {"column":"amount"}}.
 *
 * <p>{@code Expression.column("amount")}
 *
 * @param name the column name, non-empty Unicode text
 */
public record ColumnRef(String name) implements Expression {
  /**
   * Checks the name.
   *
   * @param name see the record component
   * @throws IllegalArgumentException if the name is empty or not valid Unicode
   */
  public ColumnRef {
    Texts.requireName("column name", name);
  }

  /** Returns the name, double-quoted if it is not a plain identifier. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
