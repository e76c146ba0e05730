package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.DomainKind;
import io.datamesh.api.MeshException;
import io.datamesh.api.OutputPort;
import io.datamesh.api.PortAddress;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import io.datamesh.api.event.MeshEvent;
import io.datamesh.api.event.MeshEventType;
import io.datamesh.api.read.Expression;
import io.datamesh.api.read.Principal;
import io.datamesh.api.read.ReadRequest;
import io.datamesh.arrow.ArrowSchemas;
import io.datamesh.arrow.ipc.ArrowIpc;
import io.datamesh.arrow.mask.MaskMethod;
import io.datamesh.core.governance.AccessPolicies;
import io.datamesh.core.governance.Grant;
import io.datamesh.core.governance.MaskingRule;
import io.datamesh.core.governance.PrincipalMatch;
import io.datamesh.core.quality.QuarantineMode;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;

/**
 * For random values in a masked column, the clear value appears in none of the ways a masked principal (or anyone
 * watching the mesh) can see data: the in-process read, the IPC bytes of the read, the quarantine, the message of a
 * failing read, the ACCESS_DECISION audit events, and every log line the mesh wrote during the run.
 */
class NoClearValueProperties {
  static final PortAddress PORT = PortAddress.parse(Products.out("contacts"));
  static final Principal MASKED = Principal.builder("mia").setDomain("sales")
      .putAttribute("department", "marketing").build();

  record Row(Long id, String email, String note) {}

  static DataProduct product() {
    SchemaObject o = SchemaObject.builder("contacts")
        .addProperty(SchemaProperty.builder("id", LogicalType.INTEGER).setRequired(true).build())
        .addProperty(SchemaProperty.builder("email", LogicalType.STRING).setClassification("restricted").build())
        .addProperty(SchemaProperty.builder("note", LogicalType.STRING).build())
        .build();
    Contract c = Contract.builder().setId("contacts").setVersion("1.0.0").addSchemaObject(o).build();
    return Products.product("contacts", "1.0.0", DomainKind.SOURCE_ALIGNED)
        .addOutputPort(OutputPort.builder("contacts").setContract(c)).build();
  }

  static AccessPolicies policies(MaskMethod method) {
    return AccessPolicies.builder()
        .addGrant(Grant.of("grant.marketing", PrincipalMatch.attribute("department", "marketing"), PORT))
        .addMaskingRule(MaskingRule.of("mask.email", "restricted", PrincipalMatch.any(), method,
            method == MaskMethod.PARTIAL ? 3 : 0, method == MaskMethod.HASH ? "k-2025" : ""))
        .setSecrets(EnforcementTest.SECRETS)
        .build();
  }

