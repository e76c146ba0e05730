package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** Checks one node of a contract against the part of ODCS v3.1.0 that describes it, reporting to a {@link Check}. */
interface Shape {
  void check(JsonNode node, String path, Check check);

  /** Tells whether a plain YAML scalar read as a number or boolean should be taken back as its text here. */
  default boolean wantsString() {
    return false;
  }
}
