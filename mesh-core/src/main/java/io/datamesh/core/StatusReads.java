package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.ObservabilityPort;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Port;
import io.datamesh.api.PortAddress;
import io.datamesh.api.PortKind;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.core.governance.EnforcementPlan;
import io.datamesh.core.observe.PublishFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Serves observability ports: {@link Mesh#read} of one returns the {@link StatusTable} of its product, decided and
 * audited like a read of an output port; {@link Mesh#contract} of one returns the table's contract.
 */
final class StatusReads {
  private final DataPlane plane;
  private final Observability observability;

  StatusReads(DataPlane plane, Observability observability) {
    this.plane = plane;
    this.observability = observability;
  }

  ArrowReader read(ReadRequest request, Registry view) {
    DataProduct product = owner(request.port(), view);
    ObservabilityPort port = port(product, request.port());
    if (request.snapshotId().isPresent()) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "read of " + request.port() + " names snapshot "
          + request.snapshotId().getAsLong() + ", but an observability port keeps no snapshots: it serves the"
          + " status of " + product.urn() + "'s output ports at read time; drop setSnapshotId");
    }
    Contract served = StatusTable.contract(product, port);
    Schema schema = StatusTable.schema(served);
    Principal principal = request.principal();
    return plane.readStatus(request, product, port, served,
        a -> StatusBatch.write(schema, rows(product, principal), a));
  }

  /**
   * The status rows, computed after the read was allowed: every port's status from one moment (the ports as the
   * read resolved them, with no second registry lookup), then the access decisions on the reasons, outside that
   * moment's lock since they can run a custom controller.
   */
  private List<StatusBatch.Row> rows(DataProduct product, Principal principal) {
    List<OutputPort> ports = product.outputPorts();
    List<Observability.Observed> statuses = observability.observe(ports);
    List<StatusBatch.Row> rows = new ArrayList<>(ports.size());
    for (int i = 0; i < ports.size(); i++) {
      Observability.Observed o = statuses.get(i);
      OutputPort out = ports.get(i);
      rows.add(new StatusBatch.Row(o.status(), o.status().lastFailure().map(f -> reason(f, o.meshReason(),
          principal, out, product))));
    }
    return rows;
  }

  /**
   * The reason a reader gets. The quality gate writes its reason itself, but it can quote the port's data (a
   * freshness check names its column's latest value): it goes to readers who see the port in clear. Any other
   * reason is a message that came from, or passed through, the publish's own code (its source, transform or
   * listener), which can quote anything, other ports' data included: it is withheld from every reader.
   */
  private String reason(PublishFailure failure, boolean meshReason, Principal principal, OutputPort out,
      DataProduct product) {
    if (!meshReason) {
      return "withheld: the reason of this " + failure.status() + " failure is a message from the publish's own"
          + " code (its source, transform or listener), which can quote any data; ask the product owner ("
          + product.owner().id() + ")";
    }
    if (plane.enforcement.seesInClear(principal, out)) {
      return failure.reason();
    }
    return "withheld: " + principal.id() + " does not read " + out.address() + " in clear (denied, masked or"
        + " row-filtered), and a quality gate reason can quote its data; read the status as a principal who does,"
        + " or ask the product owner (" + product.owner().id() + ")";
  }

  Optional<Contract> contract(PortAddress address, Registry view) {
    return view.get(address.product()).flatMap(p -> p.port(PortKind.OBSERVABILITY, address.name())
        .map(o -> StatusTable.contract(p, (ObservabilityPort) o)));
  }

  /**
   * The contract for a principal, after the same decision as a read (nothing audited, nothing read): as an output
   * port's, with the masks and the row filter of the principal's plan written in.
   */
  Optional<Contract> contract(PortAddress address, Principal principal, Registry view) {
    Optional<DataProduct> product = view.get(address.product());
    Optional<Port> port = product.flatMap(p -> p.port(PortKind.OBSERVABILITY, address.name()));
    if (port.isEmpty()) {
      return Optional.empty();
    }
    ObservabilityPort o = (ObservabilityPort) port.get();
    Contract served = StatusTable.contract(product.get(), o);
    EnforcementPlan plan = plane.enforcement.viewStatus(principal, product.get(), o, served);
    return Optional.of(ConsumerContract.of(served, StatusTable.OBJECT, address, plan));
  }

  /** A publish or quarantine read aimed at an observability port: it holds no data of its own. */
  static MeshException noData(String what, PortAddress address, Registry view) {
    String outputs = view.get(address.product()).map(p -> "; the output ports of " + p.urn() + " are "
        + p.outputPorts().stream().map(o -> o.address().toString()).toList()).orElse("");
    return new MeshException(MeshStatus.INVALID_ARGUMENT, what + " " + address + " refused: it is an observability"
        + " port, which serves the status the mesh computes from its product's output ports and holds no data of"
        + " its own; use an output port address" + outputs);
  }

  /** {@link Mesh#observe} of an observability port: it has no status of its own, it serves its product's. */
  static MeshException notObservable(PortAddress address, Registry view) {
    String outputs = view.get(address.product()).map(p -> " (" + p.outputPorts().stream()
        .map(o -> o.address().toString()).collect(java.util.stream.Collectors.joining(", ")) + ")").orElse("");
    return new MeshException(MeshStatus.INVALID_ARGUMENT, "observe(" + address + ") refused: it is an observability"
        + " port, which has no status of its own but serves the status of its product's output ports; call"
        + " observe on an output port" + outputs + ", or read the observability port with"
        + " mesh.read(ReadRequest.of(address, principal))");
  }

  private static DataProduct owner(PortAddress address, Registry view) {
    return view.get(address.product()).orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND,
        "observability port " + address + " is not registered: product " + address.product() + " is not; register"
            + " the product, declaring the port with DataProductBuilder.addPort(PortKind.OBSERVABILITY, name,"
            + " description), first"));
  }

  private static ObservabilityPort port(DataProduct product, PortAddress address) {
    return product.port(PortKind.OBSERVABILITY, address.name()).map(ObservabilityPort.class::cast)
        .orElseThrow(() -> new MeshException(MeshStatus.NOT_FOUND, "product " + product.urn() + " declares no"
            + " observability port '" + address.name() + "'; it declares " + product.otherPorts().stream()
                .filter(p -> p.kind() == PortKind.OBSERVABILITY).map(Port::name).toList() + ". Declare it with"
            + " DataProductBuilder.addPort(PortKind.OBSERVABILITY, \"" + address.name() + "\", description)"
            + " and register the product again"));
  }
}
