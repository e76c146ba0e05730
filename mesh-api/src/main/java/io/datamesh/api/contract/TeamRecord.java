package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

record TeamRecord(Optional<String> name, Optional<String> description, List<TeamMember> members, List<String> tags,
    List<CustomProperty> customProperties, List<AuthoritativeDefinition> authoritativeDefinitions,
    Optional<String> id) implements Team {}
