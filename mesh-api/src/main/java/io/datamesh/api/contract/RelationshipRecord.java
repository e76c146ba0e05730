package io.datamesh.api.contract;

import java.util.List;

record RelationshipRecord(List<String> from, List<String> to, String type, List<CustomProperty> customProperties)
    implements Relationship {}
