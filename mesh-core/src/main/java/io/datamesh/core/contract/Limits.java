package io.datamesh.core.contract;

/**
 * Bounds on what the reader accepts, so that a hostile document fails fast instead of exhausting memory or time.
 * The largest official ODCS example is about 190 KB and 12 levels deep.
 */
final class Limits {
  /** The largest document accepted, in bytes (UTF-8) or chars. */
  static final int MAX_BYTES = 2 * 1024 * 1024;
  /** The deepest nesting of mappings and lists accepted. */
  static final int MAX_DEPTH = 40;
  /** The most YAML aliases ({@code *name}) one document may use. */
  static final int MAX_ALIASES = 100;
  /** The most nodes that aliases may add to a document when expanded. */
  static final int MAX_ALIAS_NODES = 100_000;

  private Limits() {}
}
