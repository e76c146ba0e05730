package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

record SchemaPropertyRecord(
    String name,
    Optional<String> id,
    Optional<LogicalType> logicalType,
    LogicalTypeOptions logicalTypeOptions,
    Optional<String> physicalType,
    Optional<String> physicalName,
    Optional<String> businessName,
    Optional<String> description,
    boolean required,
    boolean unique,
    boolean primaryKey,
    OptionalInt primaryKeyPosition,
    boolean partitioned,
    OptionalInt partitionKeyPosition,
    Optional<String> classification,
    Optional<String> encryptedName,
    boolean criticalDataElement,
    List<String> transformSourceObjects,
    Optional<String> transformLogic,
    Optional<String> transformDescription,
    List<@Nullable Object> examples,
    Optional<SchemaProperty> items,
    List<SchemaProperty> properties,
    List<QualityRule> quality,
    List<Relationship> relationships,
    List<String> tags,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions) implements SchemaProperty {}
