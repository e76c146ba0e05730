package io.datamesh.core;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.arrow.mask.Mask;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.core.contract.Contracts;
import io.datamesh.core.contract.Format;
import io.datamesh.core.governance.EnforcementPlan;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The contract a principal sees: the port's contract with each masked property changed as the masked Arrow schema
 * is ({@code MaskedReader.consumerSchema}), and the row filter written on the served schema object. Works on the
 * ODCS tree the contract writer makes, so every other part of the contract (servers, team, SLAs) stays as
 * registered, and reads the result back through the validating reader.
 */
final class ConsumerContract {
  /** The custom property of a schema object that carries the canonical JSON of the principal's row filter. */
  static final String ROW_FILTER = "datamesh.rowFilter";
  private static final ObjectMapper JSON = new ObjectMapper();

  private ConsumerContract() {}

  static Contract of(OutputPort port, EnforcementPlan plan) {
    if (plan.masks().isEmpty() && plan.rowFilter().isEmpty()) {
      return port.contract();
    }
    return of(port.contract(), DataPlane.objectName(port), port.address(), plan);
  }

  /** The consumer view of {@code contract}, served as schema object {@code object} of the port {@code address}. */
  static Contract of(Contract contract, String object, PortAddress address, EnforcementPlan plan) {
    if (plan.masks().isEmpty() && plan.rowFilter().isEmpty()) {
      return contract;
    }
    Map<String, Mask> masks = plan.masks().stream().collect(Collectors.toMap(Mask::column, Function.identity()));
    try {
      ObjectNode tree = (ObjectNode) JSON.readTree(Contracts.write(contract, Format.JSON));
      for (JsonNode o : tree.path("schema")) {
        if (!object.equals(o.path("name").asText())) {
          continue;
        }
        for (JsonNode p : o.path("properties")) {
          Mask m = masks.get(p.path("name").asText());
          if (m != null) {
            mask((ObjectNode) p, m);
          }
        }
        plan.rowFilter().ifPresent(f -> custom((ObjectNode) o, ROW_FILTER, f.toJson()));
      }
      return Contracts.read(JSON.writeValueAsString(tree));
    } catch (JsonProcessingException | io.datamesh.core.contract.ContractException e) {
      throw new MeshException(MeshStatus.INTERNAL, "the consumer view of the contract of " + address
          + " could not be made (" + e.getMessage() + "); report this with the contract", e);
    }
  }

  private static void mask(ObjectNode p, Mask m) {
    // Examples and value rules describe clear values: a consumer of masked values gets neither.
    p.remove("examples");
    p.remove("quality");
    if (m.method() != MaskMethod.HASH) {
      // Nulls and '****' repeat, so the column no longer identifies a row; a keyed hash keeps distinct values
      // distinct (HMAC-SHA-256 collisions are not a practical concern), so it stays a key.
      p.remove("unique");
      p.remove("primaryKey");
      p.remove("primaryKeyPosition");
    }
    if (m.method() == MaskMethod.NULL_OUT) {
      p.put("required", false);
    } else {
      p.put("logicalType", "string");
      p.put("physicalType", "utf8");
      p.remove("logicalTypeOptions");
      p.remove("properties");
      p.remove("items");
    }
    custom(p, Mask.METADATA_METHOD, m.method().label());
    if (m.method() == MaskMethod.HASH) {
      custom(p, Mask.METADATA_KEY_ID, m.keyId());
    }
  }

  private static void custom(ObjectNode node, String property, String value) {
    ArrayNode list = node.get("customProperties") instanceof ArrayNode a ? a : node.putArray("customProperties");
    for (int i = list.size() - 1; i >= 0; i--) {
      if (property.equals(list.get(i).path("property").asText())) {
        list.remove(i);
      }
    }
    list.addObject().put("property", property).put("value", value);
  }
}
