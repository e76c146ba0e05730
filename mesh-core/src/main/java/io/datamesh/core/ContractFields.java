package io.datamesh.core;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The property names a contract declares, at any depth (object properties and array items), lower-cased. */
final class ContractFields {
  private ContractFields() {}

  static Set<String> names(Contract contract) {
    Set<String> names = new HashSet<>();
    for (SchemaObject o : contract.schema()) {
      for (SchemaProperty p : o.properties()) {
        collect(p, names, 0);
      }
    }
    return names;
  }

  private static void collect(SchemaProperty p, Set<String> names, int depth) {
    if (depth > 64) {
      return; // contracts are validated elsewhere; a pathological depth must not overflow the stack here
    }
    names.add(p.name().toLowerCase(Locale.ROOT));
    for (SchemaProperty child : p.properties()) {
      collect(child, names, depth + 1);
    }
    p.items().ifPresent(items -> collect(items, names, depth + 1));
  }
}
