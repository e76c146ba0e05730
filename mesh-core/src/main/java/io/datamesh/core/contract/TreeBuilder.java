package io.datamesh.core.contract;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds a JSON tree from parser tokens while recording where each node was written, detecting duplicate keys
 * (naming both lines), bounding nesting depth, and expanding YAML aliases within a budget.
 */
final class TreeBuilder {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonParser parser;
  private final @Nullable YAMLParser yaml;
  private final String origin;
  private final Lines lines;
  private final SourceMap map = new SourceMap();
  private final Map<String, Anchor> anchors = new HashMap<>();
  private int aliases;
  private int aliasNodes;

  private record Anchor(JsonNode node, int size) {}

  TreeBuilder(JsonParser parser, String origin, Lines lines) {
    this.parser = parser;
    this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
    this.origin = origin;
    this.lines = lines;
  }

  SourceMap sourceMap() {
    return map;
  }

  /** Reads the root value; the parser must be positioned on its first token. */
  JsonNode root() throws IOException {
    return value("", 1, 0, 0);
  }

  private JsonNode value(String pointer, int depth, int keyLine, int keyColumn) throws IOException {
    JsonToken token = parser.currentToken();
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (yaml != null && yaml.isCurrentAlias()) {
      map.put(pointer, new Loc(line, column, keyLine, keyColumn, null));
      return alias(parser.getText(), line, column);
    }
    Object id = yaml != null ? yaml.getObjectId() : null;
    String anchor = id == null ? null : id.toString();
    Loc[] plain = new Loc[1];
    JsonNode node;
    if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
      if (depth > Limits.MAX_DEPTH) {
        throw Failures.at(origin, "source.depth", line, column, "the document nests deeper than "
            + Limits.MAX_DEPTH + " levels", "ODCS contracts need far fewer; check that this is a contract");
      }
      node = token == JsonToken.START_OBJECT ? object(pointer, depth) : array(pointer, depth);
    } else {
      node = scalar(token, line, column, at.getCharOffset(), plain);
    }
    String text = plain[0] == null ? null : plain[0].plain();
    map.put(pointer, new Loc(line, column, keyLine, keyColumn, text));
    if (anchor != null) {
      anchors.put(anchor, new Anchor(node, size(node)));
    }
    return node;
  }

  private ObjectNode object(String pointer, int depth) throws IOException {
    ObjectNode node = NODES.objectNode();
    Map<String, int[]> seen = new HashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      JsonLocation at = parser.currentTokenLocation();
      int line = at.getLineNr();
      int column = at.getColumnNr();
      int[] first = seen.putIfAbsent(key, new int[] {line, column});
      if (first != null) {
        throw Failures.at(origin, "source.duplicate-key", line, column, "key '" + key + "' appears twice in"
            + " the same mapping: at line " + first[0] + ", column " + first[1] + " and at line " + line
            + ", column " + column, "keep one of them");
      }
      parser.nextToken();
      node.set(key, value(SourceMap.child(pointer, key), depth + 1, line, column));
    }
    return node;
  }

  private ArrayNode array(String pointer, int depth) throws IOException {
    ArrayNode node = NODES.arrayNode();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      node.add(value(SourceMap.child(pointer, node.size()), depth + 1, 0, 0));
    }
    return node;
  }

  private JsonNode scalar(JsonToken token, int line, int column, long offset, Loc[] plain) throws IOException {
    String text = parser.getText();
    if (yaml != null) {
      Lines.Style style = lines.style(line, column, offset);
      if (style == Lines.Style.PLAIN) {
        JsonNode node = Scalars.plain(text);
        if (!node.isTextual()) {
          plain[0] = new Loc(line, column, 0, 0, text);
        }
        return node;
      }
      if (style == Lines.Style.QUOTED || token == JsonToken.VALUE_STRING) {
        return TextNode.valueOf(text);
      }
      return Scalars.plain(text);
    }
    switch (token) {
      case VALUE_STRING:
        return TextNode.valueOf(text);
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      case VALUE_NUMBER_INT:
        return Scalars.integer(parser.getBigIntegerValue());
      default:
        return Scalars.decimal(parser.getDecimalValue());
    }
  }

  private JsonNode alias(String name, int line, int column) {
    Anchor anchor = anchors.get(name);
    if (anchor == null) {
      throw Failures.at(origin, "source.alias", line, column, "alias '*" + name + "' names no anchor defined"
          + " before it", "define '&" + name + "' earlier in the document");
    }
    aliases++;
    aliasNodes += anchor.size();
    if (aliases > Limits.MAX_ALIASES || aliasNodes > Limits.MAX_ALIAS_NODES) {
      throw Failures.at(origin, "source.alias-bomb", line, column, "aliases expand to more than "
          + Limits.MAX_ALIAS_NODES + " nodes or are used more than " + Limits.MAX_ALIASES + " times",
          "write the repeated parts out, or reuse fewer of them");
    }
    return anchor.node().deepCopy();
  }

  private static int size(JsonNode node) {
    int size = 1;
    for (JsonNode child : node) {
      size += size(child);
    }
    return size;
  }
}
