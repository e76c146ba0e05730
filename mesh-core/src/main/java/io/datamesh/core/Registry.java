package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.InputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.ProductUrn;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An immutable view of the registered products. Writers build a new view and swap it in, so readers never lock
 * and never see half a registration.
 */
final class Registry {
  static final Comparator<ProductUrn> URN_ORDER = Comparator.comparing(ProductUrn::toString);
  static final Registry EMPTY = new Registry(new TreeMap<>(URN_ORDER), Map.of());

  private final TreeMap<ProductUrn, DataProduct> byUrn;
  private final Map<UUID, DataProduct> byId;

  private Registry(TreeMap<ProductUrn, DataProduct> byUrn, Map<UUID, DataProduct> byId) {
    this.byUrn = byUrn;
    this.byId = byId;
  }

  Optional<DataProduct> get(ProductUrn urn) {
    return Optional.ofNullable(byUrn.get(urn));
  }

  Optional<DataProduct> get(UUID id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<DataProduct> all() {
    return List.copyOf(byUrn.values());
  }

  Registry with(DataProduct product, UUID id) {
    TreeMap<ProductUrn, DataProduct> urns = new TreeMap<>(byUrn);
    Map<UUID, DataProduct> ids = new HashMap<>(byId);
    urns.put(product.urn(), product);
    ids.put(id, product);
    return new Registry(urns, Collections.unmodifiableMap(ids));
  }

  Registry without(ProductUrn urn, UUID id) {
    TreeMap<ProductUrn, DataProduct> urns = new TreeMap<>(byUrn);
    Map<UUID, DataProduct> ids = new HashMap<>(byId);
    urns.remove(urn);
    ids.remove(id);
    return new Registry(urns, Collections.unmodifiableMap(ids));
  }

  /** Tells whether an upstream output port exists in this view. */
  boolean hasOutputPort(PortAddress address) {
    DataProduct p = byUrn.get(address.product());
    return p != null && address.kind() == PortKind.OUTPUT && p.outputPort(address.name()).isPresent();
  }

  /** Returns every input port, across products, whose upstream is missing from this view. */
  List<PortAddress> pendingInputs() {
    List<PortAddress> pending = new ArrayList<>();
    for (DataProduct p : byUrn.values()) {
      for (InputPort in : p.inputPorts()) {
        if (in.upstream().isPresent() && !hasOutputPort(in.upstream().get())) {
          pending.add(in.address());
        }
      }
    }
    return List.copyOf(pending);
  }
}
