package io.datamesh.arrow.quality;

/** Hand-written validators of the string formats: no regular expression, no allocation beyond the text. */
final class Formats {
  private Formats() {}

  static boolean valid(StringFormat f, String s) {
    switch (f) {
      case EMAIL:
        return email(s);
      case UUID:
        return uuid(s);
      case URI:
        return uri(s);
      case IPV4:
        return ipv4(s);
      case IPV6:
        return ipv6(s);
      default:
        return hostname(s);
    }
  }

  static boolean uuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      if (i == 8 || i == 13 || i == 18 || i == 23) {
        if (c != '-') {
          return false;
        }
      } else if (Character.digit(c, 16) < 0) {
        return false;
      }
    }
    return true;
  }

  static boolean email(String s) {
    int at = s.lastIndexOf('@');
    if (at <= 0 || at > 64 || at == s.length() - 1 || s.length() > 254) {
      return false;
    }
    for (int i = 0; i < at; i++) {
      char c = s.charAt(i);
      if (c <= ' ' || c == '@' || c == '(' || c == ')' || c == ',' || c == ':' || c == ';' || c == '<'
          || c == '>' || c == '[' || c == ']' || c == '\\' || c == '"' || c >= 0x7F) {
        return false;
      }
    }
    if (s.charAt(0) == '.' || s.charAt(at - 1) == '.' || s.substring(0, at).contains("..")) {
      return false;
    }
    String host = s.substring(at + 1);
    return host.indexOf('.') > 0 && hostname(host);
  }

  static boolean hostname(String s) {
    if (s.isEmpty() || s.length() > 253) {
      return false;
    }
    String h = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    for (String label : h.split("\\.", -1)) {
      if (label.isEmpty() || label.length() > 63 || label.charAt(0) == '-'
          || label.charAt(label.length() - 1) == '-') {
        return false;
      }
      for (int i = 0; i < label.length(); i++) {
        char c = label.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-')) {
          return false;
        }
      }
    }
    return true;
  }

  static boolean ipv4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || p.length() > 1 && p.charAt(0) == '0') {
        return false;
      }
      int n = 0;
      for (int i = 0; i < p.length(); i++) {
        char c = p.charAt(i);
        if (c < '0' || c > '9') {
          return false;
        }
        n = n * 10 + (c - '0');
      }
      if (n > 255) {
        return false;
      }
    }
    return true;
  }

  static boolean ipv6(String s) {
    if (s.isEmpty() || s.length() > 45) {
      return false;
    }
    int dc = s.indexOf("::");
    if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) {
      return false;
    }
    String head = dc >= 0 ? s.substring(0, dc) : s;
    String tail = dc >= 0 ? s.substring(dc + 2) : "";
    int groups = 0;
    String[] all = (dc >= 0 ? (head + (head.isEmpty() || tail.isEmpty() ? "" : ":") + tail) : s).split(":", -1);
    if (all.length == 1 && all[0].isEmpty()) {
      return dc >= 0;
    }
    for (int i = 0; i < all.length; i++) {
      String g = all[i];
      if (i == all.length - 1 && g.indexOf('.') >= 0) {
        if (!ipv4(g)) {
          return false;
        }
        groups += 2;
        continue;
      }
      if (g.isEmpty() || g.length() > 4) {
        return false;
      }
      for (int k = 0; k < g.length(); k++) {
        if (Character.digit(g.charAt(k), 16) < 0) {
          return false;
        }
      }
      groups++;
    }
    return dc >= 0 ? groups <= 7 : groups == 8;
  }

  static boolean uri(String s) {
    try {
      java.net.URI u = new java.net.URI(s);
      return u.isAbsolute() && u.getScheme() != null;
    } catch (java.net.URISyntaxException e) {
      return false;
    }
  }
}
