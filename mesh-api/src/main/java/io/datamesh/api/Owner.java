package io.datamesh.api;

import java.util.Objects;
import java.util.Optional;

/**
 * The accountable owner of a data product (the DPDS {@code info.owner}): usually an e-mail or a team id.
 *
 * <p>{@code Owner.of("orders-team@example.com", "Orders Team")}
 *
 * @param id the owner's id, such as an e-mail address
 * @param name the owner's display name, if given
 */
public record Owner(String id, Optional<String> name) {
  /**
   * Checks the parts.
   *
   * @param id see the record component
   * @param name see the record component
   * @throws IllegalArgumentException if the id is blank
   */
  public Owner {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (id.isBlank()) {
      throw new IllegalArgumentException("owner id must not be blank");
    }
  }

  /**
   * Creates an owner with an id only.
   *
   * @param id the owner's id
   * @return the owner
   */
  public static Owner of(String id) {
    return new Owner(id, Optional.empty());
  }

  /**
   * Creates an owner with an id and a display name.
   *
   * @param id the owner's id
   * @param name the display name
   * @return the owner
   */
  public static Owner of(String id, String name) {
    return new Owner(id, Optional.of(name));
  }
}
