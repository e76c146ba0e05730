package io.datamesh.core.contract;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.datamesh.api.contract.Contract;

/** Writes a contract tree as YAML or JSON text. */
final class ContractWriter {
  private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build())
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  private ContractWriter() {}

  static String write(Contract contract, Format format) {
    return write(tree(contract), format);
  }

  static String write(JsonNode tree, Format format) {
    try {
      String text = (format == Format.YAML ? YAML : JSON).writeValueAsString(tree);
      return text.endsWith("\n") ? text : text + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a contract tree could not be written", e);
    }
  }

  static ObjectNode tree(Contract contract) {
    return contract instanceof TreeContract ? ((TreeContract) contract).tree() : ModelToTree.contract(contract);
  }
}
