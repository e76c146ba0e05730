package io.datamesh.api.contract;

import java.util.Optional;

record SlaPropertyRecord(
    String property,
    Optional<Object> value,
    Optional<Object> valueExt,
    Optional<String> unit,
    Optional<String> element,
    Optional<String> driver,
    Optional<String> description,
    Optional<String> schedule,
    Optional<String> scheduler,
    Optional<String> id) implements SlaProperty {}
