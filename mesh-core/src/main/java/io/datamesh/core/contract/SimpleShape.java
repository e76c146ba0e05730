package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.JsonNode;

/** Booleans, any value, and the scalar union (string, number, boolean or null) of SLA values. */
enum SimpleShape implements Shape {
  BOOLEAN {
    @Override
    public void check(JsonNode node, String path, Check check) {
      if (!node.isBoolean()) {
        check.error("schema.type", path, "expected true or false, found " + Json.kind(node),
            node.isTextual() ? "remove the quotes" : "");
      }
    }
  },
  ANY {
    @Override
    public void check(JsonNode node, String path, Check check) {
      // Any JSON value is allowed here.
    }
  },
  SCALAR {
    @Override
    public void check(JsonNode node, String path, Check check) {
      if (node.isContainerNode()) {
        check.error("schema.type", path, "expected a string, number, boolean or null, found " + Json.kind(node),
            "write a single value");
      }
    }
  },
  OBJECT {
    @Override
    public void check(JsonNode node, String path, Check check) {
      if (!node.isObject()) {
        check.error("schema.type", path, "expected a mapping, found " + Json.kind(node), "");
      }
    }
  }
}
