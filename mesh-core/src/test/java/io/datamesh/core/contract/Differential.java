package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import java.util.TreeSet;

/** Compares our validator with the official schema on one document. */
final class Differential {
  private Differential() {}

  /** Parses YAML or JSON text the way the reader does, without validating. */
  static JsonNode json(String text) {
    return DocumentParser.parse(text, "<test>").tree();
  }

  /**
   * Asserts that we and the oracle agree on validity, and that every location at which we report an error is one
   * the oracle reports once oneOf/anyOf branch errors are collapsed. Warnings are advice beyond the schema (a
   * deprecated form, a reference to another contract) and are not compared.
   */
  static void assertAgree(JsonNode document, String text) {
    ValidationResult ours = Contracts.validate(text);
    Set<String> oracle = OfficialSchema.locations(document);
    String context = "document: " + document + "\nours: " + ours.report() + "\noracle: " + oracle;
    assertThat(ours.isValid()).as(context).isEqualTo(oracle.isEmpty());
    Set<String> reported = new TreeSet<>();
    ours.errors().stream().forEach(p -> reported.add(p.path()));
    assertThat(oracle).as(context).containsAll(reported);
  }
}
