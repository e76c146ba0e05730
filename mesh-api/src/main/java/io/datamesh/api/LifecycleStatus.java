package io.datamesh.api;

import java.util.Locale;

/**
 * Where a data product stands in its lifecycle; the names match ODCS {@code status} examples.
 *
 * <p>{@code LifecycleStatus.parse("active") == LifecycleStatus.ACTIVE}
 */
public enum LifecycleStatus {
  /** Suggested, not yet built. */
  PROPOSED,
  /** Being built; consumers should not rely on it. */
  DRAFT,
  /** Served and supported. */
  ACTIVE,
  /** Still served, but consumers should move to a successor. */
  DEPRECATED,
  /** No longer served. */
  RETIRED;

  /**
   * Returns the lower-case text used in descriptors, such as {@code active}.
   *
   * @return the text
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Parses a status, ignoring case.
   *
   * @param text such as {@code active}
   * @return the status
   * @throws IllegalArgumentException if the text names no status
   */
  public static LifecycleStatus parse(String text) {
    for (LifecycleStatus s : values()) {
      if (s.name().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown lifecycle status '" + text
        + "': expected proposed, draft, active, deprecated or retired");
  }
}