  @Property(tries = 40)
  void a_masked_column_never_carries_a_clear_value_through_any_path(@ForAll("rows") List<Row> rows,
      @ForAll("methods") MaskMethod method, @ForAll boolean cached) throws Exception {
    List<String> clear = rows.stream().map(Row::email).filter(e -> e != null).toList();
    List<MeshEvent> events = new CopyOnWriteArrayList<>();
    List<String> seen = new ArrayList<>();
    PrintStream err = System.err;
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    System.setErr(new PrintStream(tee(err, log), true, StandardCharsets.UTF_8));
    try (RootAllocator leakCheck = new RootAllocator()) {
      try (Mesh mesh = Mesh.builder().setAllocator(leakCheck).addEmitter(events::add).addEmitter(e -> {
        throw new IllegalStateException("a broken emitter, so that the mesh logs errors with its events");
      })
          .setAccessPolicies(policies(method)).setReadCacheBytes(cached ? 1 << 20 : 0)
          .setQuarantine(PORT, QuarantineMode.QUARANTINE).setMaxQuarantinedPercent(100).build()) {
        mesh.register(product());
        publish(mesh, rows);
        seen.add(values(mesh.read(ReadRequest.of(PORT, MASKED))));
        seen.add(values(mesh.read(ReadRequest.of(PORT, MASKED)))); // a second read: from the cache when on
        try (ArrowReader r = mesh.read(ReadRequest.of(PORT, MASKED))) {
          ByteArrayOutputStream ipc = new ByteArrayOutputStream();
          ArrowIpc.writeStream(r, ipc);
          seen.add(ipc.toString(StandardCharsets.ISO_8859_1));
        }
        seen.add(values(mesh.readQuarantine(ReadRequest.of(PORT, MASKED))));
        for (Supplier<ArrowReader> failing : List.<Supplier<ArrowReader>>of(
            () -> mesh.read(ReadRequest.builder(PORT, MASKED)
                .setFilter(Expression.column("email").eq(Expression.literal("probe"))).build()),
            () -> mesh.read(ReadRequest.builder(PORT, MASKED).setColumns(List.of("email", "nope")).build()),
            () -> mesh.read(ReadRequest.builder(PORT, MASKED).setSnapshotId(99).build()),
            () -> mesh.read(ReadRequest.of(PORT, Principal.builder("sam").build())),
            () -> mesh.readQuarantine(ReadRequest.of(PORT, Principal.builder("eve").setDomain("hr").build())))) {
          try (ArrowReader r = failing.get()) {
            seen.add(values(r));
          } catch (MeshException e) {
            seen.add(e.getMessage());
          }
        }
        mesh.close(Duration.ofSeconds(5));
      }
      assertThat(leakCheck.getAllocatedMemory()).isZero();
    } finally {
      System.setErr(err);
    }
    events.forEach(e -> seen.add(e.toString()));
    String logged = log.toString(StandardCharsets.UTF_8);
    seen.add(logged);
    assertThat(events).anyMatch(e -> e.type() == MeshEventType.ACCESS_DECISION);
    assertThat(logged).as("the mesh's log lines are captured").contains("the event is dropped");
    for (String value : clear) {
      for (String text : seen) {
        assertThat(text).as("clear value %s under %s", value, method).doesNotContain(value);
      }
    }
  }

  private static OutputStream tee(OutputStream a, OutputStream b) {
    return new OutputStream() {
      @Override
      public void write(int c) throws java.io.IOException {
        a.write(c);
        b.write(c);
      }

      @Override
      public void write(byte[] bytes, int off, int len) throws java.io.IOException {
        a.write(bytes, off, len);
        b.write(bytes, off, len);
      }
    };
  }

  private static void publish(Mesh mesh, List<Row> rows) {
    VectorSchemaRoot b = VectorSchemaRoot.create(ArrowSchemas.of(product().outputPorts().get(0).contract(),
        "contacts"), mesh.allocator());
    b.allocateNew();
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      if (r.id() == null) {
        ((BigIntVector) b.getVector("id")).setNull(i); // breaks `required`: the row goes to the quarantine
      } else {
        ((BigIntVector) b.getVector("id")).setSafe(i, r.id());
      }
      set((VarCharVector) b.getVector("email"), i, r.email());
      set((VarCharVector) b.getVector("note"), i, r.note());
    }
    b.setRowCount(rows.size());
    mesh.publish(PORT, b);
  }

  private static void set(VarCharVector v, int i, String s) {
    if (s == null) {
      v.setNull(i);
    } else {
      v.setSafe(i, s.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Every value the reader serves, as text. */
  private static String values(ArrowReader reader) throws Exception {
    StringBuilder out = new StringBuilder();
    try (reader) {
      while (reader.loadNextBatch()) {
        out.append(reader.getVectorSchemaRoot().contentToTSVString());
      }
    }
    return out.toString();
  }

  @Provide
  Arbitrary<MaskMethod> methods() {
    return Arbitraries.of(MaskMethod.values());
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> secret = Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofMinLength(6)
        .ofMaxLength(14).map(s -> "clear-" + s + "@secret.example");
    Arbitrary<Long> id = Arbitraries.longs().between(0, 9999).injectNull(0.25);
    Arbitrary<String> note = Arbitraries.of("vip", "new", "churned").injectNull(0.3);
    return Combinators.combine(id, secret.injectNull(0.15), note).as(Row::new).list().ofMinSize(1).ofMaxSize(20);
  }
}
