package io.datamesh.api.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;

record ServerRecord(
    String server,
    String type,
    Optional<String> id,
    Optional<String> description,
    Optional<String> environment,
    List<Role> roles,
    List<CustomProperty> customProperties,
    Map<String, Object> attributes) implements Server {}
