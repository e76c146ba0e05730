package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Carries one ODCS {@code customProperties} entry, the standard's extension mechanism: a name and a plain Java
 * value.
 *
 * <pre>{@code
 * CustomProperty p = CustomProperty.of("refRulesetName", "gcsc.ruleset.name");
 * }</pre>
 */
public interface CustomProperty {
  /**
   * Returns the property name.
   *
   * @return the name, not blank
   */
  String property();

  /**
   * Returns the value as a plain Java value (see the package documentation).
   *
   * @return the value, or empty for a JSON {@code null}
   */
  Optional<Object> value();

  /**
   * Returns the description of the property.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Returns the stable id of the entry.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Creates a custom property.
   *
   * @param property the name
   * @param value a plain Java value (string, number, boolean, list, map)
   * @return the property
   * @throws IllegalArgumentException if the name is blank or the value is not a plain Java value
   */
  static CustomProperty of(String property, Object value) {
    return new CustomPropertyRecord(Texts.nonBlank("property", property),
        Optional.of(Values.copy(value)), Optional.empty(), Optional.empty());
  }

  /**
   * Creates a custom property with every field.
   *
   * @param property the name
   * @param value a plain Java value, or empty for JSON {@code null}
   * @param description the description, if any
   * @param id the stable id, if any
   * @return the property
   * @throws IllegalArgumentException if the name is blank, the id is not a stable id or the value is not plain
   */
  static CustomProperty of(String property, Optional<Object> value, Optional<String> description,
      Optional<String> id) {
    return new CustomPropertyRecord(Texts.nonBlank("property", property), value.map(Values::copy), description,
        Ids.check(id));
  }
}
