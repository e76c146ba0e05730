package io.datamesh.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Declares a {@link DataProduct}. Checks each value as it is set and the whole product in {@link #build()}.
 *
 * <pre>{@code
 * DataProduct p = DataProduct.builder()
 *     .setNamespace("com.example").setName("orders").setVersion("1.2.0")
 *     .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED))
 *     .setOwner(Owner.of("orders-team@example.com"))
 *     .addOutputPort(OutputPort.builder("orders").setContract(contract))
 *     .build();
 * }</pre>
 */
public final class DataProductBuilder {
  private @Nullable String namespace;
  private @Nullable String name;
  private @Nullable Version version;
  private @Nullable String displayName;
  private @Nullable String description;
  private @Nullable Domain domain;
  private @Nullable Owner owner;
  private LifecycleStatus status = LifecycleStatus.ACTIVE;
  private final List<TeamMember> team = new ArrayList<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private final List<InputPortBuilder> inputs = new ArrayList<>();
  private final List<OutputPortBuilder> outputs = new ArrayList<>();
  private final List<Object[]> others = new ArrayList<>();
  private final Map<String, Object> extensions = new LinkedHashMap<>();

  DataProductBuilder() {}

  /** Starts from every part of a product: {@link DataProduct#toBuilder()}. */
  static DataProductBuilder from(DataProduct p) {
    DataProductBuilder b = new DataProductBuilder();
    b.namespace = p.urn().namespace();
    b.name = p.urn().name();
    b.version = p.version();
    b.displayName = p.displayName().orElse(null);
    b.description = p.description().orElse(null);
    b.domain = p.domain();
    b.owner = p.owner();
    b.status = p.status();
    b.team.addAll(p.team());
    b.tags.addAll(p.tags());
    p.inputPorts().forEach(port -> b.inputs.add(port.toBuilder()));
    p.outputPorts().forEach(port -> b.outputs.add(port.toBuilder()));
    p.otherPorts().forEach(port -> b.others.add(new Object[] {port.kind(), port.name(),
        port.description().orElse("")}));
    b.extensions.putAll(p.extensions());
    return b;
  }

  /**
   * Sets the namespace, usually the organisation's reversed domain name.
   *
   * @param namespace such as {@code com.example}
   * @return this builder
   */
  public DataProductBuilder setNamespace(String namespace) {
    Urns.checkSegment("namespace", Objects.requireNonNull(namespace, "namespace"));
    this.namespace = namespace;
    return this;
  }

  /**
   * Sets the product name, unique within the namespace.
   *
   * @param name such as {@code orders}
   * @return this builder
   */
  public DataProductBuilder setName(String name) {
    Urns.checkSegment("product name", Objects.requireNonNull(name, "name"));
    this.name = name;
    return this;
  }

  /**
   * Sets the semantic version.
   *
   * @param version such as {@code 1.2.0}
   * @return this builder
   */
  public DataProductBuilder setVersion(String version) {
    return setVersion(Version.parse(Objects.requireNonNull(version, "version")));
  }

  /**
   * Sets the semantic version.
   *
   * @param version the version
   * @return this builder
   */
  public DataProductBuilder setVersion(Version version) {
    this.version = Objects.requireNonNull(version, "version");
    return this;
  }

  /**
   * Sets a human-friendly title.
   *
   * @param displayName the title
   * @return this builder
   */
  public DataProductBuilder setDisplayName(String displayName) {
    this.displayName = Objects.requireNonNull(displayName, "displayName");
    return this;
  }

  /**
   * Describes what the product offers.
   *
   * @param description the description
   * @return this builder
   */
  public DataProductBuilder setDescription(String description) {
    this.description = Objects.requireNonNull(description, "description");
    return this;
  }

  /**
   * Sets the owning domain and the product's kind.
   *
   * @param domain the domain
   * @return this builder
   */
  public DataProductBuilder setDomain(Domain domain) {
    this.domain = Objects.requireNonNull(domain, "domain");
    return this;
  }

  /**
   * Sets the accountable owner.
   *
   * @param owner the owner
   * @return this builder
   */
  public DataProductBuilder setOwner(Owner owner) {
    this.owner = Objects.requireNonNull(owner, "owner");
    return this;
  }

  /**
   * Sets the lifecycle status; {@link LifecycleStatus#ACTIVE} unless set.
   *
   * @param status the status
   * @return this builder
   */
  public DataProductBuilder setStatus(LifecycleStatus status) {
    this.status = Objects.requireNonNull(status, "status");
    return this;
  }

  /**
   * Adds a team member.
   *
   * @param member the member
   * @return this builder
   */
  public DataProductBuilder addTeamMember(TeamMember member) {
    team.add(Objects.requireNonNull(member, "member"));
    return this;
  }

  /**
   * Adds a tag.
   *
   * @param tag a non-blank tag, such as {@code pii}
   * @return this builder
   */
  public DataProductBuilder addTag(String tag) {
    Objects.requireNonNull(tag, "tag");
    if (tag.isBlank()) {
      throw new IllegalArgumentException("tag must not be blank");
    }
    tags.add(tag);
    return this;
  }

