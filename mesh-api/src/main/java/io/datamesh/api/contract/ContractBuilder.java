package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Contract}; obtain one from {@link Contract#builder()}. The id and version are required; the
 * ODCS version defaults to {@code v3.1.0} and the status to {@code draft} (ODCS v3.1 requires one).
 */
public final class ContractBuilder {
  /** The ODCS versions a contract may declare. */
  static final Set<String> API_VERSIONS = Set.of("v3.1.0", "v3.0.2", "v3.0.1", "v3.0.0");

  private final Strings text = new Strings();
  private @Nullable String id;
  private @Nullable String version;
  private String apiVersion = "v3.1.0";
  private @Nullable String status = "draft";
  private ContractDescription description = ContractDescription.empty();
  private @Nullable Team team;
  private final List<SchemaObject> schema = new ArrayList<>();
  private final List<Server> servers = new ArrayList<>();
  private final List<SlaProperty> slaProperties = new ArrayList<>();
  private final List<Role> roles = new ArrayList<>();
  private final Extras extras = new Extras();

  ContractBuilder() {}

  /** Starts from every part of a contract, as they are: {@link Contract#toBuilder()}. */
  static ContractBuilder from(Contract c) {
    ContractBuilder b = new ContractBuilder();
    b.id = c.id();
    b.version = c.version();
    b.apiVersion = c.apiVersion();
    c.name().ifPresent(v -> b.text.put("name", v));
    b.status = c.status().orElse(null);
    c.domain().ifPresent(v -> b.text.put("domain", v));
    c.dataProduct().ifPresent(v -> b.text.put("dataProduct", v));
    c.tenant().ifPresent(v -> b.text.put("tenant", v));
    b.description = c.description();
    b.extras.tags.addAll(c.tags());
    b.schema.addAll(c.schema());
    b.servers.addAll(c.servers());
    b.slaProperties.addAll(c.slaProperties());
    b.team = c.team().orElse(null);
    b.roles.addAll(c.roles());
    b.extras.customProperties.addAll(c.customProperties());
    b.extras.definitions.addAll(c.authoritativeDefinitions());
    return b;
  }

  /**
   * Sets the contract id.
   *
   * @param id a UUID is recommended
   * @return this builder
   * @throws IllegalArgumentException if the id is blank
   */
  public ContractBuilder setId(String id) {
    this.id = Texts.nonBlank("id", id);
    return this;
  }

  /**
   * Sets the contract version.
   *
   * @param version such as {@code 1.0.0}
   * @return this builder
   * @throws IllegalArgumentException if the version is blank
   */
  public ContractBuilder setVersion(String version) {
    this.version = Texts.nonBlank("version", version);
    return this;
  }

  /**
   * Sets the ODCS version the contract follows.
   *
   * @param apiVersion {@code v3.1.0} (the default) or {@code v3.0.0} to {@code v3.0.2}
   * @return this builder
   * @throws IllegalArgumentException for any other version
   */
  public ContractBuilder setApiVersion(String apiVersion) {
    if (!API_VERSIONS.contains(Objects.requireNonNull(apiVersion, "apiVersion"))) {
      throw new IllegalArgumentException("unsupported apiVersion '" + apiVersion + "': expected v3.1.0 or v3.0.x");
    }
    this.apiVersion = apiVersion;
    return this;
  }

  /**
   * Sets the name.
   *
   * @param name the name
   * @return this builder
   */
  public ContractBuilder setName(String name) {
    text.put("name", Texts.nonBlank("name", name));
    return this;
  }

  /**
   * Sets the lifecycle status.
   *
   * @param status such as {@code proposed}, {@code draft} (the default), {@code active}, {@code deprecated} or
   *     {@code retired}
   * @return this builder
   */
  public ContractBuilder setStatus(String status) {
    this.status = Texts.nonBlank("status", status);
    return this;
  }

  /**
   * Sets the owning domain.
   *
   * @param domain the domain
   * @return this builder
   */
  public ContractBuilder setDomain(String domain) {
    text.put("domain", Texts.nonBlank("domain", domain));
    return this;
  }

  /**
   * Sets the data product (deprecated in ODCS v3.1; kept for v3.0 documents).
   *
   * @param dataProduct the product name
   * @return this builder
   */
  public ContractBuilder setDataProduct(String dataProduct) {
    text.put("dataProduct", Texts.nonBlank("dataProduct", dataProduct));
    return this;
  }

  /**
   * Sets the tenant.
   *
   * @param tenant the tenant
   * @return this builder
   */
  public ContractBuilder setTenant(String tenant) {
    text.put("tenant", Texts.nonBlank("tenant", tenant));
    return this;
  }

  /**
   * Sets the purpose, usage and limitations.
   *
   * @param description the description
   * @return this builder
   */
  public ContractBuilder setDescription(ContractDescription description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * Adds a tag.
   *
   * @param tag the tag
   * @return this builder
   */
  public ContractBuilder addTag(String tag) {
    extras.tags.add(Objects.requireNonNull(tag, "tag"));
    return this;
  }

  /**
   * Adds a dataset.
   *
   * @param schemaObject the schema object
   * @return this builder
   */
  public ContractBuilder addSchemaObject(SchemaObject schemaObject) {
    schema.add(Objects.requireNonNull(schemaObject, "schemaObject"));
    return this;
  }

  /**
   * Replaces a dataset, for instance to derive a variant of a contract with {@link Contract#toBuilder()}.
   *
   * <pre>{@code
   * SchemaObject orders = contract.schemaObject("orders").orElseThrow();
   * Contract variant = contract.toBuilder()
   *     .replaceSchemaObject("orders", orders.toBuilder().setDescription("All orders.").build())
   *     .build();
   * }</pre>
   *
   * @param name the name of the schema object to replace
   * @param replacement the object that takes its place (and its position); it may have another name
   * @return this builder
   * @throws IllegalArgumentException if no schema object has that name
   */
  public ContractBuilder replaceSchemaObject(String name, SchemaObject replacement) {
    Objects.requireNonNull(replacement, "replacement");
    schema.set(Texts.indexOf(schema, SchemaObject::name, name, "schema object"), replacement);
    return this;
  }

  /**
   * Adds a server.
   *
   * @param server the server
   * @return this builder
   */
  public ContractBuilder addServer(Server server) {
    servers.add(Objects.requireNonNull(server, "server"));
    return this;
  }

  /**
   * Adds a service-level promise.
   *
   * @param slaProperty the promise
   * @return this builder
   */
  public ContractBuilder addSlaProperty(SlaProperty slaProperty) {
    slaProperties.add(Objects.requireNonNull(slaProperty, "slaProperty"));
    return this;
  }

  /**
   * Sets the owning team.
   *
   * @param team the team
   * @return this builder
   */
  public ContractBuilder setTeam(Team team) {
    this.team = Objects.requireNonNull(team, "team");
    return this;
  }

  /**
   * Adds an access role.
   *
   * @param role the role
   * @return this builder
   */
  public ContractBuilder addRole(Role role) {
    roles.add(Objects.requireNonNull(role, "role"));
    return this;
  }

  /**
   * Adds an extension value.
   *
   * @param property the custom property
   * @return this builder
   */
  public ContractBuilder addCustomProperty(CustomProperty property) {
    extras.customProperties.add(Objects.requireNonNull(property, "property"));
    return this;
  }

  /**
   * Adds a link to an authoritative definition.
   *
   * @param definition the link
   * @return this builder
   */
  public ContractBuilder addAuthoritativeDefinition(AuthoritativeDefinition definition) {
    extras.definitions.add(Objects.requireNonNull(definition, "definition"));
    return this;
  }

  /**
   * Builds the contract.
   *
   * @return the contract
   * @throws IllegalArgumentException if the id or version is missing, or two schema objects or two servers share
   *     a name
   */
  public Contract build() {
    if (id == null || version == null) {
      throw new IllegalArgumentException("a contract needs an id and a version: call setId and setVersion (id="
          + id + ", version=" + version + ")");
    }
    unique("schema object", schema.stream().map(SchemaObject::name).toList());
    unique("server", servers.stream().map(Server::server).toList());
    return new ContractRecord(id, version, apiVersion, text.get("name"), Optional.ofNullable(status), text.get("domain"),
        text.get("dataProduct"), text.get("tenant"), description, List.copyOf(extras.tags), List.copyOf(schema),
        List.copyOf(servers), List.copyOf(slaProperties), Optional.ofNullable(team), List.copyOf(roles),
        List.copyOf(extras.customProperties), List.copyOf(extras.definitions));
  }

  private static void unique(String what, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException("two " + what + "s are named '" + n + "'");
      }
    }
  }
}
