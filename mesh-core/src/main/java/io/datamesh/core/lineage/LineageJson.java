package io.datamesh.core.lineage;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Writes the wire model: compact, absent values left out, fields in declaration order. */
final class LineageJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
          JsonInclude.Include.NON_NULL))
      .build();

  private LineageJson() {}

  static String write(OpenLineage.Event event) {
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write an OpenLineage event: " + e.getOriginalMessage(), e);
    }
  }

  static String time(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }
}
