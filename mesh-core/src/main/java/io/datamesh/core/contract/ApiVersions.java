package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/** Decides from {@code apiVersion} whether a document can be read at all: v3.1.0 and v3.0.x can, v2 cannot. */
final class ApiVersions {
  private ApiVersions() {}

  /** Returns the problem that stops reading, if any; a missing or mistyped apiVersion is left to validation. */
  static Optional<Problem> gate(JsonNode root, SourceMap map) {
    JsonNode v = root.get("apiVersion");
    if (v == null || !v.isTextual() || OdcsShapes.API_VERSIONS.contains(v.asText())) {
      return Optional.empty();
    }
    Loc loc = map.value("/apiVersion");
    String text = v.asText();
    if (text.startsWith("v2") || text.startsWith("2")) {
      return Optional.of(new Problem(Severity.ERROR, "version.unsupported", "/apiVersion", loc.line(),
          loc.column(), "ODCS " + text + " is not supported: this SDK reads ODCS v3.1.0 and v3.0.x",
          "convert the contract to v3 first, for example with datacontract-cli: datacontract export --format odcs"));
    }
    return Optional.of(new Problem(Severity.ERROR, "version.unsupported", "/apiVersion", loc.line(), loc.column(),
        "apiVersion '" + Json.abbreviate(text) + "' is not an ODCS version this SDK reads (v3.1.0, v3.0.2,"
            + " v3.0.1, v3.0.0)", text.startsWith("v3") ? "write apiVersion: v3.1.0 if the contract follows"
            + " v3.1.0" : "an ODCS contract declares apiVersion: v3.1.0"));
  }

  static boolean isV30(JsonNode root) {
    JsonNode v = root.get("apiVersion");
    return v != null && v.isTextual() && v.asText().startsWith("v3.0.");
  }
}
