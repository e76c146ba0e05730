package io.datamesh.api.contract;

import java.util.List;
import java.util.Optional;

record ContractRecord(
    String id,
    String version,
    String apiVersion,
    Optional<String> name,
    Optional<String> status,
    Optional<String> domain,
    Optional<String> dataProduct,
    Optional<String> tenant,
    ContractDescription description,
    List<String> tags,
    List<SchemaObject> schema,
    List<Server> servers,
    List<SlaProperty> slaProperties,
    Optional<Team> team,
    List<Role> roles,
    List<CustomProperty> customProperties,
    List<AuthoritativeDefinition> authoritativeDefinitions) implements Contract {}
