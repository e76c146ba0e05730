package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

/**
 * Names a role that grants access to the contract's data, the ODCS {@code roles} entry; governance policies read
 * it.
 *
 * <pre>{@code
 * Role r = Role.of("orders_reader", "read");
 * }</pre>
 */
public interface Role {
  /**
   * Returns the role name (an IAM role, a group).
   *
   * @return the name
   */
  String role();

  /**
   * Returns the access the role grants, such as {@code read} or {@code write}.
   *
   * @return the access, if stated
   */
  Optional<String> access();

  /**
   * Returns the description of the role.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Returns who approves a first-level access request.
   *
   * @return the approvers, if stated
   */
  Optional<String> firstLevelApprovers();

  /**
   * Returns who approves a second-level access request.
   *
   * @return the approvers, if stated
   */
  Optional<String> secondLevelApprovers();

  /**
   * Returns the extension values of the role.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the stable id of the role entry.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Creates a role with an access level.
   *
   * @param role the role name
   * @param access the access it grants, such as {@code read}
   * @return the role
   * @throws IllegalArgumentException if either is blank
   */
  static Role of(String role, String access) {
    return builder(role).setAccess(access).build();
  }

  /**
   * Starts a role.
   *
   * @param role the role name
   * @return a builder
   * @throws IllegalArgumentException if the name is blank
   */
  static RoleBuilder builder(String role) {
    return new RoleBuilder(role);
  }
}
