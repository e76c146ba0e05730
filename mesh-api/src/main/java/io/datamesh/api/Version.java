package io.datamesh.api;

import java.util.Objects;

/**
 * A semantic version ({@code MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD]}, semver 2.0.0) with semver precedence as its
 * natural order; build metadata is kept but ignored by {@link #compareTo(Version)}.
 *
 * <pre>{@code
 * Version v = Version.parse("1.4.0-rc.1");
 * v.major();                               // 1
 * v.compareTo(Version.parse("1.4.0")) < 0; // a pre-release comes first
 * }</pre>
 *
 * @param major the major version: a change breaks consumers
 * @param minor the minor version: compatible additions
 * @param patch the patch version: compatible fixes
 * @param preRelease the pre-release identifiers, such as {@code rc.1}, or empty
 * @param build the build metadata, or empty
 */
public record Version(int major, int minor, int patch, String preRelease, String build)
    implements Comparable<Version> {

  /**
   * Checks the parts.
   *
   * @param major see the record component
   * @param minor see the record component
   * @param patch see the record component
   * @param preRelease see the record component
   * @param build see the record component
   * @throws IllegalArgumentException if a number is negative or an identifier is malformed
   */
  public Version {
    if (major < 0 || minor < 0 || patch < 0) {
      throw new IllegalArgumentException("version numbers must be >= 0, were " + major + "." + minor + "." + patch);
    }
    Objects.requireNonNull(preRelease, "preRelease");
    Objects.requireNonNull(build, "build");
    checkIdentifiers("pre-release", preRelease, true);
    checkIdentifiers("build", build, false);
  }

  /**
   * Creates a release version.
   *
   * @param major the major version
   * @param minor the minor version
   * @param patch the patch version
   * @return the version
   */
  public static Version of(int major, int minor, int patch) {
    return new Version(major, minor, patch, "", "");
  }

  /**
   * Parses a semantic version.
   *
   * @param text such as {@code 1.2.3}, {@code 2.0.0-rc.1} or {@code 1.0.0+build.5}
   * @return the version
   * @throws MeshException with {@link MeshStatus#INVALID_ARGUMENT} saying what is wrong
   */
  public static Version parse(String text) {
    Objects.requireNonNull(text, "text");
    String rest = text;
    String build = "";
    int plus = rest.indexOf('+');
    if (plus >= 0) {
      build = rest.substring(plus + 1);
      rest = rest.substring(0, plus);
    }
    String pre = "";
    int dash = rest.indexOf('-');
    if (dash >= 0) {
      pre = rest.substring(dash + 1);
      rest = rest.substring(0, dash);
    }
    if ((plus >= 0 && build.isEmpty()) || (dash >= 0 && pre.isEmpty())) {
      throw invalid(text, "a '-' or '+' must be followed by identifiers");
    }
    String[] nums = rest.split("\\.", -1);
    if (nums.length != 3) {
      throw invalid(text, "it needs three numbers MAJOR.MINOR.PATCH");
    }
    try {
      return new Version(number(text, nums[0]), number(text, nums[1]), number(text, nums[2]), pre, build);
    } catch (IllegalArgumentException e) {
      throw invalid(text, e.getMessage());
    }
  }

  private static int number(String text, String s) {
    if (s.isEmpty() || s.length() > 9 || !s.chars().allMatch(c -> c >= '0' && c <= '9')
        || (s.length() > 1 && s.charAt(0) == '0')) {
      throw invalid(text, "'" + s + "' is not a number without leading zeros");
    }
    return Integer.parseInt(s);
  }

  private static MeshException invalid(String text, String why) {
    return new MeshException(MeshStatus.INVALID_ARGUMENT,
        "malformed semantic version '" + text + "': " + why + "; expected MAJOR.MINOR.PATCH such as 1.0.0");
  }

  private static void checkIdentifiers(String what, String ids, boolean numericRule) {
    if (ids.isEmpty()) {
      return;
    }
    for (String id : ids.split("\\.", -1)) {
      if (id.isEmpty() || !id.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 128 || c == '-')) {
        throw new IllegalArgumentException(what + " '" + ids + "' must be dot-separated [0-9A-Za-z-] identifiers");
      }
      if (numericRule && isNumeric(id) && id.length() > 1 && id.charAt(0) == '0') {
        throw new IllegalArgumentException(what + " identifier '" + id + "' has a leading zero");
      }
    }
  }

  private static boolean isNumeric(String id) {
    return id.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Tells whether this version can replace {@code other} in place: same major, and not older.
   *
   * @param other the registered version
   * @return true when the majors match and this version is the same or newer
   */
  public boolean isCompatibleUpgradeOf(Version other) {
    return major == other.major && compareTo(other) >= 0;
  }

  @Override
  public int compareTo(Version o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    if (c == 0) {
      c = Integer.compare(patch, o.patch);
    }
    return c != 0 ? c : comparePreRelease(preRelease, o.preRelease);
  }

  private static int comparePreRelease(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return a.isEmpty() ? 1 : -1; // a release ranks above its pre-releases
    }
    String[] x = a.split("\\.");
    String[] y = b.split("\\.");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean xn = isNumeric(x[i]);
      boolean yn = isNumeric(y[i]);
      int c;
      if (xn && yn) {
        c = x[i].length() != y[i].length() ? Integer.compare(x[i].length(), y[i].length()) : x[i].compareTo(y[i]);
      } else if (xn || yn) {
        c = xn ? -1 : 1;
      } else {
        c = x[i].compareTo(y[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** Returns the version text, which {@link #parse(String)} reads back to an equal value. */
  @Override
  public String toString() {
    return major + "." + minor + "." + patch + (preRelease.isEmpty() ? "" : "-" + preRelease)
        + (build.isEmpty() ? "" : "+" + build);
  }
}
