package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.InputPort;
import io.datamesh.api.LifecycleStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.Port;
import io.datamesh.api.ProductUrn;
import io.datamesh.api.TeamMember;
import io.datamesh.api.Version;
import io.datamesh.core.governance.Deprecation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A registered descriptor whose lifecycle the mesh changed (deprecated, retired): the status is the mesh's, the
 * rest is the descriptor's. New versions of the product keep the deprecation.
 */
record LifecycleProduct(DataProduct descriptor, LifecycleStatus status, Optional<Deprecation> deprecation)
    implements DataProduct {

  /** Returns the descriptor as registered, without the mesh's lifecycle. */
  static DataProduct descriptorOf(DataProduct p) {
    return p instanceof LifecycleProduct l ? l.descriptor() : p;
  }

  static Optional<Deprecation> deprecationOf(DataProduct p) {
    return p instanceof LifecycleProduct l ? l.deprecation() : Optional.empty();
  }

  @Override public ProductUrn urn() { return descriptor.urn(); }
  @Override public Version version() { return descriptor.version(); }
  @Override public Optional<String> displayName() { return descriptor.displayName(); }
  @Override public Optional<String> description() { return descriptor.description(); }
  @Override public Domain domain() { return descriptor.domain(); }
  @Override public Owner owner() { return descriptor.owner(); }
  @Override public List<TeamMember> team() { return descriptor.team(); }
  @Override public Set<String> tags() { return descriptor.tags(); }
  @Override public List<InputPort> inputPorts() { return descriptor.inputPorts(); }
  @Override public List<OutputPort> outputPorts() { return descriptor.outputPorts(); }
  @Override public List<Port> otherPorts() { return descriptor.otherPorts(); }
  @Override public Map<String, Object> extensions() { return descriptor.extensions(); }
}
