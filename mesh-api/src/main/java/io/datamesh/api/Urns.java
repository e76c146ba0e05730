package io.datamesh.api;

/** Shared parsing of DPDS URNs; messages quote the input, the expected form and the faulty part. */
final class Urns {
  private Urns() {}

  static void checkSegment(String what, String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '.' || c == '_' || c == '-';
      if (!ok) {
        throw new IllegalArgumentException(what + " '" + value + "' has the character '" + c + "' at index " + i
            + "; use letters, digits, '.', '_' or '-'");
      }
    }
  }

  static String[] split(String text, String form) {
    if (!text.startsWith(ProductUrn.PREFIX)) {
      throw malformed(text, form, "it must start with 'urn:dpds:'");
    }
    return text.split(":", -1);
  }

  static ProductUrn product(String text, String form, String[] parts) {
    if (!"dataproducts".equals(parts[3])) {
      throw malformed(text, form, "the fourth part must be 'dataproducts', was '" + parts[3] + "'");
    }
    String major = parts[5];
    if (major.isEmpty() || !major.chars().allMatch(c -> c >= '0' && c <= '9')
        || (major.length() > 1 && major.charAt(0) == '0')) {
      throw malformed(text, form, "the major version '" + major
          + "' must be a whole number without leading zeros, such as 1");
    }
    // Every int that ProductUrn accepts must read back: 2147483647 has ten digits.
    if (major.length() > 10 || Long.parseLong(major) > Integer.MAX_VALUE) {
      throw malformed(text, form, "the major version " + major + " is larger than " + Integer.MAX_VALUE);
    }
    try {
      return new ProductUrn(parts[2], parts[4], Integer.parseInt(major));
    } catch (IllegalArgumentException e) {
      throw malformed(text, form, e.getMessage());
    }
  }

  static MeshException malformed(String text, String form, String why) {
    return new MeshException(MeshStatus.INVALID_ARGUMENT,
        "malformed DPDS URN '" + text + "': " + why + "; expected " + form);
  }
}
