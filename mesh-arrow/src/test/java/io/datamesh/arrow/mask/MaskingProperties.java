package io.datamesh.arrow.mask;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.Row;
import io.datamesh.arrow.ExtraColumns;
import io.datamesh.arrow.filter.RowFilter;
import io.datamesh.arrow.filter.VectorFilter;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.arrow.snapshot.SnapshotDraft;
import io.datamesh.arrow.snapshot.SnapshotPublisher;
import io.datamesh.arrow.snapshot.SnapshotReader;
import io.datamesh.arrow.snapshot.SnapshotStore;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.FieldType;
import org.apache.arrow.vector.types.pojo.Schema;

/**
 * Masking after a row filter on random snapshots equals a row-by-row oracle (the api evaluator and the JDK's
 * HMAC), in process and through Arrow IPC, and no masked column ever carries a clear value.
 */
class MaskingProperties {
  private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final SecretProvider SECRETS = SecretProvider.of(Map.of("k1", KEY));
  private static final Principal READER = Principal.builder("ann").putAttribute("region", "EU").build();
  private static final Schema SCHEMA = new Schema(List.of(
      new Field("id", FieldType.notNullable(new ArrowType.Int(64, true)), null),
      new Field("email", FieldType.nullable(ArrowType.Utf8.INSTANCE), null),
      new Field("region", FieldType.nullable(ArrowType.Utf8.INSTANCE), null),
      new Field("score", FieldType.nullable(new ArrowType.Int(64, true)), null)));
  private static final List<String> EMAILS = List.of("ann@x.io", "bob@y.org", "c@z.net", "dora.long.name@ex.com",
      "é@ü.de");

  private final RootAllocator allocator = new RootAllocator();

  @AfterProperty
  void no_leak() {
    allocator.close();
  }

  record Input(long id, String email, String region, Long score) {}

  @Property(tries = 300)
  void masked_filtered_reads_equal_the_oracle_in_process_and_over_ipc(
      @ForAll("rows") List<Input> rows, @ForAll("masks") List<Mask> masks, @ForAll("filters") Expression filter,
      @ForAll boolean overIpc) throws Exception {
    List<List<Object>> expected = oracle(rows, masks, filter);
    try (SnapshotStore store = SnapshotStore.inMemory(allocator, 1)) {
      publish(store, rows);
      List<List<Object>> got = new ArrayList<>();
      try (ArrowReader r = open(store, masks, filter)) {
        if (overIpc) {
          var out = new ByteArrayOutputStream();
          ArrowIpc.writeStream(r, out);
          try (ArrowReader back = ArrowIpc.readStream(new ByteArrayInputStream(out.toByteArray()), allocator)) {
            drain(back, got, masks);
          }
        } else {
          drain(r, got, masks);
        }
      }
      assertThat(got).isEqualTo(expected);
      for (Mask m : masks) {
        int col = columnIndex(m.column());
        for (List<Object> row : got) {
          for (Input in : rows) {
            Object clear = clear(in, col);
            if (clear != null && m.method() != MaskMethod.PARTIAL) {
              assertThat(row.get(col)).as("masked %s", m).isNotEqualTo(clear.toString());
            }
          }
        }
      }
    }
  }

  private ArrowReader open(SnapshotStore store, List<Mask> masks, Expression filter) {
    Optional<RowFilter> f = Optional.of(VectorFilter.compile(filter, SCHEMA, READER));
    var mine = allocator.newChildAllocator("masked", 0, Long.MAX_VALUE);
    var source = SnapshotReader.open(store.acquire("t").orElseThrow(),
        mine.newChildAllocator("source", 0, Long.MAX_VALUE), List.of(), f);
    return MaskedReader.open(source, mine, masks, SECRETS);
  }

  private void publish(SnapshotStore store, List<Input> rows) {
    boolean[] done = {false};
    try (SnapshotDraft d = store.newDraft("t", SCHEMA)) {
      SnapshotPublisher.publish(() -> {
        if (done[0]) {
          return Optional.empty();
        }
        done[0] = true;
        return Optional.of(batch(rows));
      }, d, ExtraColumns.REJECT);
      d.commit();
    }
  }

  private VectorSchemaRoot batch(List<Input> rows) {
    VectorSchemaRoot root = VectorSchemaRoot.create(SCHEMA, allocator);
    root.allocateNew();
    for (int i = 0; i < rows.size(); i++) {
      Input in = rows.get(i);
      ((BigIntVector) root.getVector("id")).setSafe(i, in.id());
      setText((VarCharVector) root.getVector("email"), i, in.email());
      setText((VarCharVector) root.getVector("region"), i, in.region());
      if (in.score() == null) {
        ((BigIntVector) root.getVector("score")).setNull(i);
      } else {
        ((BigIntVector) root.getVector("score")).setSafe(i, in.score());
      }
    }
    root.setRowCount(rows.size());
    return root;
  }

