package io.datamesh.arrow;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Decides, from schemas alone, whether incoming Arrow data may be served under a contract's schema: every contract
 * column must be present by name with an assignable type ({@code docs/types.md}); incoming nullability is ignored
 * (the served schema is the contract's); extra columns are rejected or dropped. Values are not checked here: nulls
 * in required columns, ranges and patterns belong to the quality engine.
 *
 * <pre>{@code
 * ConformancePlan plan = Conformance.plan(ArrowSchemas.of(contract, "orders"), incoming, ExtraColumns.DROP);
 * plan.coercions(); // e.g. [Coercion[column=qty, from=Int(32, true), to=Int(64, true), kind=WIDEN]]
 * }</pre>
 */
public final class Conformance {
  private Conformance() {}

  /**
   * Plans how batches of {@code incoming} become batches of {@code contract}.
   *
   * @param contract the contract's Arrow schema ({@link ArrowSchemas#of})
   * @param incoming the schema of the data offered
   * @param extra what to do with columns the contract does not declare
   * @return the plan
   * @throws MeshException {@code CONTRACT_VIOLATION} naming every missing column, unassignable type and (with
   *     {@link ExtraColumns#REJECT}) extra column
   */
  public static ConformancePlan plan(Schema contract, Schema incoming, ExtraColumns extra) {
    Map<String, Integer> byName = new HashMap<>();
    List<Field> in = incoming.getFields();
    for (int i = 0; i < in.size(); i++) {
      byName.putIfAbsent(in.get(i).getName(), i);
    }
    List<String> problems = new ArrayList<>();
    List<Coercion> coercions = new ArrayList<>();
    List<Field> targets = contract.getFields();
    int[] sources = new int[targets.size()];
    Step[] steps = new Step[targets.size()];
    for (int t = 0; t < targets.size(); t++) {
      Field target = targets.get(t);
      Integer s = byName.remove(target.getName());
      if (s == null) {
        problems.add("column '" + target.getName() + "' is missing (contract type " + target.getType() + ")");
        continue;
      }
      sources[t] = s;
      steps[t] = Assignability.step(target.getName(), target, in.get(s), coercions);
      if (steps[t] == null) {
        problems.add("column '" + target.getName() + "' has type " + describe(in.get(s))
            + ", which is not assignable to the contract type " + describe(target));
      }
    }
    List<String> extras = in.stream().map(Field::getName).filter(byName::containsKey).toList();
    if (extra == ExtraColumns.REJECT && !extras.isEmpty()) {
      problems.add("columns " + extras + " are not in the contract (the port rejects extra columns; set it to"
          + " drop them, or add them to the contract)");
    }
    if (!problems.isEmpty()) {
      throw new MeshException(MeshStatus.CONTRACT_VIOLATION, "data does not conform to the contract schema '"
          + contract.getCustomMetadata().getOrDefault(ArrowSchemas.SCHEMA_OBJECT_KEY, "?") + "': "
          + String.join("; ", problems));
    }
    return new ConformancePlan(contract, sources, steps, coercions, extras);
  }

  private static String describe(Field f) {
    String type = f.getType().toString();
    if (f.getDictionary() != null) {
      type = "Dictionary<" + type + ">";
    }
    return f.getChildren().isEmpty() ? type : type + f.getChildren().stream().map(Conformance::describe).toList();
  }
}
