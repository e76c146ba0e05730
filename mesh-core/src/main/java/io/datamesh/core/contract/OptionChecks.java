package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Checks logical type options beyond the schema: lower bounds not above upper ones, patterns RE2/J can run, time
 * zones and date formats Java knows.
 */
final class OptionChecks {
  private OptionChecks() {}

  static void check(JsonNode root, Check check) {
    Walk.schemaObjects(root, (o, op) -> {
      Walk.properties(o, op, (p, pp) -> options(p, pp, check));
      Walk.elements(o.get("quality"), SourceMap.child(op, "quality"), (r, rp) -> rulePattern(r, rp, check));
      Walk.properties(o, op, (p, pp) -> Walk.elements(p.get("quality"), SourceMap.child(pp, "quality"),
          (r, rp) -> rulePattern(r, rp, check)));
    });
  }

  private static void options(JsonNode property, String path, Check check) {
    JsonNode options = property.get("logicalTypeOptions");
    if (options == null || !options.isObject()) {
      return;
    }
    String op = SourceMap.child(path, "logicalTypeOptions");
    order(options, op, "minLength", "maxLength", check);
    order(options, op, "minItems", "maxItems", check);
    order(options, op, "minProperties", "maxProperties", check);
    order(options, op, "minimum", "maximum", check);
    JsonNode pattern = options.get("pattern");
    if (pattern != null && pattern.isTextual()) {
      pattern(pattern.asText(), SourceMap.child(op, "pattern"), check);
    }
    String type = Walk.text(property, "logicalType");
    JsonNode zone = options.get("defaultTimezone");
    if (zone != null && zone.isTextual()) {
      try {
        ZoneId.of(zone.asText());
      } catch (DateTimeException e) {
        check.error("options.timezone", SourceMap.child(op, "defaultTimezone"), "'" + zone.asText()
            + "' is not a time zone Java knows", "use an IANA id such as Etc/UTC or Europe/Paris");
      }
    }
    JsonNode format = options.get("format");
    if (format != null && format.isTextual() && (type.equals("date") || type.equals("timestamp")
        || type.equals("time"))) {
      try {
        DateTimeFormatter.ofPattern(format.asText());
      } catch (IllegalArgumentException e) {
        check.error("options.format", SourceMap.child(op, "format"), "'" + format.asText() + "' is not a date-time"
            + " pattern: " + e.getMessage(), "use java.time.format.DateTimeFormatter letters, such as yyyy-MM-dd");
      }
    }
  }

  private static void order(JsonNode options, String path, String min, String max, Check check) {
    JsonNode lo = options.get(min);
    JsonNode hi = options.get(max);
    if (lo != null && hi != null && lo.isNumber() && hi.isNumber()
        && lo.decimalValue().compareTo(hi.decimalValue()) > 0) {
      check.error("options.bounds", SourceMap.child(path, min), min + " " + lo.asText() + " is above " + max + " "
          + hi.asText(), "no value could satisfy both");
    }
  }

  private static void rulePattern(JsonNode rule, String path, Check check) {
    JsonNode args = rule.get("arguments");
    if (args != null && args.isObject() && args.has("pattern") && args.get("pattern").isTextual()) {
      pattern(args.get("pattern").asText(), SourceMap.child(SourceMap.child(path, "arguments"), "pattern"), check);
    }
  }

  private static void pattern(String pattern, String path, Check check) {
    try {
      ContractPattern.compile(pattern);
    } catch (IllegalArgumentException e) {
      check.error("pattern.unsupported", path, e.getMessage(), ContractPattern.hint(pattern));
    }
  }
}
