package io.datamesh.api.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.PortAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReadRequestTest {
  private static final PortAddress PORT =
      PortAddress.parse("urn:dpds:com.example:dataproducts:orders:1:outputports:orders");
  private static final Principal ANA = Principal.builder("ana").addRole("analyst").build();
  private static final Expression BIG = Expression.column("amount").gt(Expression.literal(100));

  @Test
  void a_plain_request_reads_every_column_and_row_of_the_latest_snapshot() {
    ReadRequest r = ReadRequest.of(PORT, ANA);
    assertThat(r.port()).isEqualTo(PORT);
    assertThat(r.principal()).isEqualTo(ANA);
    assertThat(r.columns()).isEmpty();
    assertThat(r.filter()).isEmpty();
    assertThat(r.snapshotId()).isEmpty();
  }

  @Test
  void a_built_request_holds_what_it_was_given_in_order() {
    ReadRequest r = ReadRequest.builder(PORT, ANA).setColumns("z", "a").addColumn("m").setFilter(BIG)
        .setSnapshotId(0).build();
    assertThat(r.columns()).containsExactly("z", "a", "m");
    assertThat(r.filter()).contains(BIG);
    assertThat(r.snapshotId()).hasValue(0);
    assertThatThrownBy(() -> r.columns().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_request_needs_a_principal_and_a_port() {
    assertThatThrownBy(() -> ReadRequest.builder(PORT, null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("names who reads; use Principal.anonymous()");
    assertThatThrownBy(() -> ReadRequest.of(null, ANA)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("port");
  }

  @Test
  void a_column_listed_twice_is_refused() {
    assertThatThrownBy(() -> ReadRequest.builder(PORT, ANA).setColumns("a", "b", "a"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("column 'a' is listed twice in the projection [a, b]");
    assertThatThrownBy(() -> ReadRequest.builder(PORT, ANA).setColumns(List.of("a")).addColumn("a"))
        .hasMessageContaining("column 'a' is listed twice");
    assertThatThrownBy(() -> ReadRequest.builder(PORT, ANA).addColumn("")).hasMessageContaining("must not be empty");
  }

  @Test
  void setting_columns_replaces_the_projection() {
    assertThat(ReadRequest.builder(PORT, ANA).setColumns("a", "b").setColumns("b").build().columns())
        .containsExactly("b");
  }

  @Test
  void a_negative_snapshot_id_is_refused_quoting_it() {
    assertThatThrownBy(() -> ReadRequest.builder(PORT, ANA).setSnapshotId(-1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("snapshot id must be >= 0, was -1");
  }

  @Test
  void requests_are_values_and_to_builder_starts_from_one() {
    ReadRequest r = ReadRequest.builder(PORT, ANA).setColumns("a").setFilter(BIG).setSnapshotId(3).build();
    assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    ReadRequest narrowed = r.toBuilder().setFilter(Expression.and(BIG, Expression.column("ok"))).build();
    assertThat(narrowed.filter()).contains(Expression.and(BIG, Expression.column("ok")));
    assertThat(narrowed.columns()).isEqualTo(r.columns());
    assertThat(narrowed.snapshotId()).isEqualTo(r.snapshotId());
    assertThat(narrowed).isNotEqualTo(r);
  }

  @Test
  void a_request_prints_its_parts() {
    assertThat(ReadRequest.builder(PORT, ANA).setColumns("a").setFilter(BIG).setSnapshotId(3).build()).hasToString(
        "ReadRequest[port=" + PORT + ", principal=ana, columns=[a], filter=amount > 100, snapshot=3]");
  }
}
