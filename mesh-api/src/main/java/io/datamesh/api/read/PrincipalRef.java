package io.datamesh.api.read;

/**
 * Refers to an attribute of the reading {@link Principal}, written {@code $principal.<attribute>}; JSON
 * {@code {"principal":"region"}}. Its value is the attribute's string, or null if the principal lacks it.
 *
 * <p>{@code Expression.column("region").eq(Expression.principal("region"))}
 *
 * @param attribute the attribute name, non-empty Unicode text
 */
public record PrincipalRef(String attribute) implements Constant {
  /**
   * Checks the name.
   *
   * @param attribute see the record component
   * @throws IllegalArgumentException if the name is empty or not valid Unicode
   */
  public PrincipalRef {
    Texts.requireName("principal attribute", attribute);
  }

  /** Returns {@code $principal.<attribute>}. */
  @Override
  public String toString() {
    return SqlRenderer.render(this);
  }
}
