package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The test oracle: the official ODCS v3.1.0 JSON Schema run by networknt's validator (draft 2019-09, formats
 * asserted). Its error locations are collapsed as the differential test compares them: an error found inside a
 * branch of {@code oneOf}/{@code anyOf} counts at the location where that keyword applied.
 */
final class OfficialSchema {
  private static final Schema SCHEMA = load();

  private OfficialSchema() {}

  private static Schema load() {
    try {
      JsonNode node = new ObjectMapper().readTree(Fixtures.dir("odcs/schema").resolve("odcs-json-schema-v3.1.0.json")
          .toFile());
      SchemaRegistryConfig config = SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER)
          .formatAssertionsEnabled(true).build();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09,
          b -> b.schemaRegistryConfig(config)).getSchema(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(JsonNode document) {
    return SCHEMA.validate(document);
  }

  /** Returns the JSON pointers the oracle reports, branch errors collapsed to their oneOf/anyOf. */
  static Set<String> locations(JsonNode document) {
    Set<String> out = new TreeSet<>();
    for (Error e : errors(document)) {
      out.add(collapsed(e));
    }
    return out;
  }

  static String collapsed(Error e) {
    NodePath eval = e.getEvaluationPath();
    NodePath instance = e.getInstanceLocation();
    int consumed = 0;
    for (int i = 0; i < eval.getNameCount() - 1; i++) {
      String token = eval.getName(i);
      switch (token) {
        case "properties":
          i++;
          consumed++;
          break;
        case "items":
        case "additionalProperties":
        case "unevaluatedProperties":
          consumed++;
          break;
        case "allOf":
          i++;
          break;
        case "oneOf":
        case "anyOf":
          return prefix(instance, consumed);
        default:
          break;
      }
    }
    return pointer(instance, instance.getNameCount());
  }

  private static String prefix(NodePath instance, int count) {
    return pointer(instance, count);
  }

  private static String pointer(NodePath instance, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count && i < instance.getNameCount(); i++) {
      out.append('/').append(instance.getName(i).replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }
}
