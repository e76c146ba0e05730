package io.datamesh.core.governance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The ordered data classifications of a mesh, least to most sensitive; names compare ignoring case. The default
 * is {@code public < internal < confidential < restricted}; a global policy set may declare its own.
 *
 * <pre>{@code
 * ClassificationTaxonomy t = ClassificationTaxonomy.defaults();
 * t.isAtLeast("restricted", "confidential"); // true
 * }</pre>
 */
public final class ClassificationTaxonomy {
  private static final ClassificationTaxonomy DEFAULTS =
      of(List.of("public", "internal", "confidential", "restricted"));

  private final List<String> levels;

  private ClassificationTaxonomy(List<String> levels) {
    this.levels = levels;
  }

  /**
   * Returns the default taxonomy: public, internal, confidential, restricted.
   *
   * @return the taxonomy
   */
  public static ClassificationTaxonomy defaults() {
    return DEFAULTS;
  }

  /**
   * Creates a taxonomy from its levels, least sensitive first.
   *
   * @param levels at least one distinct, non-blank name
   * @return the taxonomy
   * @throws IllegalArgumentException if the list is empty, or a name is blank or repeated
   */
  public static ClassificationTaxonomy of(List<String> levels) {
    Objects.requireNonNull(levels, "levels");
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("a classification taxonomy needs at least one level, such as"
          + " [public, internal, confidential, restricted]");
    }
    List<String> norm = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String l : levels) {
      String n = Objects.requireNonNull(l, "level").trim().toLowerCase(Locale.ROOT);
      if (n.isEmpty() || !seen.add(n)) {
        throw new IllegalArgumentException("classification level '" + l + "' in " + levels
            + " is blank or repeated; list each level once, least sensitive first");
      }
      norm.add(n);
    }
    return new ClassificationTaxonomy(List.copyOf(norm));
  }

  /**
   * Returns the levels, least sensitive first, in lower case.
   *
   * @return the levels
   */
  public List<String> levels() {
    return levels;
  }

  /**
   * Returns the rank of a classification: 0 for the least sensitive.
   *
   * @param classification a name, any case
   * @return the rank, or empty if the name is not a level
   */
  public OptionalInt rank(String classification) {
    int i = levels.indexOf(classification.trim().toLowerCase(Locale.ROOT));
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * Tells whether a classification is a level of this taxonomy.
   *
   * @param classification a name, any case
   * @return true if known
   */
  public boolean contains(String classification) {
    return rank(classification).isPresent();
  }

  /**
   * Tells whether one classification is as sensitive as another or more; an unknown name is below every level.
   *
   * @param classification the classification to test
   * @param floor the level it must reach
   * @return true if {@code classification} ranks at or above {@code floor}
   */
  public boolean isAtLeast(String classification, String floor) {
    return rank(classification).orElse(-1) >= rank(floor).orElse(Integer.MAX_VALUE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClassificationTaxonomy t && t.levels.equals(levels);
  }

  @Override
  public int hashCode() {
    return levels.hashCode();
  }

  @Override
  public String toString() {
    return String.join(" < ", levels);
  }
}
