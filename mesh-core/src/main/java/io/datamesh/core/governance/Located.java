package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.JsonNode;

/** A node of the subject's JSON document with its JSON Pointer from the document root. */
record Located(String pointer, JsonNode node) {
  Located child(String key, JsonNode value) {
    return new Located(pointer + "/" + key.replace("~", "~0").replace("/", "~1"), value);
  }

  Located child(int index, JsonNode value) {
    return new Located(pointer + "/" + index, value);
  }
}
