package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

/**
 * Describes the promise a data product makes at an output port, shaped like an ODCS v3.1 data contract: identity
 * and status, the schema with logical types, keys and classifications, quality rules, SLA properties, servers, the
 * owning team and access roles. Accessors never return null.
 *
 * <p>Declare a contract in code:
 *
 * <pre>{@code
 * Contract orders = Contract.builder()
 *     .setId("orders-contract").setVersion("1.0.0").setName("Orders")
 *     .addSchemaObject(SchemaObject.builder("orders")
 *         .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING)
 *             .setRequired(true).setPrimaryKeyPosition(1).build())
 *         .build())
 *     .build();
 * }</pre>
 *
 * <p>or read an ODCS document with {@code Contracts.read(path)} from {@code mesh-core}.
 */
public interface Contract {
  /**
   * Returns the contract id (a UUID is recommended).
   *
   * @return the id
   */
  String id();

  /**
   * Returns the version of the contract (semantic versioning); it is the version of the port it governs.
   *
   * @return the version, such as {@code 1.2.0}
   */
  String version();

  /**
   * Returns the ODCS version the contract follows.
   *
   * @return such as {@code v3.1.0}
   */
  String apiVersion();

  /**
   * Returns the name of the contract.
   *
   * @return the name, if any
   */
  Optional<String> name();

  /**
   * Returns the lifecycle status, such as {@code draft}, {@code active} or {@code deprecated}.
   *
   * @return the status, if stated
   */
  Optional<String> status();

  /**
   * Returns the domain that owns the data.
   *
   * @return the domain, if stated
   */
  Optional<String> domain();

  /**
   * Returns the data product the contract belongs to (deprecated in ODCS v3.1: products name their contracts).
   *
   * @return the product name, if stated
   */
  Optional<String> dataProduct();

  /**
   * Returns the tenant.
   *
   * @return the tenant, if stated
   */
  Optional<String> tenant();

  /**
   * Returns the purpose, usage and limitations of the data.
   *
   * @return the description, empty when none is stated
   */
  ContractDescription description();

  /**
   * Returns the tags of the contract.
   *
   * @return the tags, possibly empty
   */
  List<String> tags();

  /**
   * Returns the datasets of the contract, in document order.
   *
   * @return the schema objects, possibly empty
   */
  List<SchemaObject> schema();

  /**
   * Returns where the data lives.
   *
   * @return the servers, possibly empty
   */
  List<Server> servers();

  /**
   * Returns the service-level promises.
   *
   * @return the promises, possibly empty
   */
  List<SlaProperty> slaProperties();

  /**
   * Returns the team that owns the contract.
   *
   * @return the team, if stated
   */
  Optional<Team> team();

  /**
   * Returns the roles that grant access to the data.
   *
   * @return the roles, possibly empty
   */
  List<Role> roles();

  /**
   * Returns the extension values of the contract.
   *
   * @return the custom properties, possibly empty
   */
  List<CustomProperty> customProperties();

  /**
   * Returns the links to authoritative definitions of the contract.
   *
   * @return the links, possibly empty
   */
  List<AuthoritativeDefinition> authoritativeDefinitions();

  /**
   * Finds a schema object by name.
   *
   * @param name the object name
   * @return the object, or empty if there is none with that name
   */
  default Optional<SchemaObject> schemaObject(String name) {
    return schema().stream().filter(o -> o.name().equals(name)).findFirst();
  }

  /**
   * Starts a contract.
   *
   * @return a builder
   */
  static ContractBuilder builder() {
    return new ContractBuilder();
  }

  /**
   * Returns a builder that starts from every part of this contract, to derive a variant without editing text.
   * Nested values are kept as they are; {@code x.toBuilder().build()} has the same parts as {@code x}.
   *
   * <p>{@code Contract next = contract.toBuilder().setVersion("1.1.0").setStatus("active").build()}
   *
   * @return a new builder holding this contract's parts
   */
  default ContractBuilder toBuilder() {
    return ContractBuilder.from(this);
  }
}
