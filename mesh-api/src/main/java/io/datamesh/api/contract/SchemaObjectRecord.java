package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

record SchemaObjectRecord(
    String name,
    Optional<String> id,
    Optional<String> physicalName,
    Optional<String> physicalType,
    Optional<String> businessName,
    Optional<String> description,
    Optional<String> dataGranularityDescription,
    List<SchemaProperty> properties,
    List<QualityRule> quality,
    List<Relationship> relationships,
    List<String> tags,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions) implements SchemaObject {}
