package io.datamesh.core.contract;

import org.jspecify.annotations.Nullable;

/**
 * Where a node came from: the line and column of its value and of its key, and for a plain YAML scalar that was
 * read as a number, boolean or null, its text as written (so a string position can take it back as a string).
 */
record Loc(int line, int column, int keyLine, int keyColumn, @Nullable String plain) {
  static final Loc UNKNOWN = new Loc(0, 0, 0, 0, null);
}
