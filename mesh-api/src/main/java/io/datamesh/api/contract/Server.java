package io.datamesh.api.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names a place where the contract's data lives, the ODCS {@code servers} entry: an identifier, a type
 * (such as {@code postgres}, {@code s3}, {@code kafka} or {@code local}) and the type's connection fields. Credentials
 * are never part of a contract.
 *
 * <pre>{@code
 * Server prod = Server.builder("prod", "postgres").setEnvironment("prod")
 *     .setAttribute("host", "db.example.com").setAttribute("port", 5432)
 *     .setAttribute("database", "sales").setAttribute("schema", "public").build();
 * }</pre>
 */
public interface Server {
  /**
   * Returns the identifier of the server within the contract.
   *
   * @return the identifier
   */
  String server();

  /**
   * Returns the server type, such as {@code postgres} or {@code s3}.
   *
   * @return the type
   */
  String type();

  /**
   * Returns the stable id of the entry.
   *
   * @return the id, if any
   */
  Optional<String> id();

  /**
   * Returns the description of the server.
   *
   * @return the description, if any
   */
  Optional<String> description();

  /**
   * Returns the environment, such as {@code prod} or {@code dev}.
   *
   * @return the environment, if stated
   */
  Optional<String> environment();

  /**
   * Returns the roles that grant access on this server.
   *
   * @return the roles, possibly empty
   */
  List<Role> roles();

  /**
   * Returns the extension values of the server.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the type-specific connection fields ({@code host}, {@code port}, {@code location}, {@code format},
   * …) as plain Java values.
   *
   * @return the fields, in document order
   */
  Map<String, Object> attributes();

  /**
   * Returns one type-specific connection field.
   *
   * @param name such as {@code host}
   * @return the value, if set
   */
  default Optional<Object> attribute(String name) {
    return Optional.ofNullable(attributes().get(name));
  }

  /**
   * Starts a server.
   *
   * @param server the identifier of the server within the contract
   * @param type one of the ODCS server types, such as {@code postgres}
   * @return a builder
   * @throws IllegalArgumentException if the identifier is blank or the type is not an ODCS server type
   */
  static ServerBuilder builder(String server, String type) {
    return new ServerBuilder(server, type);
  }
}
