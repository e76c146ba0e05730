package io.datamesh.core.governance;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree that remembers the line of every mapping, sequence and key, so that
 * policy errors name {@code file:line}. Duplicate keys and nesting deeper than {@link #MAX_DEPTH} are errors.
 */
final class YamlDoc {
  static final int MAX_DEPTH = 64;
  static final int MAX_CHARS = 1 << 20;
  private static final YAMLFactory YAML = new YAMLFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  final String source;
  final JsonNode root;
  private final Map<JsonNode, Integer> lines = new IdentityHashMap<>();
  private final Map<JsonNode, Map<String, Integer>> keyLines = new IdentityHashMap<>();

  private YamlDoc(String source, String text) {
    this.source = source;
    if (text.length() > MAX_CHARS) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, source + ": policy file has " + text.length()
          + " characters, more than the limit of " + MAX_CHARS + "; split it into several policy sets");
    }
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken first = p.nextToken();
      this.root = first == null ? NODES.objectNode() : read(p, 0);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, source + ":" + line + ": not valid YAML: "
          + e.getOriginalMessage() + "; fix the syntax", e);
    } catch (IOException e) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, source + ": cannot read YAML: " + e.getMessage(), e);
    }
  }

  static YamlDoc parse(String source, String text) {
    return new YamlDoc(source, text);
  }

  private JsonNode read(JsonParser p, int depth) throws IOException {
    int line = p.currentTokenLocation().getLineNr();
    if (depth > MAX_DEPTH) {
      throw error(line, "nesting is deeper than " + MAX_DEPTH + " levels; flatten the rule");
    }
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        lines.put(o, line);
        Map<String, Integer> keys = new java.util.HashMap<>();
        keyLines.put(o, keys);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          int keyLine = p.currentTokenLocation().getLineNr();
          if (keys.containsKey(key)) {
            throw error(keyLine, "duplicate key '" + key + "' (first at line " + keys.get(key)
                + "); keep one of them");
          }
          keys.put(key, keyLine);
          p.nextToken();
          o.set(key, read(p, depth + 1));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        lines.put(a, line);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(read(p, depth + 1));
        }
        return a;
      }
      case VALUE_STRING: return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT: return NODES.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT: return NODES.numberNode(p.getDecimalValue());
      case VALUE_TRUE: return NODES.booleanNode(true);
      case VALUE_FALSE: return NODES.booleanNode(false);
      case VALUE_NULL: return NODES.nullNode();
      default: throw error(line, "unexpected YAML token " + t);
    }
  }

  /** Returns the line of a mapping or sequence, 0 if unknown. */
  int line(JsonNode container) {
    return lines.getOrDefault(container, 0);
  }

  /** Returns the line of a key in a mapping, falling back to the mapping's line. */
  int line(JsonNode container, String key) {
    Map<String, Integer> keys = keyLines.get(container);
    Integer l = keys == null ? null : keys.get(key);
    return l != null ? l : line(container);
  }

  MeshException error(int line, String message) {
    return new MeshException(MeshStatus.INVALID_ARGUMENT, source + ":" + line + ": " + message);
  }
}
