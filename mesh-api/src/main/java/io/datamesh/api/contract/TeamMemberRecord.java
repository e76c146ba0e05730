package io.datamesh.api.contract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

record TeamMemberRecord(String username, Optional<String> name, Optional<String> role,
    Optional<String> description, Optional<LocalDate> dateIn, Optional<LocalDate> dateOut,
    Optional<String> replacedByUsername, List<String> tags, List<CustomProperty> customProperties,
    Optional<String> id) implements TeamMember {}
