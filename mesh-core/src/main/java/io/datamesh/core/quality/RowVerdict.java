package io.datamesh.core.quality;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row that broke row-level rules: where it is, its primary key, and the checks it broke.
 *
 * <pre>{@code
 * outcome.rowSample().forEach(v -> log.info("row {} {} broke {}", v.row(), v.key(), v.checks()));
 * }</pre>
 *
 * @param row the index of the row in the whole stream of batches, from 0
 * @param key the primary-key values as text (a null part is left out)
 * @param checks the ids of the checks the row broke
 */
public record RowVerdict(long row, Map<String, String> key, List<String> checks) {
  /**
   * Copies the parts.
   *
   * @param row see the record component
   * @param key see the record component
   * @param checks see the record component
   */
  public RowVerdict {
    key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
    checks = List.copyOf(checks);
  }
}
