package io.datamesh.api.contract;

import java.util.Optional;

record CustomPropertyRecord(String property, Optional<Object> value, Optional<String> description,
    Optional<String> id) implements CustomProperty {}
