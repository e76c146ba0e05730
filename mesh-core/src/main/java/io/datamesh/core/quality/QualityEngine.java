package io.datamesh.core.quality;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.arrow.quality.ScanPlan;
import java.util.List;
import java.util.Objects;

/**
 * The quality checks of one schema object of a contract, compiled once: the checks its schema implies
 * ({@code required}, {@code unique}, primary keys, {@code logicalTypeOptions}), its quality rules, the SLA
 * properties on its elements and custom Java rules, all planned as one vectorized pass. Immutable and
 * thread-safe; each publish {@linkplain #start() starts} its own {@link QualityPass}.
 *
 * <pre>{@code
 * QualityEngine engine = QualityEngine.forContract(contract, "orders", QualitySettings.defaults());
 * QualityPass pass = engine.start();
 * while (reader.loadNextBatch()) {
 *   BatchVerdict verdict = pass.accept(reader.getVectorSchemaRoot());
 * }
 * QualityOutcome outcome = pass.finish();
 * outcome.gate().throwIfRejected();
 * }</pre>
 */
public final class QualityEngine {
  private final Contract contract;
  private final SchemaObject object;
  private final QualitySettings settings;
  private final List<CheckSpec> checks;
  private final ScanPlan plan;

  private QualityEngine(Contract contract, SchemaObject object, QualitySettings settings) {
    this.contract = contract;
    this.object = object;
    this.settings = settings;
    CheckCompiler.Compiled compiled = CheckCompiler.compile(object, contract.slaProperties(), settings);
    this.checks = compiled.checks();
    this.plan = compiled.plan();
  }

  /**
   * Compiles the checks of a schema object.
   *
   * @param contract the contract
   * @param schemaObject the name of the schema object the batches hold
   * @param settings how to decide
   * @return the engine
   * @throws MeshException with {@link MeshStatus#NOT_FOUND} if the contract has no such schema object
   */
  public static QualityEngine forContract(Contract contract, String schemaObject, QualitySettings settings) {
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(schemaObject, "schemaObject");
    Objects.requireNonNull(settings, "settings");
    SchemaObject object = contract.schemaObject(schemaObject).orElseThrow(() -> new MeshException(
        MeshStatus.NOT_FOUND, "contract '" + contract.id() + "' has no schema object '" + schemaObject
            + "' (it has " + contract.schema().stream().map(SchemaObject::name).toList()
            + "): name one of them"));
    return new QualityEngine(contract, object, settings);
  }

  /**
   * Starts a pass over one stream of batches.
   *
   * @return a new pass
   */
  public QualityPass start() {
    return new QualityPass(this);
  }

  /**
   * Returns the ids of the checks, in report order (the quarantine ceiling, when on, comes last).
   *
   * @return the ids
   */
  public List<String> checkIds() {
    return checks.stream().map(CheckSpec::id).toList();
  }

  /**
   * Returns the settings.
   *
   * @return the settings
   */
  public QualitySettings settings() {
    return settings;
  }

  Contract contract() {
    return contract;
  }

  SchemaObject object() {
    return object;
  }

  List<CheckSpec> checks() {
    return checks;
  }

  ScanPlan plan() {
    return plan;
  }
}