  /**
   * Adds an input port.
   *
   * @param port the port, declared with {@link InputPort#builder(String)}
   * @return this builder
   */
  public DataProductBuilder addInputPort(InputPortBuilder port) {
    inputs.add(Objects.requireNonNull(port, "port"));
    return this;
  }

  /**
   * Adds an output port.
   *
   * @param port the port, declared with {@link OutputPort#builder(String)}
   * @return this builder
   */
  public DataProductBuilder addOutputPort(OutputPortBuilder port) {
    outputs.add(Objects.requireNonNull(port, "port"));
    return this;
  }

  /**
   * Replaces the output port of the same name, for instance to serve a variant of its contract in a product
   * derived with {@link DataProduct#toBuilder()}.
   *
   * <pre>{@code
   * OutputPort orders = product.outputPort("orders").orElseThrow();
   * DataProduct variant = product.toBuilder()
   *     .replaceOutputPort(orders.toBuilder().setContract(orders.contract().toBuilder().setVersion("1.1.0").build()))
   *     .build();
   * }</pre>
   *
   * @param port the port, whose name is the one to replace
   * @return this builder
   * @throws IllegalArgumentException if the product has no output port of that name
   */
  public DataProductBuilder replaceOutputPort(OutputPortBuilder port) {
    Objects.requireNonNull(port, "port");
    for (int i = 0; i < outputs.size(); i++) {
      if (outputs.get(i).name().equals(port.name())) {
        outputs.set(i, port);
        return this;
      }
    }
    throw new IllegalArgumentException("there is no output port named '" + port.name() + "' to replace; there are "
        + outputs.stream().map(OutputPortBuilder::name).toList());
  }

  /**
   * Adds a discovery, observability or control port.
   *
   * @param kind {@link PortKind#DISCOVERY}, {@link PortKind#OBSERVABILITY} or {@link PortKind#CONTROL}
   * @param portName the port name
   * @param portDescription what the port is for
   * @return this builder
   */
  public DataProductBuilder addPort(PortKind kind, String portName, String portDescription) {
    Objects.requireNonNull(kind, "kind");
    if (kind == PortKind.INPUT || kind == PortKind.OUTPUT) {
      throw new IllegalArgumentException("use addInputPort or addOutputPort for a port of kind " + kind);
    }
    Urns.checkSegment(kind.segment() + " port name", Objects.requireNonNull(portName, "portName"));
    others.add(new Object[] {kind, portName, Objects.requireNonNull(portDescription, "portDescription")});
    return this;
  }

  /**
   * Adds an extension value that no standard field holds.
   *
   * @param key the extension name
   * @param value a plain Java value (string, number, boolean, list, map)
   * @return this builder
   */
  public DataProductBuilder putExtension(String key, Object value) {
    extensions.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Builds the product.
   *
   * @return the immutable product
   * @throws IllegalArgumentException naming the missing field or the duplicated port
   */
  public DataProduct build() {
    String ns = require(namespace, "namespace", "setNamespace(\"com.example\")");
    String n = require(name, "name", "setName(\"orders\")");
    Version v = require(version, "version", "setVersion(\"1.0.0\")");
    Domain d = require(domain, "domain", "setDomain(Domain.of(\"sales\", DomainKind.SOURCE_ALIGNED))");
    Owner o = require(owner, "owner", "setOwner(Owner.of(\"team@example.com\"))");
    ProductUrn urn = ProductUrn.of(ns, n, v.major());
    List<InputPort> in = new ArrayList<>();
    for (InputPortBuilder b : inputs) {
      in.add(b.build(urn, v));
    }
    List<OutputPort> out = new ArrayList<>();
    for (OutputPortBuilder b : outputs) {
      out.add(b.build(urn));
    }
    List<Port> rest = new ArrayList<>();
    for (Object[] spec : others) {
      rest.add(otherPort(urn.port((PortKind) spec[0], (String) spec[1]), v, (String) spec[2]));
    }
    DataProduct product = new DataProductRecord(urn, v, Optional.ofNullable(displayName),
        Optional.ofNullable(description), d, o, team, status, tags, in, out, rest, extensions);
    checkUniquePorts(product);
    return product;
  }

  private static Port otherPort(PortAddress address, Version v, String text) {
    Optional<String> desc = Optional.of(text);
    return switch (address.kind()) {
      case DISCOVERY -> new DiscoveryPortRecord(address, v, desc);
      case OBSERVABILITY -> new ObservabilityPortRecord(address, v, desc);
      case CONTROL -> new ControlPortRecord(address, v, desc);
      case INPUT, OUTPUT -> throw new IllegalStateException("unreachable: " + address);
    };
  }

  private static void checkUniquePorts(DataProduct product) {
    Set<PortAddress> seen = new LinkedHashSet<>();
    for (Port p : product.ports()) {
      if (!seen.add(p.address())) {
        throw new IllegalArgumentException("product " + product.urn() + " declares the " + p.kind().segment()
            + " port '" + p.name() + "' twice; port names must be unique within their kind");
      }
    }
  }

  private static <T> T require(@Nullable T value, String field, String hint) {
    if (value == null) {
      throw new IllegalArgumentException("a data product needs a " + field + ": call " + hint);
    }
    return value;
  }
}
