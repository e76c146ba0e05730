package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

record ContractDescriptionRecord(Optional<String> purpose, Optional<String> usage, Optional<String> limitations,
    List<AuthoritativeDefinition> authoritativeDefinitions, List<CustomProperty> customProperties)
    implements ContractDescription {}
