package io.datamesh.api.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A row filter: a tree of column references, constants, comparisons, {@code IN}, {@code IS NULL}, {@code AND},
 * {@code OR} and {@code NOT}, with one canonical JSON form and a reference evaluator.
 *
 * <pre>{@code
 * Expression filter = Expression.and(
 *     Expression.column("amount").gt(Expression.literal(100)),
 *     Expression.column("region").eq(Expression.principal("region")));
 * filter.toString(); // amount > 100 AND region = $principal.region
 * filter.toJson();   // {"op":"and","args":[{"op":"gt","left":{"column":"amount"},"right":{"literal":100}},...]}
 * Expression.fromJson(filter.toJson()).equals(filter); // true
 * }</pre>
 *
 * <h2>Shape</h2>
 *
 * <p>Expressions are immutable records compared by structure. {@code AND} and {@code OR} take two or more
 * arguments (one argument would be a second spelling of the argument itself) and are not flattened; {@code IN}
 * takes one or more {@link Constant}s. A tree is at most {@value #MAX_DEPTH} nodes deep, so that no code that walks
 * it, including {@link #fromJson(String)}, can run out of stack; a deeper tree is refused when it is built.
 *
 * <h2>JSON form</h2>
 *
 * <pre>
 * expr      = column | principal | literal | compare | in | is_null | not | and_or
 * column    = {"column":string}
 * principal = {"principal":string}
 * literal   = {"literal":value}
 * value     = null | true | false | integer | string | {"double":number} | {"double":"NaN"}
 *           | {"double":"Infinity"} | {"double":"-Infinity"} | {"decimal":string} | {"date":string}
 *           | {"timestamp":string}
 * compare   = {"op":("eq"|"ne"|"lt"|"le"|"gt"|"ge"),"left":expr,"right":expr}
 * in        = {"op":"in","expr":expr,"values":[(literal|principal), ...]}    one or more values
 * is_null   = {"op":"is_null","expr":expr}
 * not       = {"op":"not","expr":expr}
 * and_or    = {"op":("and"|"or"),"args":[expr, expr, ...]}                   two or more arguments
 * </pre>
 *
 * <p>A bare integer is a 64-bit {@code long}; a {@code double} is always tagged, so {@code 1} and
 * {@code {"double":1.0}} stay distinct. Decimals keep their scale ({@code {"decimal":"12.50"}}), dates are ISO
 * {@code yyyy-MM-dd}, timestamps ISO instants in UTC ({@code {"timestamp":"2024-01-31T10:15:30Z"}}).
 *
 * <p>{@link #toJson()} writes the canonical form: keys in the order of the grammar above, no whitespace, strings
 * escaped minimally ({@code \"}, {@code \\}, {@code \b \f \n \r \t}, other control characters as lower-case
 * <code>&#92;u00xx</code>, everything else as is), doubles with the fewest significant digits that read back to the
 * same double (the nearest such decimal), in plain notation from 1e-6 up to 1e21 and as {@code d.dddE±n} outside
 * it, always with a fraction or exponent ({@code 1.0}, {@code -0.0}, {@code 1.0E21}), and decimals, dates and
 * timestamps as their Java {@code toString()}. The canonical form of an expression is unique and the same on every
 * JVM, so it can key a cache or be signed.
 *
 * <p>{@link #fromJson(String)} accepts any JSON whitespace, any key order and every RFC 8259 escape, including
 * surrogate pairs; strings must be valid Unicode (no unpaired surrogates). It refuses anything else with a
 * {@link io.datamesh.api.MeshException} of status {@code INVALID_ARGUMENT} that names the character offset, the
 * JSON path and what was expected.
 *
 * <h2>Evaluation</h2>
 *
 * <p>{@link #evaluate(Row, Principal)} follows SQL: see {@link Row} for the values a row may hold and
 * {@code docs/expressions.md} for the full rules.
 */
public sealed interface Expression permits ColumnRef, Constant, Comparison, InList, IsNull, Not, And, Or {
  /** The deepest tree allowed, counted in nodes from the root to the deepest leaf. */
  int MAX_DEPTH = 64;

  /**
   * Refers to a column of the row.
   *
   * @param name the column name; not empty
   * @return the reference
   */
  static ColumnRef column(String name) {
    return new ColumnRef(name);
  }

  /**
   * Refers to an attribute of the reading principal, {@code $principal.<attribute>}; a missing attribute is null.
   *
   * <p>{@code Expression.column("region").eq(Expression.principal("region"))}
   *
   * @param attribute the attribute name; not empty
   * @return the reference
   */
  static PrincipalRef principal(String attribute) {
    return new PrincipalRef(attribute);
  }

  /**
   * Returns a 64-bit integer literal.
   *
   * @param value the value
   * @return the literal
   */
  static Literal literal(long value) {
    return new Literal(value);
  }

  /**
   * Returns a double literal; NaN and the infinities are allowed.
   *
   * @param value the value
   * @return the literal
   */
  static Literal literal(double value) {
    return new Literal(value);
  }

  /**
   * Returns a boolean literal.
   *
   * @param value the value
   * @return the literal
   */
  static Literal literal(boolean value) {
    return new Literal(value);
  }

  /**
   * Returns a string literal.
   *
   * @param value the value, valid Unicode
   * @return the literal
   */
  static Literal literal(String value) {
    return new Literal(value);
  }

  /**
   * Returns a decimal literal; its scale is kept.
   *
   * @param value the value
   * @return the literal
   */
  static Literal literal(BigDecimal value) {
    return new Literal(value);
  }

  /**
   * Returns a date literal.
   *
   * @param value the value
   * @return the literal
   */
  static Literal literal(LocalDate value) {
    return new Literal(value);
  }

  /**
   * Returns a timestamp literal.
   *
   * @param value the value
   * @return the literal
   */
  static Literal literal(Instant value) {
    return new Literal(value);
  }

  /**
   * Returns the SQL {@code NULL} literal.
   *
   * @return the literal
   */
  static Literal nullLiteral() {
    return Literal.NULL;
  }

  /**
   * Returns the conjunction of two or more conditions.
   *
   * @param first the first condition
   * @param second the second condition
   * @param more further conditions
   * @return {@code first AND second AND ...}
   */
  static And and(Expression first, Expression second, Expression... more) {
    return new And(Stream.concat(Stream.of(first, second), Arrays.stream(more)).toList());
  }

  /**
   * Returns the conjunction of a list of conditions.
   *
   * @param args two or more conditions
   * @return the conjunction
   * @throws IllegalArgumentException if there are fewer than two
   */
  static And and(List<? extends Expression> args) {
    return new And(List.copyOf(args));
  }

  /**
   * Returns the disjunction of two or more conditions.
   *
   * @param first the first condition
   * @param second the second condition
   * @param more further conditions
   * @return {@code first OR second OR ...}
   */
  static Or or(Expression first, Expression second, Expression... more) {
    return new Or(Stream.concat(Stream.of(first, second), Arrays.stream(more)).toList());
  }

  /**
   * Returns the disjunction of a list of conditions.
   *
   * @param args two or more conditions
   * @return the disjunction
   * @throws IllegalArgumentException if there are fewer than two
   */
  static Or or(List<? extends Expression> args) {
    return new Or(List.copyOf(args));
  }

  /**
   * Returns the negation of a condition.
   *
   * @param condition the condition
   * @return {@code NOT condition}
   */
  static Not not(Expression condition) {
    return new Not(condition);
  }

  /**
   * Reads the JSON form (see the grammar above).
   *
   * <p>{@code Expression.fromJson("{\"op\":\"gt\",\"left\":{\"column\":\"amount\"},\"right\":{\"literal\":100}}")}
   *
   * @param json the JSON text
   * @return the expression
   * @throws io.datamesh.api.MeshException with status {@code INVALID_ARGUMENT}, naming the offset and JSON path, if
   *     the text is not an expression
   */
  static Expression fromJson(String json) {
    return ExpressionReader.read(json);
  }

  /**
   * Writes the canonical JSON form, which {@link #fromJson(String)} reads back to an equal expression.
   *
   * @return the JSON text
   */
  default String toJson() {
    return ExpressionWriter.write(this);
  }

  /**
   * Returns {@code this = other}.
   *
   * @param other the right operand
   * @return the comparison
   */
  default Comparison eq(Expression other) {
    return new Comparison(ComparisonOp.EQ, this, other);
  }

  /**
   * Returns {@code this <> other}.
   *
   * @param other the right operand
   * @return the comparison
   */
  default Comparison ne(Expression other) {
    return new Comparison(ComparisonOp.NE, this, other);
  }

  /**
   * Returns {@code this < other}.
   *
   * @param other the right operand
   * @return the comparison
   */
  default Comparison lt(Expression other) {
    return new Comparison(ComparisonOp.LT, this, other);
  }

  /**
   * Returns {@code this <= other}.
   *
   * @param other the right operand
   * @return the comparison
   */
  default Comparison le(Expression other) {
    return new Comparison(ComparisonOp.LE, this, other);
  }

  /**
   * Returns {@code this > other}.
   *
   * @param other the right operand
   * @return the comparison
   */
  default Comparison gt(Expression other) {
    return new Comparison(ComparisonOp.GT, this, other);
  }

  /**
   * Returns {@code this >= other}.
   *
   * @param other the right operand
   * @return the comparison
   */
  default Comparison ge(Expression other) {
    return new Comparison(ComparisonOp.GE, this, other);
  }

  /**
   * Returns {@code this IS NULL}.
   *
   * @return the test
   */
  default IsNull isNull() {
    return new IsNull(this);
  }

  /**
   * Returns {@code NOT (this IS NULL)}.
   *
   * @return the test
   */
  default Not isNotNull() {
    return new Not(new IsNull(this));
  }

  /**
   * Returns {@code this IN (first, ...)}.
   *
   * @param first the first candidate
   * @param more further candidates
   * @return the test
   */
  default InList in(Constant first, Constant... more) {
    return new InList(this, Stream.concat(Stream.of(first), Arrays.stream(more)).toList());
  }

  /**
   * Returns {@code this IN (values...)}.
   *
   * @param values one or more candidates
   * @return the test
   * @throws IllegalArgumentException if there is no candidate
   */
  default InList in(List<? extends Constant> values) {
    return new InList(this, List.copyOf(values));
  }

  /**
   * Returns the columns this expression reads, in order of first appearance.
   *
   * @return an unmodifiable set
   */
  default Set<String> columns() {
    return Nodes.names(this, true);
  }

  /**
   * Returns the principal attributes this expression reads, in order of first appearance.
   *
   * @return an unmodifiable set
   */
  default Set<String> principalAttributes() {
    return Nodes.names(this, false);
  }

  /**
   * Evaluates this condition on one row with SQL's three-valued logic: the reference the vectorized filters are
   * tested against.
   *
   * <p>{@code filter.evaluate(Row.of(Map.of("amount", 150L)), principal)} is {@code Optional.of(true)}.
   *
   * @param row the row's values
   * @param principal the reader, whose attributes {@code $principal.<name>} refers to
   * @return true or false, or empty for SQL's unknown
   * @throws io.datamesh.api.MeshException with status {@code INVALID_ARGUMENT} if values cannot be compared (a
   *     string with a number, say), the row holds an unsupported type, or the result is not a boolean
   */
  default Optional<Boolean> evaluate(Row row, Principal principal) {
    return Evaluator.evaluate(this, row, principal);
  }
}
