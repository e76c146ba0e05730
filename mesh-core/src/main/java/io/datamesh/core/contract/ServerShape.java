package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A server: the base keys and, selected by {@code type}, the connection keys of that server type (ODCS v3.1.0
 * {@code ServerSource}); which are required depends on the type.
 */
final class ServerShape implements Shape {
  static final ServerShape INSTANCE = new ServerShape();
  /** Type to its keys: {@code *} marks a required key; {@code :s} string, {@code :i} integer, {@code :u} URI. */
  private static final Map<String, String> T = new LinkedHashMap<>();
  private static final ObjectShape BASE = Shapes.object("a server").with("id", CommonShapes.STABLE_ID)
      .with("server", Shapes.string()).with("type", Shapes.string().oneOf(List.copyOf(typesList()), "see the"
          + " ODCS server types; use custom for others")).with("description", Shapes.string())
      .with("environment", Shapes.string()).with("roles", Shapes.array(CommonShapes.ROLE))
      .with("customProperties", CommonShapes.CUSTOM_PROPERTIES);

  private ServerShape() {}

  private static List<String> typesList() {
    if (T.isEmpty()) {
    T.put("api", "*location:u");
    T.put("athena", "*stagingDir:u *schema:s catalog:s regionName:s");
    T.put("azure", "*location:u *format:s delimiter:s");
    T.put("bigquery", "*project:s *dataset:s");
    T.put("clickhouse", "*host:s *port:i *database:s");
    T.put("databricks", "host:s *catalog:s *schema:s");
    T.put("denodo", "*host:s *port:i database:s");
    T.put("dremio", "*host:s *port:i schema:s");
    T.put("duckdb", "*database:s schema:s");
    T.put("glue", "*account:s *database:s location:u format:s");
    T.put("cloudsql", "*host:s *port:i *database:s *schema:s");
    T.put("db2", "*host:s *port:i *database:s schema:s");
    T.put("hive", "*host:s port:i *database:s");
    T.put("impala", "*host:s port:i *database:s");
    T.put("informix", "*host:s port:i *database:s");
    T.put("kafka", "*host:s format:s");
    T.put("kinesis", "region:s format:s");
    T.put("local", "*path:s *format:s");
    T.put("mysql", "*host:s *port:i *database:s");
    T.put("oracle", "*host:s *port:i *serviceName:s");
    T.put("postgresql", "*host:s *port:i *database:s *schema:s");
    T.put("postgres", "*host:s *port:i *database:s *schema:s");
    T.put("presto", "*host:s catalog:s schema:s");
    T.put("pubsub", "*project:s");
    T.put("redshift", "host:s *database:s *schema:s region:s account:s");
    T.put("s3", "*location:u endpointUrl:u format:s delimiter:s");
    T.put("sftp", "*location:p format:s delimiter:s");
    T.put("snowflake", "host:s port:i *account:s *database:s *schema:s warehouse:s");
    T.put("sqlserver", "*host:s port:i *database:s *schema:s");
    T.put("synapse", "*host:s *port:i *database:s");
    T.put("trino", "*host:s *port:i *catalog:s *schema:s");
    T.put("vertica", "*host:s *port:i *database:s *schema:s");
    T.put("zen", "*host:s port:i *database:s");
    T.put("custom", "account:s catalog:s database:s dataset:s delimiter:s endpointUrl:u format:s host:s"
        + " location:u path:s port:i project:s region:s regionName:s schema:s serviceName:s stagingDir:s"
        + " warehouse:s stream:s");
    }
    return new ArrayList<>(T.keySet());
  }

  static List<String> types() {
    return typesList();
  }

  @Override
  public void check(JsonNode node, String path, Check check) {
    if (!node.isObject()) {
      check.error("schema.type", path, "expected a server (a mapping), found " + Json.kind(node), "");
      return;
    }
    JsonNode type = node.get("type");
    String t = type != null && type.isTextual() && T.containsKey(type.asText()) ? type.asText() : "";
    Kind kind = KINDS.computeIfAbsent(t, ServerShape::kind);
    ObjectShape.members(node, path, check, kind.fields(), kind.required(), true, kind.what());
  }

  /** The keys, required keys and name of one server type ({@code ""}: unknown type, base keys only). */
  private record Kind(Map<String, Shape> fields, List<String> required, String what) {}

  private static final Map<String, Kind> KINDS = new java.util.concurrent.ConcurrentHashMap<>();

  private static Kind kind(String type) {
    Map<String, Shape> fields = new LinkedHashMap<>(BASE.fields());
    List<String> required = new ArrayList<>(List.of("server", "type"));
    if (!type.isEmpty()) {
      for (String entry : T.get(type).split(" ")) {
        boolean req = entry.startsWith("*");
        String[] kv = (req ? entry.substring(1) : entry).split(":");
        fields.put(kv[0], shape(kv[1]));
        if (req) {
          required.add(kv[0]);
        }
      }
    }
    return new Kind(fields, List.copyOf(required), type.isEmpty() ? "a server" : "a " + type + " server");
  }

  private static Shape shape(String kind) {
    switch (kind) {
      case "i":
        return Shapes.integer();
      case "u":
        return Shapes.string().format(Formats.URI_FORMAT);
      case "p":
        return Shapes.string().format(Formats.URI_FORMAT).pattern("^sftp://.*", "an sftp:// location");
      default:
        return Shapes.string();
    }
  }
}
