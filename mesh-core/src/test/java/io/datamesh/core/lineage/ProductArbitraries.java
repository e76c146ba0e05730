package io.datamesh.core.lineage;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DataProductBuilder;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.TeamMember;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractBuilder;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaObjectBuilder;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.SchemaPropertyBuilder;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generated products: odd names, free texts with quotes, newlines and non-ASCII, nested schemas, every status. */
final class ProductArbitraries {
  static final String SEGMENT_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

  private ProductArbitraries() {}

  static Arbitrary<String> segments() {
    return Arbitraries.strings().withChars(SEGMENT_CHARS).ofMinLength(1).ofMaxLength(12);
  }

  static Arbitrary<String> texts() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMinLength(1).ofMaxLength(40).filter(s -> !s.isBlank()),
        Arbitraries.of("line one\nline \"two\"", "Ünïcödé ✓ 数据", "tab\there", "<b>html</b> & \\ backslash"));
  }

  static Arbitrary<PortAddress> outputPorts() {
    return Combinators.combine(segments(), segments(), Arbitraries.integers().between(0, 1_000_000), segments())
        .as((ns, name, major, port) -> ProductUrn.of(ns, name, major).port(PortKind.OUTPUT, port));
  }

  static Arbitrary<SchemaProperty> properties(int depth) {
    Arbitrary<String> names = Arbitraries.strings().alpha().numeric().withChars('_').ofMinLength(1).ofMaxLength(10);
    Arbitrary<LogicalType> types = depth >= 2
        ? Arbitraries.of(LogicalType.STRING, LogicalType.INTEGER, LogicalType.NUMBER, LogicalType.DATE)
        : Arbitraries.of(LogicalType.class);
    return Combinators.combine(names, types, texts().optional(), Arbitraries.of("public", "restricted").optional())
        .flatAs((name, type, description, classification) -> {
          SchemaPropertyBuilder b = SchemaProperty.builder(name, type);
          description.ifPresent(b::setDescription);
          classification.ifPresent(b::setClassification);
          if (type == LogicalType.OBJECT) {
            return properties(depth + 1).list().ofMinSize(1).ofMaxSize(3).uniqueElements(SchemaProperty::name)
                .map(children -> {
                  children.forEach(b::addProperty);
                  return b.build();
                });
          }
          if (type == LogicalType.ARRAY) {
            return properties(depth + 1).map(items -> b.setItems(SchemaProperty.itemsBuilder(
                items.logicalType().orElse(LogicalType.STRING)).build()).build());
          }
          return Arbitraries.just(b.build());
        });
  }

  static Arbitrary<Contract> contracts() {
    Arbitrary<SchemaObject> objects = Combinators.combine(segments(),
            properties(0).list().ofMinSize(1).ofMaxSize(5).uniqueElements(SchemaProperty::name), texts().optional())
        .as((name, props, description) -> {
          SchemaObjectBuilder b = SchemaObject.builder(name);
          props.forEach(b::addProperty);
          description.ifPresent(b::setDescription);
          return b.build();
        });
    return Combinators.combine(segments(), objects.list().ofMinSize(1).ofMaxSize(3)
            .uniqueElements(SchemaObject::name), Arbitraries.integers().between(0, 9))
        .as((id, objs, minor) -> {
          ContractBuilder b = Contract.builder().setId(id).setVersion("1." + minor + ".0");
          objs.forEach(b::addSchemaObject);
          return b.build();
        });
  }

  static Arbitrary<DataProduct> products() {
    Arbitrary<List<String>> portNames = segments().list().ofMinSize(0).ofMaxSize(3).uniqueElements();
    return Combinators.combine(segments(), segments(), Arbitraries.of(DomainKind.class),
            Arbitraries.of(LifecycleStatus.class), texts().optional(), segments().set().ofMaxSize(3), portNames,
            contracts())
        .as((ns, name, kind, status, description, tags, ports, contract) -> {
          DataProductBuilder b = DataProduct.builder().setNamespace(ns).setName(name).setVersion("1.2.3")
              .setDomain(Domain.of("domain " + name, kind)).setOwner(Owner.of(name + "@example.com"))
              .addTeamMember(new TeamMember("dev", Optional.empty())).setStatus(status);
          description.ifPresent(b::setDescription);
          tags.forEach(b::addTag);
          for (String p : ports) {
            b.addOutputPort(OutputPort.builder(p).setContract(contract));
          }
          return b.build();
        });
  }
}
