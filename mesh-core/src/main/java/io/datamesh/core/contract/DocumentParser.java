package io.datamesh.core.contract;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Parses YAML (read by YAML 1.2 rules) or JSON text into a tree with a source map. Every failure is a
 * {@link ContractException} with a line and column, never a parser's stack trace.
 */
final class DocumentParser {
  private static final StreamReadConstraints CONSTRAINTS = StreamReadConstraints.builder()
      .maxNestingDepth(Limits.MAX_DEPTH + 10).maxDocumentLength(Limits.MAX_BYTES)
      .maxStringLength(Limits.MAX_BYTES).build();
  private static final YAMLFactory YAML = YAMLFactory.builder().streamReadConstraints(CONSTRAINTS).build();
  private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(CONSTRAINTS).build();

  private DocumentParser() {}

  static Parsed parse(String text, String origin) {
    SourceText.check(text, origin);
    boolean json = looksLikeJson(text);
    try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw Failures.at(origin, "source.empty", 1, 1, "the document is empty",
            "a contract needs at least apiVersion, kind, id, version and status");
      }
      if (first != JsonToken.START_OBJECT) {
        JsonLocation at = parser.currentTokenLocation();
        throw Failures.at(origin, "source.not-an-object", at.getLineNr(), at.getColumnNr(), "the document is "
            + (first == JsonToken.START_ARRAY ? "a list" : "a single value") + ", not a mapping",
            "an ODCS contract is a mapping of keys such as apiVersion, kind and id");
      }
      TreeBuilder builder = new TreeBuilder(parser, origin, new Lines(text));
      JsonNode root = builder.root();
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw Failures.at(origin, "source.many-documents", at.getLineNr(), at.getColumnNr(),
            "the text holds more than one document", "keep one contract per file");
      }
      return new Parsed((ObjectNode) root, builder.sourceMap(), origin);
    } catch (JsonProcessingException e) {
      throw syntax(origin, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ContractException e) {
      throw e;
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits with unchecked exceptions of its own.
      throw new ContractException(origin, new Problem(Severity.ERROR, "source.syntax", "", 0, 0,
          firstLine(String.valueOf(e.getMessage())), "check the YAML syntax"), e);
    }
  }

  private static ContractException syntax(String origin, JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    return new ContractException(origin, new Problem(Severity.ERROR, "source.syntax", "", Math.max(line, 0),
        Math.max(column, 0), firstLine(e.getOriginalMessage()), "check the syntax around this line"), e);
  }

  /** Keeps the parser's own explanation but drops its multi-line excerpt with a caret. */
  private static String firstLine(String message) {
    StringBuilder out = new StringBuilder();
    for (String line : message.split("\n")) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("^") || t.startsWith("in 'reader'") || t.startsWith("at [Source")) {
        continue;
      }
      if (out.length() > 0) {
        out.append(": ");
      }
      out.append(t);
      if (out.length() > 200) {
        break;
      }
    }
    return out.length() == 0 ? "the text cannot be parsed" : out.toString();
  }

  private static boolean looksLikeJson(String text) {
    int i = 0;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == '[') {
      return true;
    }
    if (i >= text.length() || text.charAt(i) != '{') {
      return false;
    }
    i++;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i < text.length() && (text.charAt(i) == '"' || text.charAt(i) == '}');
  }
}
