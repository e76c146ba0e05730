package io.datamesh.api.contract;

import java.util.Optional;

/**
 * Links an element of a contract to the resource that defines it authoritatively (a business definition, an
 * implementation, a tutorial), the ODCS {@code authoritativeDefinitions} entry.
 *
 * <pre>{@code
 * AuthoritativeDefinition d = AuthoritativeDefinition.of("https://example.com/glossary/order", "businessDefinition");
 * }</pre>
 */
public interface AuthoritativeDefinition {
  /**
   * Returns the address of the resource.
   *
   * @return the URL
   */
  String url();

  /**
   * Returns the kind of resource, such as {@code businessDefinition} or {@code implementation}.
   *
   * @return the type
   */
  String type();

  /**
   * Returns the description of the link.
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
   * Creates a link.
   *
   * @param url the address of the resource
   * @param type the kind of resource
   * @return the link
   * @throws IllegalArgumentException if either is blank
   */
  static AuthoritativeDefinition of(String url, String type) {
    return of(url, type, Optional.empty(), Optional.empty());
  }

  /**
   * Creates a link with every field.
   *
   * @param url the address of the resource
   * @param type the kind of resource
   * @param description the description, if any
   * @param id the stable id, if any
   * @return the link
   * @throws IllegalArgumentException if the url or type is blank or the id is not a stable id
   */
  static AuthoritativeDefinition of(String url, String type, Optional<String> description, Optional<String> id) {
    return new AuthoritativeDefinitionRecord(Texts.nonBlank("url", url), Texts.nonBlank("type", type),
        description, Ids.check(id));
  }
}
