package io.datamesh.api.read;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Writes the canonical JSON form described in {@link Expression}: keys in grammar order, no whitespace. */
final class ExpressionWriter {
  private final StringBuilder out = new StringBuilder();

  private ExpressionWriter() {}

  static String write(Expression e) {
    ExpressionWriter writer = new ExpressionWriter();
    writer.expression(e);
    return writer.out.toString();
  }

  private void expression(Expression e) {
    if (e instanceof ColumnRef c) {
      key("{", "column").string(c.name());
    } else if (e instanceof PrincipalRef p) {
      key("{", "principal").string(p.attribute());
    } else if (e instanceof Literal l) {
      key("{", "literal").value(l.value());
    } else if (e instanceof Comparison c) {
      op(c.op().jsonName()).key(",", "left").expression(c.left());
      key(",", "right").expression(c.right());
    } else if (e instanceof InList in) {
      op("in").key(",", "expr").expression(in.expr());
      key(",", "values").list(in.values());
    } else if (e instanceof IsNull n) {
      op("is_null").key(",", "expr").expression(n.expr());
    } else if (e instanceof Not n) {
      op("not").key(",", "expr").expression(n.expr());
    } else if (e instanceof And a) {
      op("and").key(",", "args").list(a.args());
    } else {
      op("or").key(",", "args").list(((Or) e).args());
    }
    out.append('}');
  }

  private ExpressionWriter op(String name) {
    return key("{", "op").string(name);
  }

  private ExpressionWriter key(String before, String key) {
    out.append(before).append('"').append(key).append("\":");
    return this;
  }

  private ExpressionWriter string(String s) {
    JsonStrings.append(out, s);
    return this;
  }

  private void list(List<? extends Expression> items) {
    out.append('[');
    for (int i = 0; i < items.size(); i++) {
      out.append(i == 0 ? "" : ",");
      expression(items.get(i));
    }
    out.append(']');
  }

  private void value(@Nullable Object v) {
    if (v == null || v instanceof Boolean || v instanceof Long) {
      out.append(v);
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof Double d) {
      key("{", "double");
      out.append(Double.isFinite(d) ? Doubles.format(d) : '"' + Doubles.format(d) + '"').append('}');
    } else if (v instanceof BigDecimal d) {
      key("{", "decimal").string(d.toString()).out.append('}');
    } else if (v instanceof LocalDate d) {
      key("{", "date").string(d.toString()).out.append('}');
    } else {
      key("{", "timestamp").string(((Instant) v).toString()).out.append('}');
    }
  }
}
