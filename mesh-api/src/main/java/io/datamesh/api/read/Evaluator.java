package io.datamesh.api.read;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The reference, row-by-row evaluation of an expression with SQL's three-valued logic, where null stands for both
 * SQL {@code NULL} and unknown. It favours obviousness over speed: it is the oracle that vectorized filters are
 * tested against.
 */
final class Evaluator {
  private final Row row;
  private final Principal principal;

  private Evaluator(Row row, Principal principal) {
    this.row = row;
    this.principal = principal;
  }

  static Optional<Boolean> evaluate(Expression e, Row row, Principal principal) {
    return Optional.ofNullable(new Evaluator(row, principal).condition(e, "a filter"));
  }

  private @Nullable Boolean condition(Expression e, String role) {
    Object v = value(e);
    if (v == null || v instanceof Boolean) {
      return (Boolean) v;
    }
    throw new MeshException(MeshStatus.INVALID_ARGUMENT, role + " must be a condition, but '" + e + "' is the "
        + SqlValues.typeName(v) + " " + SqlRenderer.literal(v));
  }

  private @Nullable Object value(Expression e) {
    if (e instanceof ColumnRef c) {
      return SqlValues.normalize(row.value(c.name()), c);
    } else if (e instanceof PrincipalRef p) {
      return principal.attributes().get(p.attribute());
    } else if (e instanceof Literal l) {
      return l.value();
    } else if (e instanceof Comparison c) {
      return compare(c);
    } else if (e instanceof InList in) {
      return in(in);
    } else if (e instanceof IsNull n) {
      return value(n.expr()) == null;
    } else if (e instanceof Not n) {
      Boolean b = condition(n.expr(), "the operand of NOT");
      return b == null ? null : !b;
    } else if (e instanceof And a) {
      return junction(a.args(), false, "an operand of AND");
    }
    return junction(((Or) e).args(), true, "an operand of OR");
  }

  private @Nullable Boolean compare(Comparison c) {
    Object left = value(c.left());
    Object right = value(c.right());
    return left == null || right == null ? null : c.op().holds(SqlValues.compare(left, right, c));
  }

  /** As in SQL: x IN (a, b) is x = a OR x = b; every candidate is compared, so type errors do not hide. */
  private @Nullable Boolean in(InList in) {
    Object x = value(in.expr());
    boolean unknown = x == null;
    boolean found = false;
    for (Constant candidate : in.values()) {
      Object v = value(candidate);
      if (v == null || x == null) {
        unknown = true;
      } else {
        found |= SqlValues.compare(x, v, in) == 0;
      }
    }
    return found ? Boolean.TRUE : unknown ? null : Boolean.FALSE;
  }

  /** AND when {@code decisive} is false (any false decides), OR when it is true (any true decides). */
  private @Nullable Boolean junction(Iterable<Expression> args, boolean decisive, String role) {
    boolean unknown = false;
    boolean decided = false;
    for (Expression arg : args) { // no short cut: a type error must not depend on the data
      Boolean b = condition(arg, role);
      unknown |= b == null;
      decided |= b != null && b == decisive;
    }
    return decided ? Boolean.valueOf(decisive) : unknown ? null : Boolean.valueOf(!decisive);
  }
}
