package io.datamesh.api.contract;

import java.util.Map;

/** Holds shared empty values (interfaces cannot have private constants). */
final class EmptyHolder {
  static final LogicalTypeOptions EMPTY = new LogicalTypeOptionsRecord(Map.of());

  private EmptyHolder() {}
}
