package io.datamesh.api.contract;

import java.util.Map;

record LogicalTypeOptionsRecord(Map<String, Object> asMap) implements LogicalTypeOptions {}
