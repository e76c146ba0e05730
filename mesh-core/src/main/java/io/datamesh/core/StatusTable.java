package io.datamesh.core;

import io.datamesh.api.DataProduct;
import io.datamesh.api.ObservabilityPort;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.ContractDescription;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.arrow.ArrowSchemas;

/**
 * The table an observability port serves: one row per output port of its product, in declaration order, with the
 * port's {@link io.datamesh.core.observe.PortStatus} at read time. The schema is written once, as an ODCS contract
 * ({@link #contract}), and the Arrow schema is derived from it, so the two cannot drift apart.
 */
final class StatusTable {
  /** The schema object the table is, and the one the contract declares. */
  static final String OBJECT = "port_status";
  /** The version of the table's schema: a new column is a minor, a changed or removed one a major. */
  static final String VERSION = "1.0.0";
  /** The zone of every time the table serves: the Arrow type's, and the contract's {@code defaultTimezone}. */
  static final String UTC = "UTC";

  private StatusTable() {}

  /** The contract an observability port serves under: the status table, owned by the port's product. */
  static Contract contract(DataProduct product, ObservabilityPort port) {
    return Contract.builder().setId(port.address().toString()).setVersion(VERSION).setStatus("active")
        .setName(product.name() + " status").setDomain(product.domain().name()).setDataProduct(product.name())
        .setDescription(ContractDescription.builder()
            .setPurpose("The health of every output port of " + product.urn() + ": its current snapshot, its last"
                + " publish and failure, its latest quality result and recent history, and its SLO states.")
            .setUsage("Computed at read time from the state Mesh.observe reports; one row per output port, in"
                + " declaration order. Holds no row of the ports' data.")
            .setLimitations("The quality history lives in memory and starts empty when the mesh restarts;"
                + " last_failure_reason is served only for a quality gate rejection, to readers who see the port's"
                + " data in clear.")
            .build())
        .addSchemaObject(object()).build();
  }

  static org.apache.arrow.vector.types.pojo.Schema schema(Contract contract) {
    return ArrowSchemas.of(contract, OBJECT);
  }

  private static SchemaObject object() {
    return SchemaObject.builder(OBJECT).setDescription("One row per output port of the product.")
        .addProperty(required("port", LogicalType.STRING, "The output port's name.").setPrimaryKey(true)
            .setPrimaryKeyPosition(1).build())
        .addProperty(optional("snapshot_id", LogicalType.INTEGER, "The id of the current snapshot; null before the"
            + " first publish."))
        .addProperty(required("rows", LogicalType.INTEGER, "The rows of the current snapshot; 0 without one.")
            .build())
        .addProperty(required("size_bytes", LogicalType.INTEGER, "The Arrow memory the current snapshot holds; 0"
            + " without one.").build())
        .addProperty(timestamp("last_published", false, "When the current snapshot became current, on the mesh"
            + " clock (UTC, microseconds); null if this mesh has not published the port."))
        .addProperty(optional("quality_result", LogicalType.STRING, "The overall result of the latest quality"
            + " report, accepted or rejected: passed, warning, failed, error; null until a publish reached the"
            + " quality gate (a rejected first publish shows failed with no snapshot)."))
        .addProperty(int32("quality_checks_failed", "The checks of the latest report that failed or errored (they"
            + " block a publish); 0 without a report."))
        .addProperty(int32("quality_checks_warned", "The checks of the latest report with a warning; 0 without a"
            + " report."))
        .addProperty(timestamp("last_failure_at", false, "When the last rejected or failed publish happened"
            + " (UTC, microseconds); it stays after a later success, so compare it with last_published."))
        .addProperty(optional("last_failure_status", LogicalType.STRING, "The MeshStatus of the last failure"
            + " (QUALITY_GATE_FAILED for the quality gate)."))
        .addProperty(optional("last_failure_reason", LogicalType.STRING, "Why the last publish failed: the quality"
            + " gate's reason for readers who read the port in clear; otherwise a sentence starting with"
            + " 'withheld:' (a reason can quote data, and the reason of any other failure is a message from the"
            + " publish's own code, withheld from every reader; ask the product owner)."))
        .addProperty(SchemaProperty.builder("slos", LogicalType.ARRAY).setRequired(true)
            .setDescription("The SLO states at the monitor's last check, ordered by SLA name; empty before the"
                + " first check or when the contract states no monitored SLA property.")
            .setItems(SchemaProperty.builder("item", LogicalType.OBJECT).setRequired(true)
                .addProperty(required("sla", LogicalType.STRING, "The SLA property, as the contract names it.")
                    .build())
                .addProperty(required("state", LogicalType.STRING, "MET, AT_RISK or BREACHED.").build())
                .addProperty(required("observed_ms", LogicalType.INTEGER, "What the monitor measured, in"
                    + " milliseconds.").build())
                .addProperty(required("allowed_ms", LogicalType.INTEGER, "What the contract allows, in"
                    + " milliseconds.").build())
                .addProperty(timestamp("checked_at", true, "When the monitor checked, on the mesh clock (UTC,"
                    + " microseconds)."))
                .build())
            .build())
        .addProperty(SchemaProperty.builder("quality_history", LogicalType.ARRAY).setRequired(true)
            .setDescription("The recent quality reports, oldest first, the last being the latest report's;"
                + " bounded by MeshBuilder.setQualityHistory. Observed metric values are left out: they can be"
                + " column values (a maximum, say); Mesh.observe has them.")
            .setItems(SchemaProperty.builder("item", LogicalType.OBJECT).setRequired(true)
                .addProperty(timestamp("at", true, "When the report was made, on the mesh clock (UTC,"
                    + " microseconds)."))
                .addProperty(required("run_id", LogicalType.STRING, "The report's run id.").build())
                .addProperty(required("result", LogicalType.STRING, "The report's overall result.").build())
                .addProperty(required("rows", LogicalType.INTEGER, "The rows the report checked.").build())
                .build())
            .build())
        .build();
  }

  private static io.datamesh.api.contract.SchemaPropertyBuilder required(String name, LogicalType type,
      String description) {
    return SchemaProperty.builder(name, type).setRequired(true).setDescription(description);
  }

  private static SchemaProperty optional(String name, LogicalType type, String description) {
    return SchemaProperty.builder(name, type).setDescription(description).build();
  }

  /** A time in UTC, stated explicitly (ODCS {@code timezone} and {@code defaultTimezone}), as Arrow serves it. */
  private static SchemaProperty timestamp(String name, boolean required, String description) {
    return SchemaProperty.builder(name, LogicalType.TIMESTAMP).setRequired(required).setDescription(description)
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setTimezone(true).setDefaultTimezone(UTC).build())
        .build();
  }

  private static SchemaProperty int32(String name, String description) {
    return required(name, LogicalType.INTEGER, description)
        .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("i32").build()).build();
  }
}
