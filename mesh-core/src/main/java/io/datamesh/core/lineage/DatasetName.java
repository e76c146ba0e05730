package io.datamesh.core.lineage;

import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenLineage identity of a dataset: a namespace and a name. For an output port the rule is a function of its
 * URN only, never of the host, the transport or the serving location, so that two meshes that read the same port
 * name the same dataset and lineage stitches across them:
 *
 * <pre>{@code
 * urn:dpds:{namespace}:dataproducts:{product}:{major}:outputports:{port}
 *   -> namespace "dpds://{namespace}", name "{product}/v{major}/{port}"
 *
 * DatasetName n = DatasetName.of(PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:outputports:lines"));
 * n.namespace(); // "dpds://com.example"
 * n.name();      // "orders/v1/lines"
 * }</pre>
 *
 * <p>The rule is reversible ({@link #portAddress()}), because URN segments never contain {@code /}. Where the port
 * is served (in-process, Arrow Flight, HTTP) goes into the {@code dataSource} facet, not into the name.
 *
 * @param namespace the OpenLineage dataset namespace
 * @param name the OpenLineage dataset name, unique within the namespace
 */
public record DatasetName(String namespace, String name) {
  /** The URI scheme of the namespaces of mesh ports. */
  public static final String SCHEME = "dpds";

  private static final Pattern PORT_NAME = Pattern.compile("([^/]+)/v(\\d+)/([^/]+)");
  private static final Pattern HIERARCHICAL = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/]*)/?(.*)");

  /**
   * Checks the parts.
   *
   * @param namespace see the record component
   * @param name see the record component
   * @throws IllegalArgumentException if a part is blank
   */
  public DatasetName {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    if (namespace.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("dataset namespace and name must not be blank, were '" + namespace
          + "' and '" + name + "'");
    }
  }

  /**
   * Names the dataset an output port serves.
   *
   * @param port the address of an output port
   * @return the dataset name
   * @throws IllegalArgumentException if the address is not an output port's
   */
  public static DatasetName of(PortAddress port) {
    Objects.requireNonNull(port, "port");
    if (port.kind() != PortKind.OUTPUT) {
      throw new IllegalArgumentException("only output ports serve datasets; " + port + " is an "
          + port.kind().segment() + " port");
    }
    ProductUrn p = port.product();
    return new DatasetName(SCHEME + "://" + p.namespace(), p.name() + "/v" + p.major() + "/" + port.name());
  }

  /**
   * Names a dataset outside the mesh from its location, following the OpenLineage naming conventions: the scheme and
   * authority of a URI are the namespace and its path is the name.
   *
   * <pre>{@code
   * DatasetName.ofExternal("postgres://db:5432/shop.public.orders"); // ("postgres://db:5432", "shop.public.orders")
   * DatasetName.ofExternal("legacy-orders");                         // ("external", "legacy-orders")
   * }</pre>
   *
   * @param source a URI such as {@code postgres://db:5432/shop.public.orders}, or any other name
   * @return the dataset name
   */
  public static DatasetName ofExternal(String source) {
    Objects.requireNonNull(source, "source");
    Matcher m = HIERARCHICAL.matcher(source.strip());
    if (m.matches() && !m.group(2).isEmpty()) {
      return new DatasetName(m.group(1), m.group(2));
    }
    return new DatasetName("external", source.strip().isEmpty() ? "unnamed" : source.strip());
  }

  /**
   * Reverses the naming rule: returns the output port this dataset is, if it is a mesh port.
   *
   * @return the port address, or empty for a dataset outside the mesh
   */
  public Optional<PortAddress> portAddress() {
    String prefix = SCHEME + "://";
    Matcher m = PORT_NAME.matcher(name);
    if (!namespace.startsWith(prefix) || !m.matches()) {
      return Optional.empty();
    }
    try {
      ProductUrn urn = ProductUrn.of(namespace.substring(prefix.length()), m.group(1),
          Integer.parseInt(m.group(2)));
      return Optional.of(urn.port(PortKind.OUTPUT, m.group(3)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Returns {@code namespace/name}, the form catalogs display. */
  @Override
  public String toString() {
    return namespace + "/" + name;
  }
}
