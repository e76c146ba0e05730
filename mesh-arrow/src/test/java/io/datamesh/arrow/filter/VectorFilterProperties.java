package io.datamesh.arrow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.MeshException;
import io.datamesh.api.read.ComparisonOp;
import io.datamesh.api.read.Comparison;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.InList;
import io.datamesh.api.read.Constant;
import io.datamesh.api.read.Literal;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;

/** The vectorized filter selects exactly the rows the api's row-by-row evaluator passes, or fails as it does. */
class VectorFilterProperties {
  private final RootAllocator allocator = new RootAllocator();
  private static final Principal READER = Principal.builder("ann").putAttribute("region", "EU").build();

  @AfterProperty
  void no_leak() {
    allocator.close();
  }

  @Property(tries = 1000)
  void the_vectorized_filter_equals_the_row_by_row_oracle(@ForAll("rows") List<Map<String, Object>> rows,
      @ForAll("conditions") Expression filter) {
    List<Integer> expected = new ArrayList<>();
    MeshException oracleError = null;
    try {
      for (int i = 0; i < rows.size(); i++) {
        if (filter.evaluate(Row.of(rows.get(i)), READER).orElse(false)) {
          expected.add(i);
        }
      }
    } catch (MeshException e) {
      oracleError = e;
    }
    Statistics.collect(oracleError == null ? (expected.isEmpty() ? "none pass" : "some pass") : "both fail");
    Statistics.coverage(c -> c.check("some pass").percentage(p -> p > 20));
    try (VectorSchemaRoot batch = FilterRows.batch(rows, allocator)) {
      VectorFilter f = VectorFilter.compile(filter, batch.getSchema(), READER);
      int[] selection = new int[rows.size()];
      try {
        int n = f.select(batch, selection);
        assertThat(oracleError).as("the oracle failed but the kernel did not").isNull();
        List<Integer> got = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          got.add(selection[k]);
        }
        assertThat(got).isEqualTo(expected);
      } catch (MeshException e) {
        assertThat(oracleError).as("the kernel failed with " + e.getMessage()).isNotNull();
      }
    }
  }

  @Provide
  Arbitrary<List<Map<String, Object>>> rows() {
    return FilterRows.row().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<Expression> conditions() {
    return condition(3);
  }

  private Arbitrary<Expression> condition(int depth) {
    Arbitrary<Expression> leaf = Arbitraries.oneOf(comparison(), in(), isNull(),
        Arbitraries.of(Expression.column("b"), Expression.literal(true), Expression.nullLiteral()));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expression> sub = condition(depth - 1);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, leaf),
        net.jqwik.api.Tuple.of(1, sub.map(Expression::not)),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(3).map(Expression::and)),
        net.jqwik.api.Tuple.of(1, sub.list().ofMinSize(2).ofMaxSize(3).map(Expression::or)));
  }

  private Arbitrary<Expression> comparison() {
    Arbitrary<Expression> typed = Arbitraries.of(FilterRows.COLUMNS).flatMap(c -> Arbitraries.oneOf(
        Arbitraries.of(ComparisonOp.values()).flatMap(op -> FilterRows.literalFor(c)
            .map(l -> (Expression) new Comparison(op, Expression.column(c), l))),
        Arbitraries.of(ComparisonOp.values()).flatMap(op -> FilterRows.literalFor(c)
            .map(l -> (Expression) new Comparison(op, l, Expression.column(c))))));
    Arbitrary<Expression> any = Arbitraries.of(ComparisonOp.values()).flatMap(op -> operand().flatMap(l ->
        operand().map(r -> (Expression) new Comparison(op, l, r))));
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, typed), net.jqwik.api.Tuple.of(1, any));
  }

  /** Mostly a column against a literal of the same kind; sometimes mixed kinds, which must fail alike. */
  private Arbitrary<Expression> operand() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(FilterRows.COLUMNS).map(Expression::column)),
        net.jqwik.api.Tuple.of(4, FilterRows.literal()),
        net.jqwik.api.Tuple.of(1, Arbitraries.just(Expression.principal("region"))));
  }

  private Arbitrary<Expression> in() {
    Arbitrary<Constant> constant = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, FilterRows.literal().map(l -> (Constant) l)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((Constant) Literal.of(null))),
        net.jqwik.api.Tuple.of(1, Arbitraries.just((Constant) Expression.principal("region"))));
    return Arbitraries.of(FilterRows.COLUMNS).flatMap(c -> Arbitraries.oneOf(constant,
        FilterRows.literalFor(c).map(l -> (Constant) l), FilterRows.literalFor(c).map(l -> (Constant) l))
        .list().ofMinSize(1).ofMaxSize(3).map(vs -> (Expression) new InList(Expression.column(c), vs)));
  }

  private Arbitrary<Expression> isNull() {
    return Arbitraries.of(FilterRows.COLUMNS).map(c -> (Expression) Expression.column(c).isNull());
  }
}
