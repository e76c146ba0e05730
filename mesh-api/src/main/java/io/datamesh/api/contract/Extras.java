package io.datamesh.api.contract;

import java.util.ArrayList;
import java.util.List;

/** Holds the tags, custom properties and authoritative definitions that most contract elements carry. */
final class Extras {
  final List<String> tags = new ArrayList<>();
  final List<CustomProperty> customProperties = new ArrayList<>();
  final List<AuthoritativeDefinition> definitions = new ArrayList<>();
}
