package io.datamesh.api.read;

/**
 * The six comparison operators, each with its JSON name and SQL symbol.
 *
 * <p>{@code ComparisonOp.GE.jsonName()} is {@code "ge"}, {@code ComparisonOp.GE.symbol()} is {@code ">="}.
 */
public enum ComparisonOp {
  /** Equal, {@code =}. */
  EQ("eq", "="),
  /** Not equal, {@code <>}. */
  NE("ne", "<>"),
  /** Less than, {@code <}. */
  LT("lt", "<"),
  /** Less than or equal, {@code <=}. */
  LE("le", "<="),
  /** Greater than, {@code >}. */
  GT("gt", ">"),
  /** Greater than or equal, {@code >=}. */
  GE("ge", ">=");

  private final String jsonName;
  private final String symbol;

  ComparisonOp(String jsonName, String symbol) {
    this.jsonName = jsonName;
    this.symbol = symbol;
  }

  /**
   * Returns the name in the JSON form.
   *
   * @return {@code eq}, {@code ne}, {@code lt}, {@code le}, {@code gt} or {@code ge}
   */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the SQL symbol.
   *
   * @return {@code =}, {@code <>}, {@code <}, {@code <=}, {@code >} or {@code >=}
   */
  public String symbol() {
    return symbol;
  }

  /** Tells whether the operator holds for the sign of a three-way comparison. */
  boolean holds(int cmp) {
    return switch (this) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }
}
