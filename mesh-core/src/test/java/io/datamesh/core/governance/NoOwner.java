package io.datamesh.core.governance;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A product from a descriptor reader that skipped the builder: it has no owner. */
record NoOwner(DataProduct base) implements DataProduct {
  @Override public ProductUrn urn() { return base.urn(); }
  @Override public Version version() { return base.version(); }
  @Override public Optional<String> displayName() { return base.displayName(); }
  @Override public Optional<String> description() { return base.description(); }
  @Override public Domain domain() { return base.domain(); }
  @SuppressWarnings("NullAway") @Override public Owner owner() { return null; }
  @Override public List<TeamMember> team() { return base.team(); }
  @Override public LifecycleStatus status() { return base.status(); }
  @Override public Set<String> tags() { return base.tags(); }
  @Override public List<InputPort> inputPorts() { return base.inputPorts(); }
  @Override public List<OutputPort> outputPorts() { return base.outputPorts(); }
  @Override public List<Port> otherPorts() { return base.otherPorts(); }
  @Override public Map<String, Object> extensions() { return base.extensions(); }
}
