package io.datamesh.core.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The test oracle: the official OpenLineage 2-0-2 schemas from {@code shared/standards/openlineage} plus our own
 * facet schema from {@code docs/schemas}, resolved locally by {@code $id} (never from the network). An event is
 * valid when it passes the core schema, every facet passes the schema its {@code _schemaURL} names, and every facet
 * sits in a slot its schema's base type allows.
 */
public final class OpenLineageSchemas {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final String CORE = "https://openlineage.io/spec/2-0-2/OpenLineage.json";
  private static final Map<String, String> BASE_OF_SLOT = Map.of(
      "dataset", "DatasetFacet", "facets", "DatasetFacet", "inputFacets", "InputDatasetFacet",
      "outputFacets", "OutputDatasetFacet", "run", "RunFacet", "job", "JobFacet");

  private static final Map<String, JsonNode> DOCUMENTS = load();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12, b -> b
          .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
          .schemas(id -> DOCUMENTS.containsKey(id) ? DOCUMENTS.get(id).toString() : null));
  private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private OpenLineageSchemas() {}

  static Path standards() {
    String override = System.getProperty("datamesh.standards");
    Path dir = override != null ? Path.of(override) : Path.of("..", "..", "shared", "standards");
    return dir.resolve("openlineage");
  }

  private static Map<String, JsonNode> load() {
    Map<String, JsonNode> docs = new HashMap<>();
    try (Stream<Path> facets = Files.list(standards().resolve("facets"))) {
      List<Path> files = new ArrayList<>(facets.toList());
      files.add(standards().resolve("OpenLineage.json"));
      files.add(Path.of("..", "docs", "schemas", "datamesh-product-facet.json"));
      for (Path f : files) {
        JsonNode doc = JSON.readTree(f.toFile());
        docs.put(doc.get("$id").asText(), doc);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the OpenLineage schemas under " + standards().toAbsolutePath(), e);
    }
    return docs;
  }

  /** Fails the test with every problem of the event, quoting it. */
  public static void assertValid(String json) {
    assertThat(problems(json)).as("problems of %s", json).isEmpty();
  }

  /** Every problem of one event: core schema, facet schemas, facet slots. */
  public static List<String> problems(String json) {
    List<String> problems = new ArrayList<>();
    JsonNode event;
    try {
      event = JSON.readTree(json);
    } catch (IOException e) {
      return List.of("not JSON: " + e.getMessage());
    }
    if (json.contains("\n")) {
      problems.add("the event spans several lines");
    }
    for (Error m : schema(CORE).validate(event)) {
      problems.add("core: " + m.getMessage());
    }
    String expected = CORE + "#/$defs/" + (event.has("run") ? "RunEvent" : event.has("dataset") ? "DatasetEvent"
        : "JobEvent");
    if (!expected.equals(event.path("schemaURL").asText())) {
      problems.add("schemaURL " + event.path("schemaURL") + " should be " + expected);
    }
    facets(event.path("run").path("facets"), "run", problems);
    facets(event.path("job").path("facets"), "job", problems);
    facets(event.path("dataset").path("facets"), "dataset", problems);
    for (String side : List.of("inputs", "outputs")) {
      for (JsonNode d : event.path(side)) {
        facets(d.path("facets"), "facets", problems);
        facets(d.path(side.equals("inputs") ? "inputFacets" : "outputFacets"),
            side.equals("inputs") ? "inputFacets" : "outputFacets", problems);
      }
      if (event.has(side) && event.has("dataset")) {
        problems.add("a dataset event carries " + side);
      }
    }
    return problems;
  }

  private static void facets(JsonNode facets, String slot, List<String> problems) {
    for (Iterator<Map.Entry<String, JsonNode>> it = facets.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      facet(e.getKey(), e.getValue(), slot, problems);
    }
  }

  private static void facet(String key, JsonNode facet, String slot, List<String> problems) {
    String url = facet.path("_schemaURL").asText();
    int hash = url.indexOf("#/$defs/");
    if (hash < 0 || !DOCUMENTS.containsKey(url.substring(0, hash))) {
      problems.add(slot + "." + key + ": _schemaURL " + url + " names no known facet schema");
      return;
    }
    JsonNode doc = DOCUMENTS.get(url.substring(0, hash));
    String type = url.substring(hash + "#/$defs/".length());
    String declared = doc.path("properties").path(key).path("$ref").asText();
    if (!declared.equals("#/$defs/" + type)) {
      problems.add(slot + "." + key + ": " + type + " is declared under key " + doc.path("properties").fieldNames()
          .next() + ", not " + key);
    }
    String base = doc.path("$defs").path(type).path("allOf").path(0).path("$ref").asText();
    String allowed = CORE + "#/$defs/" + BASE_OF_SLOT.get(slot);
    if (!base.equals(allowed)) {
      problems.add(slot + "." + key + ": " + type + " extends " + base + ", but this slot takes " + allowed);
    }
    for (Error m : schema(url).validate(facet)) {
      problems.add(slot + "." + key + ": " + m.getMessage());
    }
  }

  private static Schema schema(String url) {
    return SCHEMAS.computeIfAbsent(url, u -> REGISTRY.getSchema(SchemaLocation.of(u)));
  }
}
