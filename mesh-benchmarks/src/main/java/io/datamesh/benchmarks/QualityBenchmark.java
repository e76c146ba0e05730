package io.datamesh.benchmarks;

import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.Operator;
import io.datamesh.api.contract.QualityMetric;
import io.datamesh.api.contract.QualityRule;
import io.datamesh.api.contract.QualityUnit;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.contract.Threshold;
import io.datamesh.api.quality.CheckOutcome;
import io.datamesh.api.quality.CheckResult;
import io.datamesh.api.quality.QualityReport;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.quality.ColumnAggregate;
import io.datamesh.core.quality.CustomRule;
import io.datamesh.core.quality.QualityEngine;
import io.datamesh.core.quality.QualityOutcome;
import io.datamesh.core.quality.QualityPass;
import io.datamesh.core.quality.QualitySettings;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.IntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The PyDeequ benchmark's 16 checks ({@code build_rich_check} of python-deequ v2's benchmark/experiments.py) on its
 * synthetic 10-column table ({@code generate_rich_data}, fixed seed), three ways in the same run:
 *
 * <ul>
 *   <li>{@code engine1}: one {@link QualityPass} over the Arrow batches (built once in setup), one thread;
 *   <li>{@code engine2}: the batches in two halves, one pass per half on two threads, merged
 *       ({@link QualityPass#merge}), so at DuckDB's thread count;
 *   <li>{@code duckdb}: DuckDB ({@code SET threads=2}) on a native table loaded in setup: one batched aggregate
 *       query, plus one frequency query for {@code id} uniqueness and one for {@code category} distinctness, as
 *       PyDeequ v2 plans it;
 *   <li>{@code rowLoop}: a row-by-row Java loop: each row read into a Java object, then the 16 checks on it
 *       ({@code HashSet}s for uniqueness and distinctness, {@code java.util.regex} for the pattern).
 * </ul>
 *
 * Every variant returns how many of the 16 checks fail: one on this data, {@code hasDistinctness(category) >= 0.001}
 * (5 categories over a million rows, as in PyDeequ's own run); setup checks that the three agree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
    "-Xmx8g"})
public class QualityBenchmark {
  @Param({"1000000", "10000000"})
  public int rows;
  @Param("65536")
  public int batchRows;

  static final String[] CATEGORIES = {"electronics", "clothing", "food", "books", "toys"};
  static final String[] STATUSES = {"active", "inactive", "pending"};
  static final Pattern EMAIL = Pattern.compile(".*@.*\\..*");

  private BufferAllocator allocator;
  private List<VectorSchemaRoot> batches;
  private QualityEngine engine;
  private ExecutorService pool;
  private Connection duck;

  // ---- the table ----

  static Contract contract() {
    SchemaObject o = SchemaObject.builder("rich")
        .addProperty(SchemaProperty.builder("id", LogicalType.STRING).setRequired(true).setUnique(true)   // 1, 4
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMinLength(8).setMaxLength(20).build()) // 12, 13
            .build())
        .addProperty(SchemaProperty.builder("category", LogicalType.STRING).setRequired(true)             // 2
            // 5: distinctness >= 0.001 <=> duplicates (keep-first) <= 99.9 % of rows
            .addQualityRule(QualityRule.builder().setId("category_distinctness")
                .setMetric(QualityMetric.DUPLICATE_VALUES).setUnit(QualityUnit.PERCENT)
                .setThreshold(Threshold.of(Operator.MUST_BE_LESS_OR_EQUAL_TO, 99.9)).build())
            .build())
        .addProperty(SchemaProperty.builder("status", LogicalType.STRING)
            .addQualityRule(QualityRule.builder().setId("status_contained").setMetric(QualityMetric.INVALID_VALUES) // 15
                .setValidValues(List.of((Object[]) STATUSES)).setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
            .build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING)
            .addQualityRule(QualityRule.builder().setId("email_completeness").setMetric(QualityMetric.NULL_VALUES) // 3
                .setUnit(QualityUnit.PERCENT).setThreshold(Threshold.of(Operator.MUST_BE_LESS_OR_EQUAL_TO, 5)).build())
            .addQualityRule(QualityRule.builder().setId("email_pattern").setMetric(QualityMetric.INVALID_VALUES)  // 14
                .setPattern("^.*@.*\\..*$").setUnit(QualityUnit.PERCENT)
                .setThreshold(Threshold.of(Operator.MUST_BE_LESS_OR_EQUAL_TO, 10)).build())
            .build())
        .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER)                                  // 6, 7
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setMinimum(0).setMaximum(10000).build()).build())
        .addProperty(SchemaProperty.builder("quantity", LogicalType.INTEGER)                               // 10
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("i32").setMinimum(0).build()).build())
        .addProperty(SchemaProperty.builder("score", LogicalType.NUMBER).build())                          // 8, 9: Java
        .addProperty(SchemaProperty.builder("rating", LogicalType.INTEGER)
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setFormat("i32").build())
            .addQualityRule(QualityRule.builder().setId("rating_contained").setMetric(QualityMetric.INVALID_VALUES) // 16
                .setValidValues(List.of(1, 2, 3, 4, 5)).setThreshold(Threshold.of(Operator.MUST_BE, 0)).build())
            .build())
        .addProperty(SchemaProperty.builder("price", LogicalType.NUMBER)                                   // 11
            .setLogicalTypeOptions(LogicalTypeOptions.builder().setExclusiveMinimum(0).build()).build())
        .addProperty(SchemaProperty.builder("discount", LogicalType.NUMBER).build())
        .build();
    return Contract.builder().setId("rich").setVersion("1.0.0").addSchemaObject(o).build();
  }

  /** Mean of a float64 column (Deequ's hasMean). */
  static final class Mean implements ColumnAggregate {
    double sum;
    long n;

    @Override
    public void accept(FieldVector v, int rowCount) {
      Float8Vector f = (Float8Vector) v;
      for (int i = 0; i < rowCount; i++) {
        if (!f.isNull(i)) {
          sum += f.get(i);
          n++;
        }
      }
    }

    @Override
    public void merge(ColumnAggregate other) {
      sum += ((Mean) other).sum;
      n += ((Mean) other).n;
    }

    @Override
    public double value() {
      return sum / n;
    }
  }

  /** Population standard deviation of a float64 column (Deequ's hasStandardDeviation), Welford and Chan. */
  static final class StdDev implements ColumnAggregate {
    double mean;
    double m2;
    long n;

    @Override
    public void accept(FieldVector v, int rowCount) {
      Float8Vector f = (Float8Vector) v;
      for (int i = 0; i < rowCount; i++) {
        if (!f.isNull(i)) {
          double x = f.get(i);
          n++;
          double d = x - mean;
          mean += d / n;
          m2 += d * (x - mean);
        }
      }
    }

    @Override
    public void merge(ColumnAggregate other) {
      StdDev o = (StdDev) other;
      if (o.n == 0) {
        return;
      }
      long total = n + o.n;
      double d = o.mean - mean;
      m2 += o.m2 + d * d * n * o.n / total;
      mean += d * o.n / total;
      n = total;
    }

    @Override
    public double value() {
      return Math.sqrt(m2 / n);
    }
  }

  static QualitySettings settings() {
    return QualitySettings.builder()
        .addCustomRule(CustomRule.columnAggregate("score_mean", "score", Mean::new,                        // 8
            Threshold.of(Operator.MUST_BE_BETWEEN, 0, 100)))
        .addCustomRule(CustomRule.columnAggregate("score_stddev", "score", StdDev::new,                    // 9
            Threshold.of(Operator.MUST_BE_LESS_OR_EQUAL_TO, 50)))
        .setDistinctStatistics(false) // Deequ's suite counts no distinct values beyond its checks
        .setUniquenessBudgetBytes(4L << 30)
        .build();
  }

  /** generate_rich_data, in Java, seed 42; every 50th email is null. */
  static List<VectorSchemaRoot> data(BufferAllocator allocator, int rows, int batchRows) {
    Schema schema = ArrowSchemas.of(contract(), "rich");
    Random r = new Random(42);
    List<VectorSchemaRoot> out = new java.util.ArrayList<>();
    byte[][] cats = bytes(CATEGORIES);
    byte[][] stats = bytes(STATUSES);
    for (int start = 0; start < rows; start += batchRows) {
      int n = Math.min(batchRows, rows - start);
      VectorSchemaRoot root = VectorSchemaRoot.create(schema, allocator);
      root.getFieldVectors().forEach(v -> v.setInitialCapacity(n));
      root.allocateNew();
      VarCharVector id = (VarCharVector) root.getVector("id");
      VarCharVector category = (VarCharVector) root.getVector("category");
      VarCharVector status = (VarCharVector) root.getVector("status");
      VarCharVector email = (VarCharVector) root.getVector("email");
      for (int i = 0; i < n; i++) {
        int row = start + i;
        id.setSafe(i, String.format("ID%012d", row).getBytes(StandardCharsets.UTF_8));
        category.setSafe(i, cats[r.nextInt(cats.length)]);
        status.setSafe(i, stats[r.nextInt(stats.length)]);
        if (row % 50 == 49) {
          email.setNull(i);
        } else {
          email.setSafe(i, ("user" + row + "@example.com").getBytes(StandardCharsets.UTF_8));
        }
        ((Float8Vector) root.getVector("amount")).setSafe(i, r.nextDouble() * 10_000);
        ((IntVector) root.getVector("quantity")).setSafe(i, r.nextInt(1001));
        ((Float8Vector) root.getVector("score")).setSafe(i, Math.max(0, Math.min(100, 50 + 15 * r.nextGaussian())));
        ((IntVector) root.getVector("rating")).setSafe(i, 1 + r.nextInt(5));
        ((Float8Vector) root.getVector("price")).setSafe(i, 0.01 + r.nextDouble() * (9999.99 - 0.01));
        ((Float8Vector) root.getVector("discount")).setSafe(i, r.nextDouble() * 0.5);
      }
      root.setRowCount(n);
      out.add(root);
    }
    return out;
  }

  private static byte[][] bytes(String[] s) {
    byte[][] b = new byte[s.length][];
    for (int i = 0; i < s.length; i++) {
      b[i] = s[i].getBytes(StandardCharsets.UTF_8);
    }
    return b;
  }

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) throws Exception {
    allocator = new RootAllocator();
    batches = data(allocator, rows, batchRows);
    engine = QualityEngine.forContract(contract(), "rich", settings());
    pool = Executors.newFixedThreadPool(2);
    String bench = params.getBenchmark();
    if (bench.endsWith("engine1") || bench.endsWith("engine2")) {
      QualityReport report = engineReport(bench.endsWith("engine2"));
      List<String> failed = report.checks().stream().filter(c -> c.outcome() == CheckOutcome.FAILED)
          .map(CheckResult::id).toList();
      if (!failed.equals(List.of("category_distinctness"))) {
        throw new IllegalStateException("only category_distinctness fails on this data, not " + failed);
      }
      System.err.println("engine: " + report.checks().size() + " checks, failed " + failed);
    }
    if (bench.endsWith("duckdb")) {
      duck = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = duck.createStatement()) {
        s.execute("SET threads=2");
        s.execute("CREATE TABLE rich (id VARCHAR, category VARCHAR, status VARCHAR, email VARCHAR, amount DOUBLE,"
            + " quantity INTEGER, score DOUBLE, rating INTEGER, price DOUBLE, discount DOUBLE)");
      }
      try (DuckDBAppender a = duck.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
          "rich")) {
        for (VectorSchemaRoot b : batches) {
          for (int i = 0; i < b.getRowCount(); i++) {
            a.beginRow();
            a.append(b.getVector("id").getObject(i).toString());
            a.append(b.getVector("category").getObject(i).toString());
            a.append(b.getVector("status").getObject(i).toString());
            Object e = b.getVector("email").getObject(i);
            if (e == null) {
              a.appendNull();
            } else {
              a.append(e.toString());
            }
            a.append(((Float8Vector) b.getVector("amount")).get(i));
            a.append(((IntVector) b.getVector("quantity")).get(i));
            a.append(((Float8Vector) b.getVector("score")).get(i));
            a.append(((IntVector) b.getVector("rating")).get(i));
            a.append(((Float8Vector) b.getVector("price")).get(i));
            a.append(((Float8Vector) b.getVector("discount")).get(i));
            a.endRow();
          }
        }
      }
      if (duckdb() != 1) {
        throw new IllegalStateException("DuckDB must fail exactly one of the 16 checks on this data");
      }
    }
    if (bench.endsWith("rowLoop") && rowLoop() != 1) {
      throw new IllegalStateException("the row loop must fail exactly one of the 16 checks on this data");
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    pool.shutdownNow();
    if (duck != null) {
      duck.close();
    }
    batches.forEach(VectorSchemaRoot::close);
    allocator.close();
  }

  private QualityReport engineReport(boolean twoThreads) throws Exception {
    QualityOutcome outcome;
    if (!twoThreads) {
      QualityPass pass = engine.start();
      for (VectorSchemaRoot b : batches) {
        pass.accept(b);
      }
      outcome = pass.finish();
    } else {
      int half = batches.size() / 2;
      Future<QualityPass> first = pool.submit(() -> scan(batches.subList(0, half)));
      Future<QualityPass> second = pool.submit(() -> scan(batches.subList(half, batches.size())));
      QualityPass pass = first.get();
      pass.merge(second.get());
      outcome = pass.finish();
    }
    return outcome.report();
  }

  private QualityPass scan(List<VectorSchemaRoot> part) {
    QualityPass pass = engine.start();
    for (VectorSchemaRoot b : part) {
      pass.accept(b);
    }
    return pass;
  }

  private static int failed(QualityReport report) {
    return (int) report.checks().stream().filter(c -> c.outcome() == CheckOutcome.FAILED).count();
  }

  /** Our engine, one thread. */
  @Benchmark
  public int engine1() throws Exception {
    return failed(engineReport(false));
  }

  /** Our engine, two threads (two passes merged). */
  @Benchmark
  public int engine2() throws Exception {
    return failed(engineReport(true));
  }

  /** DuckDB on a native table, two threads. */
  @Benchmark
  public int duckdb() throws SQLException {
    int ok = 0;
    try (Statement s = duck.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*), count(id), count(category), count(email),"
          + " min(amount), max(amount), avg(score), stddev_pop(score), min(quantity), min(price),"
          + " min(length(id)), max(length(id)),"
          + " sum(CASE WHEN regexp_full_match(email, '.*@.*\\..*') THEN 1 ELSE 0 END),"
          + " sum(CASE WHEN status IN ('active', 'inactive', 'pending') THEN 1 ELSE 0 END),"
          + " sum(CASE WHEN rating IN (1, 2, 3, 4, 5) THEN 1 ELSE 0 END) FROM rich")) {
        r.next();
        long n = r.getLong(1);
        ok += r.getLong(2) == n ? 1 : 0;
        ok += r.getLong(3) == n ? 1 : 0;
        ok += r.getLong(4) >= 0.95 * n ? 1 : 0;
        ok += r.getDouble(5) >= 0 ? 1 : 0;
        ok += r.getDouble(6) <= 10_000 ? 1 : 0;
        ok += r.getDouble(7) >= 0 && r.getDouble(7) <= 100 ? 1 : 0;
        ok += r.getDouble(8) <= 50 ? 1 : 0;
        ok += r.getInt(9) >= 0 ? 1 : 0;
        ok += r.getDouble(10) > 0 ? 1 : 0;
        ok += r.getInt(11) >= 8 ? 1 : 0;
        ok += r.getInt(12) <= 20 ? 1 : 0;
        ok += r.getLong(13) >= 0.9 * n ? 1 : 0;
        ok += r.getLong(14) == n ? 1 : 0;
        ok += r.getLong(15) == n ? 1 : 0;
      }
      try (ResultSet r = s.executeQuery("WITH freq AS (SELECT id, count(*) AS c FROM rich GROUP BY id)"
          + " SELECT sum(CASE WHEN c = 1 THEN 1 ELSE 0 END), sum(c) FROM freq")) {
        r.next();
        ok += r.getLong(1) == r.getLong(2) ? 1 : 0;
      }
      try (ResultSet r = s.executeQuery("WITH freq AS (SELECT category, count(*) AS c FROM rich GROUP BY category)"
          + " SELECT count(*), sum(c) FROM freq")) {
        r.next();
        ok += (double) r.getLong(1) / r.getLong(2) >= 0.001 ? 1 : 0;
      }
    }
    return 16 - ok;
  }

  /** One row as a Java object. */
  record Row(String id, String category, String status, String email, double amount, int quantity, double score,
      int rating, double price, double discount) {}

  /** A row-by-row Java loop: each row read into a {@link Row}, then every check on it. */
  @Benchmark
  public int rowLoop() {
    long n = 0;
    long idNulls = 0;
    long catNulls = 0;
    long emailNulls = 0;
    double minAmount = Double.POSITIVE_INFINITY;
    double maxAmount = Double.NEGATIVE_INFINITY;
    long scoreN = 0;
    double mean = 0;
    double m2 = 0;
    int minQuantity = Integer.MAX_VALUE;
    double minPrice = Double.POSITIVE_INFINITY;
    int minLen = Integer.MAX_VALUE;
    int maxLen = 0;
    long emailMatches = 0;
    long statusIn = 0;
    long ratingIn = 0;
    Set<String> ids = new HashSet<>();
    long idDuplicates = 0;
    Set<String> categories = new HashSet<>();
    Set<String> statuses = Set.of(STATUSES);
    for (VectorSchemaRoot b : batches) {
      for (int i = 0; i < b.getRowCount(); i++) {
        Row row = new Row(text(b, "id", i), text(b, "category", i), text(b, "status", i), text(b, "email", i),
            ((Float8Vector) b.getVector("amount")).get(i), ((IntVector) b.getVector("quantity")).get(i),
            ((Float8Vector) b.getVector("score")).get(i), ((IntVector) b.getVector("rating")).get(i),
            ((Float8Vector) b.getVector("price")).get(i), ((Float8Vector) b.getVector("discount")).get(i));
        n++;
        if (row.id() == null) {
          idNulls++;
        } else {
          if (!ids.add(row.id())) {
            idDuplicates++;
          }
          minLen = Math.min(minLen, row.id().codePointCount(0, row.id().length()));
          maxLen = Math.max(maxLen, row.id().codePointCount(0, row.id().length()));
        }
        if (row.category() == null) {
          catNulls++;
        } else {
          categories.add(row.category());
        }
        if (row.email() == null) {
          emailNulls++;
        } else if (EMAIL.matcher(row.email()).matches()) {
          emailMatches++;
        }
        minAmount = Math.min(minAmount, row.amount());
        maxAmount = Math.max(maxAmount, row.amount());
        scoreN++;
        double d = row.score() - mean;
        mean += d / scoreN;
        m2 += d * (row.score() - mean);
        minQuantity = Math.min(minQuantity, row.quantity());
        minPrice = Math.min(minPrice, row.price());
        statusIn += row.status() != null && statuses.contains(row.status()) ? 1 : 0;
        ratingIn += row.rating() >= 1 && row.rating() <= 5 ? 1 : 0;
      }
    }
    int ok = 0;
    ok += idNulls == 0 ? 1 : 0;
    ok += catNulls == 0 ? 1 : 0;
    ok += n - emailNulls >= 0.95 * n ? 1 : 0;
    ok += idDuplicates == 0 ? 1 : 0;
    ok += (double) categories.size() / (n - catNulls) >= 0.001 ? 1 : 0;
    ok += minAmount >= 0 ? 1 : 0;
    ok += maxAmount <= 10_000 ? 1 : 0;
    ok += mean >= 0 && mean <= 100 ? 1 : 0;
    ok += Math.sqrt(m2 / scoreN) <= 50 ? 1 : 0;
    ok += minQuantity >= 0 ? 1 : 0;
    ok += minPrice > 0 ? 1 : 0;
    ok += minLen >= 8 ? 1 : 0;
    ok += maxLen <= 20 ? 1 : 0;
    ok += emailMatches >= 0.9 * n ? 1 : 0;
    ok += statusIn == n ? 1 : 0;
    ok += ratingIn == n ? 1 : 0;
    return 16 - ok;
  }

  private static String text(VectorSchemaRoot b, String column, int row) {
    VarCharVector v = (VarCharVector) b.getVector(column);
    return v.isNull(row) ? null : new String(v.get(row), StandardCharsets.UTF_8);
  }
}
