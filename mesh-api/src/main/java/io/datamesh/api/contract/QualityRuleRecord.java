package io.datamesh.api.contract;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

record QualityRuleRecord(
    Optional<String> id,
    Optional<String> name,
    Optional<String> description,
    QualityType type,
    Optional<QualityMetric> metric,
    Map<String, @Nullable Object> arguments,
    Optional<Threshold> threshold,
    QualityUnit unit,
    Optional<String> severity,
    Optional<QualityDimension> dimension,
    Optional<String> businessImpact,
    Optional<String> method,
    Optional<String> schedule,
    Optional<String> scheduler,
    Optional<String> query,
    Optional<String> engine,
    Optional<Object> implementation,
    List<String> tags,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions) implements QualityRule {}
