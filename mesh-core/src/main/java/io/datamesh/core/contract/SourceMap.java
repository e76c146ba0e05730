package io.datamesh.core.contract;

import java.util.HashMap;
import java.util.Map;

/** Maps JSON pointers of a document to where their nodes were written. */
final class SourceMap {
  static final SourceMap EMPTY = new SourceMap();

  private final Map<String, Loc> locations = new HashMap<>(512);

  void put(String pointer, Loc loc) {
    locations.put(pointer, loc);
  }

  /** Returns the location of the node, or of its nearest ancestor that has one (alias copies have none). */
  Loc value(String pointer) {
    String p = pointer;
    while (true) {
      Loc loc = locations.get(p);
      if (loc != null || p.isEmpty()) {
        return loc == null ? Loc.UNKNOWN : loc;
      }
      p = p.substring(0, p.lastIndexOf('/'));
    }
  }

  /** Returns the location of the key of a member, falling back to its value. */
  Loc key(String pointer) {
    Loc loc = value(pointer);
    return loc.keyLine() > 0 ? new Loc(loc.keyLine(), loc.keyColumn(), 0, 0, null) : loc;
  }

  static String child(String pointer, String key) {
    if (key.indexOf('~') < 0 && key.indexOf('/') < 0) {
      return pointer + "/" + key;
    }
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }
}
