package io.datamesh.arrow.filter;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.read.And;
import io.datamesh.api.read.ColumnRef;
import io.datamesh.api.read.Comparison;
import io.datamesh.api.read.ComparisonOp;
import io.datamesh.api.read.Constant;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.InList;
import io.datamesh.api.read.IsNull;
import io.datamesh.api.read.Literal;
import io.datamesh.api.read.Not;
import io.datamesh.api.read.Or;
import io.datamesh.api.read.PrincipalRef;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates an expression over a whole batch, one node at a time: every node yields a column of results (a
 * three-valued {@code byte[]} for conditions: {@link #FALSE}, {@link #TRUE}, {@link #NULL}), never a row at a
 * time. Comparisons of a numeric column with a literal run on the vector's primitives ({@link FastCompare}).
 */
final class Kernel {
  static final byte FALSE = 0;
  static final byte TRUE = 1;
  static final byte NULL = 2;

  private final VectorSchemaRoot batch;
  private final int rows;
  private final Map<String, String> principal;
  private final Map<String, Object[]> columns = new HashMap<>();

  Kernel(VectorSchemaRoot batch, Map<String, String> principal) {
    this.batch = batch;
    this.rows = batch.getRowCount();
    this.principal = principal;
  }

  /** A column of values, or one value for every row. */
  @FunctionalInterface
  interface Values {
    @Nullable Object get(int row);
  }

  byte[] condition(Expression e, String role) {
    if (e instanceof Comparison c) {
      byte[] fast = FastCompare.tryCompare(c, batch, rows);
      return fast != null ? fast : compare(c);
    } else if (e instanceof InList in) {
      return in(in);
    } else if (e instanceof IsNull n) {
      Values v = values(n.expr());
      byte[] out = new byte[rows];
      for (int i = 0; i < rows; i++) {
        out[i] = v.get(i) == null ? TRUE : FALSE;
      }
      return out;
    } else if (e instanceof Not n) {
      byte[] out = condition(n.expr(), "the operand of NOT");
      for (int i = 0; i < rows; i++) {
        out[i] = out[i] == NULL ? NULL : (byte) (1 - out[i]);
      }
      return out;
    } else if (e instanceof And a) {
      return junction(a.args(), FALSE, "an operand of AND");
    } else if (e instanceof Or o) {
      return junction(o.args(), TRUE, "an operand of OR");
    }
    return asCondition(values(e), e, role);
  }

  private byte[] asCondition(Values v, Expression e, String role) {
    byte[] out = new byte[rows];
    for (int i = 0; i < rows; i++) {
      Object x = v.get(i);
      if (x == null) {
        out[i] = NULL;
      } else if (x instanceof Boolean b) {
        out[i] = b ? TRUE : FALSE;
      } else {
        throw new MeshException(MeshStatus.INVALID_ARGUMENT, role + " must be a condition, but '" + e
            + "' is the " + SqlOrder.kind(x) + " " + x);
      }
    }
    return out;
  }

  Values values(Expression e) {
    if (e instanceof ColumnRef c) {
      Object[] col = columns.computeIfAbsent(c.name(), n -> ArrowValues.column(batch.getVector(n), rows));
      return i -> col[i];
    } else if (e instanceof Literal l) {
      Object v = l.value();
      return i -> v;
    } else if (e instanceof PrincipalRef p) {
      String v = principal.get(p.attribute());
      return i -> v;
    }
    byte[] b = condition(e, "a value");
    return i -> b[i] == NULL ? null : Boolean.valueOf(b[i] == TRUE);
  }

  private byte[] compare(Comparison c) {
    Values left = values(c.left());
    Values right = values(c.right());
    byte[] out = new byte[rows];
    for (int i = 0; i < rows; i++) {
      Object l = left.get(i);
      Object r = right.get(i);
      out[i] = l == null || r == null ? NULL : holds(c.op(), SqlOrder.compare(l, r, c)) ? TRUE : FALSE;
    }
    return out;
  }

  static boolean holds(ComparisonOp op, int cmp) {
    return switch (op) {
      case EQ -> cmp == 0;
      case NE -> cmp != 0;
      case LT -> cmp < 0;
      case LE -> cmp <= 0;
      case GT -> cmp > 0;
      case GE -> cmp >= 0;
    };
  }

  private byte[] in(InList in) {
    Values x = values(in.expr());
    List<Constant> candidates = in.values();
    Values[] vs = new Values[candidates.size()];
    for (int k = 0; k < vs.length; k++) {
      vs[k] = values(candidates.get(k));
    }
    byte[] out = new byte[rows];
    for (int i = 0; i < rows; i++) {
      Object v = x.get(i);
      boolean unknown = v == null;
      boolean found = false;
      for (Values c : vs) {
        Object cv = c.get(i);
        if (cv == null || v == null) {
          unknown = true;
        } else {
          found |= SqlOrder.compare(v, cv, in) == 0;
        }
      }
      out[i] = found ? TRUE : unknown ? NULL : FALSE;
    }
    return out;
  }

  private byte[] junction(List<Expression> args, byte decisive, String role) {
    byte[] decided = new byte[rows];
    byte[] unknown = new byte[rows];
    for (Expression arg : args) {
      byte[] b = condition(arg, role);
      for (int i = 0; i < rows; i++) {
        decided[i] |= b[i] == decisive ? 1 : 0;
        unknown[i] |= b[i] == NULL ? 1 : 0;
      }
    }
    byte other = decisive == TRUE ? FALSE : TRUE;
    for (int i = 0; i < rows; i++) {
      decided[i] = decided[i] == 1 ? decisive : unknown[i] == 1 ? NULL : other;
    }
    return decided;
  }
}
