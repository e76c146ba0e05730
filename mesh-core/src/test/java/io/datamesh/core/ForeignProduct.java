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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A descriptor from "another implementation" of DataProduct (a reader, a user's class) that skipped the builder's
 * checks: its version may disagree with its URN and its output ports may repeat.
 */
record ForeignProduct(DataProduct base, String versionText, boolean duplicateOutputs) implements DataProduct {
  @Override
  public ProductUrn urn() {
    return base.urn();
  }

  @Override
  public Version version() {
    return Version.parse(versionText);
  }

  @Override
  public Optional<String> displayName() {
    return base.displayName();
  }

  @Override
  public Optional<String> description() {
    return base.description();
  }

  @Override
  public Domain domain() {
    return base.domain();
  }

  @Override
  public Owner owner() {
    return base.owner();
  }

  @Override
  public List<TeamMember> team() {
    return base.team();
  }

  @Override
  public LifecycleStatus status() {
    return base.status();
  }

  @Override
  public Set<String> tags() {
    return base.tags();
  }

  @Override
  public List<InputPort> inputPorts() {
    return base.inputPorts();
  }

  @Override
  public List<OutputPort> outputPorts() {
    List<OutputPort> outs = new ArrayList<>(base.outputPorts());
    if (duplicateOutputs) {
      outs.addAll(base.outputPorts());
    }
    return outs;
  }

  @Override
  public List<Port> otherPorts() {
    return base.otherPorts();
  }

  @Override
  public Map<String, Object> extensions() {
    return base.extensions();
  }
}
