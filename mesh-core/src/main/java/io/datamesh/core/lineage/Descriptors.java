package io.datamesh.core.lineage;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.TeamMember;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The static facets of an output port: what it is, who owns it, where it is served, what product it belongs to. */
final class Descriptors {
  private static final int MAX_DEPTH = 64;
  private static final String SOURCE = "DATAMESH";

  private final URI producer;
  private final Function<PortAddress, Optional<URI>> servingLocation;

  Descriptors(URI producer, Function<PortAddress, Optional<URI>> servingLocation) {
    this.producer = producer;
    this.servingLocation = servingLocation;
  }

  Map<String, Facets.DatasetFacet> described(DataProduct p, OutputPort out, String lifecycle) {
    Map<String, Facets.DatasetFacet> facets = new LinkedHashMap<>();
    put(facets, schema(out.contract()));
    documentation(p, out).ifPresent(f -> put(facets, f));
    put(facets, ownership(p));
    put(facets, dataSource(out.address()));
    put(facets, new Facets.Lifecycle(producer, Facets.LIFECYCLE, lifecycle));
    tags(p, out).ifPresent(f -> put(facets, f));
    put(facets, product(p, out));
    return facets;
  }

  Map<String, Facets.DatasetFacet> dropped(DataProduct p, OutputPort out) {
    Map<String, Facets.DatasetFacet> facets = new LinkedHashMap<>();
    put(facets, dataSource(out.address()));
    put(facets, new Facets.Lifecycle(producer, Facets.LIFECYCLE, "DROP"));
    put(facets, product(p, out));
    return facets;
  }

  static <F extends Facets.Facet> void put(Map<String, ? super F> facets, F facet) {
    facets.put(facet.key(), facet);
  }

  Facets.Schema schema(Contract contract) {
    List<SchemaObject> objects = contract.schema();
    if (objects.size() == 1) {
      return new Facets.Schema(producer, Facets.SCHEMA, fields(objects.get(0).properties(), 0));
    }
    List<Facets.Field> tables = new ArrayList<>();
    for (SchemaObject o : objects) {
      tables.add(new Facets.Field(o.name(), "object", o.description().orElse(null), tables.size() + 1,
          fields(o.properties(), 1)));
    }
    return new Facets.Schema(producer, Facets.SCHEMA, tables);
  }

  private static List<Facets.Field> fields(List<SchemaProperty> properties, int depth) {
    List<Facets.Field> fields = new ArrayList<>();
    for (SchemaProperty p : properties) {
      fields.add(field(p.name(), p, fields.size() + 1, depth));
    }
    return fields;
  }

  private static Facets.Field field(String name, SchemaProperty p, int position, int depth) {
    @Nullable List<Facets.Field> nested = null;
    if (depth < MAX_DEPTH && !p.properties().isEmpty()) {
      nested = fields(p.properties(), depth + 1);
    } else if (depth < MAX_DEPTH && p.items().isPresent()) {
      nested = List.of(field("_element", p.items().get(), 1, depth + 1));
    }
    return new Facets.Field(name, type(p), p.description().orElse(null), position, nested);
  }

  private static @Nullable String type(SchemaProperty p) {
    return p.logicalType().map(t -> t.text()).or(p::physicalType).orElse(null);
  }

  private Optional<Facets.Documentation> documentation(DataProduct p, OutputPort out) {
    return out.description().or(p::description).or(() -> out.contract().description().purpose())
        .filter(d -> !d.isBlank())
        .map(d -> new Facets.Documentation(producer, Facets.DOCUMENTATION, d, "text/markdown"));
  }

  private Facets.Ownership ownership(DataProduct p) {
    List<Facets.Owner> owners = new ArrayList<>();
    owners.add(new Facets.Owner(p.owner().id(), "OWNER"));
    for (TeamMember m : p.team()) {
      owners.add(new Facets.Owner(m.username(), m.role().orElse("MEMBER")));
    }
    return new Facets.Ownership(producer, Facets.OWNERSHIP, owners);
  }

  Facets.DataSource dataSource(PortAddress port) {
    DatasetName name = DatasetName.of(port);
    URI uri = servingLocation.apply(port).orElseGet(() -> URI.create(name.namespace()));
    return new Facets.DataSource(producer, Facets.DATA_SOURCE, name.namespace(), uri);
  }

  private Optional<Facets.Tags> tags(DataProduct p, OutputPort out) {
    List<Facets.Tag> tags = new ArrayList<>();
    for (String t : p.tags()) {
      tags.add(new Facets.Tag(t, "true", SOURCE, null));
    }
    for (SchemaObject o : out.contract().schema()) {
      String prefix = out.contract().schema().size() == 1 ? "" : o.name() + ".";
      for (SchemaProperty prop : o.properties()) {
        classifications(prefix + prop.name(), prop, tags, 0);
      }
    }
    return tags.isEmpty() ? Optional.empty() : Optional.of(new Facets.Tags(producer, Facets.TAGS, tags));
  }

  private static void classifications(String path, SchemaProperty p, List<Facets.Tag> tags, int depth) {
    p.classification().ifPresent(c -> tags.add(new Facets.Tag("classification", c, SOURCE, path)));
    if (depth < MAX_DEPTH) {
      for (SchemaProperty child : p.properties()) {
        classifications(path + "." + child.name(), child, tags, depth + 1);
      }
    }
  }

  private Facets.Product product(DataProduct p, OutputPort out) {
    return new Facets.Product(producer, Facets.PRODUCT, p.urn().toString(), p.id().toString(), p.name(),
        p.version().toString(), out.address().toString(), p.domain().name(),
        p.domain().kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), p.status().text(), p.owner().id(),
        new Facets.ContractRef(out.contract().id(), out.contract().version()));
  }
}
