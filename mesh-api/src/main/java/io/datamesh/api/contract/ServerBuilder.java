package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Server}; obtain one from {@link Server#builder(String, String)}. Which connection fields each
 * type needs is checked by the contract validator of {@code mesh-core}.
 */
public final class ServerBuilder {
  /** The server types of ODCS v3.1.0. */
  static final Set<String> TYPES = Set.of("api", "athena", "azure", "bigquery", "clickhouse", "databricks",
      "denodo", "dremio", "duckdb", "glue", "cloudsql", "db2", "hive", "impala", "informix", "kafka", "kinesis",
      "local", "mysql", "oracle", "postgresql", "postgres", "presto", "pubsub", "redshift", "s3", "sftp",
      "snowflake", "sqlserver", "synapse", "trino", "vertica", "zen", "custom");
  private static final Set<String> BASE = Set.of("id", "server", "type", "description", "environment", "roles",
      "customProperties");

  private final String server;
  private final String type;
  private final Strings text = new Strings();
  private final List<Role> roles = new ArrayList<>();
  private final List<CustomProperty> customProperties = new ArrayList<>();
  private final Map<String, Object> attributes = new LinkedHashMap<>();

  ServerBuilder(String server, String type) {
    this.server = Texts.nonBlank("server", server);
    if (!TYPES.contains(Objects.requireNonNull(type, "type"))) {
      throw new IllegalArgumentException("unknown server type '" + type + "': expected one of "
          + new java.util.TreeSet<>(TYPES));
    }
    this.type = type;
  }

  /**
   * Sets the stable id.
   *
   * @param id letters, digits, {@code _} and {@code -}
   * @return this builder
   * @throws IllegalArgumentException if the id has another character
   */
  public ServerBuilder setId(String id) {
    text.put("id", Ids.check(id));
    return this;
  }

  /**
   * Sets the description.
   *
   * @param description the description
   * @return this builder
   */
  public ServerBuilder setDescription(String description) {
    text.put("description", Objects.requireNonNull(description, "description"));
    return this;
  }

  /**
   * Sets the environment.
   *
   * @param environment such as {@code prod} or {@code dev}
   * @return this builder
   */
  public ServerBuilder setEnvironment(String environment) {
    text.put("environment", Texts.nonBlank("environment", environment));
    return this;
  }

  /**
   * Adds a role that grants access on this server.
   *
   * @param role the role
   * @return this builder
   */
  public ServerBuilder addRole(Role role) {
    roles.add(Objects.requireNonNull(role, "role"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public ServerBuilder addCustomProperty(CustomProperty property) {
    customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Sets a type-specific connection field.
   *
   * @param name such as {@code host}, {@code port}, {@code location} or {@code format}
   * @param value a string, number or boolean
   * @return this builder
   * @throws IllegalArgumentException if the name is a base field or the value is not a scalar
   */
  public ServerBuilder setAttribute(String name, Object value) {
    if (BASE.contains(Texts.nonBlank("attribute name", name))) {
      throw new IllegalArgumentException("'" + name + "' is not a connection field: use its own setter");
    }
    Object v = Values.copy(Objects.requireNonNull(value, "value"));
    if (v instanceof List || v instanceof Map) {
      throw new IllegalArgumentException("connection field '" + name + "' must be a string, number or boolean,"
          + " got '" + value + "'");
    }
    attributes.put(name, Objects.requireNonNull(v));
    return this;
  }

  /**
   * Builds the server.
   *
   * @return the server
   */
  public Server build() {
    return new ServerRecord(server, type, text.get("id"), text.get("description"), text.get("environment"),
        List.copyOf(roles), List.copyOf(customProperties),
        Collections.unmodifiableMap(new LinkedHashMap<>(attributes)));
  }
}
