package io.datamesh.api.contract;

import java.util.List;

/**
 * Declares a foreign key, the ODCS {@code relationships} entry. At schema-object level it names both ends
 * ({@code from} and {@code to}, composite keys as lists of equal length); at property level {@code from} is the
 * property itself and {@link #from()} is empty. References are {@code table.column} or
 * {@code schema/<id>/properties/<id>}.
 *
 * <pre>{@code
 * Relationship fk = Relationship.of(List.of("orders.customer_id"), List.of("customers.id"));
 * }</pre>
 */
public interface Relationship {
  /**
   * Returns the referencing columns.
   *
   * @return the references, empty at property level
   */
  List<String> from();

  /**
   * Returns the referenced columns.
   *
   * @return the references, never empty
   */
  List<String> to();

  /**
   * Returns the relationship type.
   *
   * @return {@code foreignKey}, the only type ODCS v3.1 defines
   */
  String type();

  /**
   * Returns the extension values of the relationship.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Creates a foreign key.
   *
   * @param from the referencing columns, empty for a property-level relationship
   * @param to the referenced columns
   * @return the relationship
   * @throws IllegalArgumentException if {@code to} is empty, or {@code from} is not empty and differs in size
   */
  static Relationship of(List<String> from, List<String> to) {
    return of(from, to, List.of());
  }

  /**
   * Creates a foreign key with custom properties.
   *
   * @param from the referencing columns, empty for a property-level relationship
   * @param to the referenced columns
   * @param customProperties extension values
   * @return the relationship
   * @throws IllegalArgumentException if {@code to} is empty, or {@code from} is not empty and differs in size
   */
  static Relationship of(List<String> from, List<String> to, List<CustomProperty> customProperties) {
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a relationship needs at least one 'to' reference, got " + to);
    }
    if (!from.isEmpty() && from.size() != to.size()) {
      throw new IllegalArgumentException("'from' " + from + " and 'to' " + to + " must have the same length");
    }
    to.forEach(r -> Texts.nonBlank("to", r));
    from.forEach(r -> Texts.nonBlank("from", r));
    return new RelationshipRecord(List.copyOf(from), List.copyOf(to), "foreignKey", List.copyOf(customProperties));
  }
}
