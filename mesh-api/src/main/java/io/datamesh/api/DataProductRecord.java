package io.datamesh.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The value behind {@link DataProduct} when built in code; equal descriptors are equal values. */
record DataProductRecord(ProductUrn urn, Version version, Optional<String> displayName, Optional<String> description,
    Domain domain, Owner owner, List<TeamMember> team, LifecycleStatus status, Set<String> tags,
    List<InputPort> inputPorts, List<OutputPort> outputPorts, List<Port> otherPorts, Map<String, Object> extensions)
    implements DataProduct {
  DataProductRecord {
    team = List.copyOf(team);
    tags = Set.copyOf(tags);
    inputPorts = List.copyOf(inputPorts);
    outputPorts = List.copyOf(outputPorts);
    otherPorts = List.copyOf(otherPorts);
    extensions = Map.copyOf(extensions);
  }

  @Override
  public String toString() {
    return "DataProduct[" + urn + " " + version + ", domain=" + domain.name() + " (" + domain.kind() + ")"
        + ", owner=" + owner.id() + ", status=" + status.text() + "]";
  }
}
