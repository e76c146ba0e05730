package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

record RoleRecord(String role, Optional<String> access, Optional<String> description,
    Optional<String> firstLevelApprovers, Optional<String> secondLevelApprovers,
    List<CustomProperty> customProperties, Optional<String> id) implements Role {}