  private static void setText(VarCharVector v, int i, String s) {
    if (s == null) {
      v.setNull(i);
    } else {
      v.setSafe(i, s.getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void drain(ArrowReader r, List<List<Object>> into, List<Mask> masks) throws Exception {
    Schema schema = r.getVectorSchemaRoot().getSchema();
    for (Mask m : masks) {
      Field f = schema.findField(m.column());
      assertThat(f.getMetadata()).containsEntry(Mask.METADATA_METHOD, m.method().label());
      if (m.method() == MaskMethod.NULL_OUT) {
        assertThat(f.isNullable()).isTrue();
      } else {
        assertThat(f.getType()).isEqualTo(ArrowType.Utf8.INSTANCE);
      }
    }
    while (r.loadNextBatch()) {
      VectorSchemaRoot root = r.getVectorSchemaRoot();
      for (int i = 0; i < root.getRowCount(); i++) {
        List<Object> row = new ArrayList<>();
        for (FieldVector v : root.getFieldVectors()) {
          Object o = v.getObject(i);
          row.add(o instanceof org.apache.arrow.vector.util.Text t ? t.toString() : o);
        }
        into.add(row);
      }
    }
  }

  private static int columnIndex(String column) {
    return List.of("id", "email", "region", "score").indexOf(column);
  }

  private static Object clear(Input in, int col) {
    return switch (col) {
      case 0 -> in.id();
      case 1 -> in.email();
      case 2 -> in.region();
      default -> in.score();
    };
  }

  /** Filters with the api evaluator, then masks each value with the JDK's HMAC and plain string code. */
  private static List<List<Object>> oracle(List<Input> rows, List<Mask> masks, Expression filter) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    for (Input in : rows) {
      Map<String, Object> values = new HashMap<>();
      values.put("id", in.id());
      values.put("email", in.email());
      values.put("region", in.region());
      values.put("score", in.score());
      if (!filter.evaluate(Row.of(values), READER).orElse(false)) {
        continue;
      }
      List<Object> row = new ArrayList<>(Arrays.asList(in.id(), in.email(), in.region(), in.score()));
      for (Mask m : masks) {
        int col = columnIndex(m.column());
        Object clear = row.get(col);
        row.set(col, clear == null || m.method() == MaskMethod.NULL_OUT ? null : mask(m, clear.toString()));
      }
      out.add(row);
    }
    return out;
  }

  private static String mask(Mask m, String clear) throws Exception {
    switch (m.method()) {
      case REDACT:
        return "****";
      case HASH:
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(clear.getBytes(StandardCharsets.UTF_8)));
      default:
        int[] cps = clear.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
          b.appendCodePoint(i < cps.length - m.keepLast() ? '*' : cps[i]);
        }
        return cps.length <= m.keepLast() ? "*".repeat(cps.length) : b.toString();
    }
  }

  @Provide
  Arbitrary<List<Input>> rows() {
    Arbitrary<String> email = Arbitraries.oneOf(Arbitraries.of(EMAILS), Arbitraries.just(null));
    Arbitrary<String> region = Arbitraries.of("EU", "US", "APAC").injectNull(0.2);
    Arbitrary<Long> score = Arbitraries.longs().between(-5, 5).injectNull(0.2);
    return Combinators.combine(Arbitraries.longs().between(0, 1000), email, region, score).as(Input::new)
        .list().ofMaxSize(30);
  }

  @Provide
  Arbitrary<List<Mask>> masks() {
    Arbitrary<Mask> one = Arbitraries.of("id", "email", "region", "score").flatMap(c -> Arbitraries.of(
        Mask.nullOut(c), Mask.redact(c), Mask.hash(c, "k1"), Mask.partial(c, 2), Mask.partial(c, 4)));
    return one.list().ofMaxSize(3).uniqueElements(Mask::column);
  }

  @Provide
  Arbitrary<Expression> filters() {
    return Arbitraries.of(
        Expression.column("region").eq(Expression.principal("region")),
        Expression.column("score").gt(Expression.literal(0)),
        Expression.column("email").isNull(),
        Expression.or(Expression.column("region").eq(Expression.literal("US")),
            Expression.column("score").le(Expression.literal(-2))),
        Expression.literal(true).eq(Expression.literal(true)));
  }
}
