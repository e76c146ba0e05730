package io.datamesh.api.contract;

import java.util.Optional;

record AuthoritativeDefinitionRecord(String url, String type, Optional<String> description, Optional<String> id)
    implements AuthoritativeDefinition {}
