package io.datamesh.core.governance;

import io.datamesh.api.DataProduct;
import io.datamesh.api.OutputPort;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Every field (schema property at any depth, including the properties of array items) of a product's output
 * ports, with its JSON Pointer in the {@link Projection} and a dotted name path such as {@code orders.address.city}.
 */
final class FieldWalk {
  /** One field, where it is and what declares it. */
  record Field(String pointer, String path, OutputPort port, SchemaObject object, SchemaProperty property) {}

  private FieldWalk() {}

  static List<Field> of(DataProduct product) {
    List<Field> out = new ArrayList<>();
    List<OutputPort> ports = product.outputPorts();
    for (int i = 0; i < ports.size(); i++) {
      OutputPort port = ports.get(i);
      if (port.contract() == null) {
        continue;
      }
      List<SchemaObject> schema = port.contract().schema();
      for (int j = 0; j < schema.size(); j++) {
        String base = "/interfaceComponents/outputPorts/" + i + "/promises/api/definition/schema/" + j;
        SchemaObject o = schema.get(j);
        children(o.properties(), base, o.name(), port, o, 1, out);
      }
    }
    return out;
  }

  private static void children(List<SchemaProperty> props, String base, String path, OutputPort port,
      SchemaObject o, int depth, List<Field> out) {
    for (int k = 0; k < props.size(); k++) {
      visit(props.get(k), base + "/properties/" + k, path, port, o, depth, out);
    }
  }

  private static void visit(SchemaProperty p, String pointer, String parentPath, OutputPort port, SchemaObject o,
      int depth, List<Field> out) {
    String path = parentPath + "." + p.name();
    out.add(new Field(pointer, path, port, o, p));
    if (depth >= ContractJson.MAX_DEPTH) {
      return;
    }
    children(p.properties(), pointer, path, port, o, depth + 1, out);
    p.items().ifPresent(items -> items(items, pointer + "/items", path + "[]", port, o, depth + 1, out));
  }

  private static void items(SchemaProperty items, String pointer, String path, OutputPort port, SchemaObject o,
      int depth, List<Field> out) {
    if (depth >= ContractJson.MAX_DEPTH) {
      return;
    }
    children(items.properties(), pointer, path, port, o, depth + 1, out);
    items.items().ifPresent(i -> items(i, pointer + "/items", path + "[]", port, o, depth + 1, out));
  }
}
