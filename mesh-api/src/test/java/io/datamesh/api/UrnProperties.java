package io.datamesh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UrnProperties {
  private static final String SEGMENT_CHARS =
      "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";

  @Provide
  Arbitrary<ProductUrn> products() {
    Arbitrary<String> segments = Arbitraries.strings().withChars(SEGMENT_CHARS).ofMinLength(1).ofMaxLength(20);
    Arbitrary<Integer> majors = Arbitraries.integers().between(0, Integer.MAX_VALUE)
        .edgeCases(c -> c.add(0, 1, 9, 10, 999_999_999, 1_000_000_000, Integer.MAX_VALUE));
    return Combinators.combine(segments, segments, majors).as(ProductUrn::of);
  }

  @Provide
  Arbitrary<PortAddress> ports() {
    Arbitrary<String> names = Arbitraries.strings().withChars(SEGMENT_CHARS).ofMinLength(1).ofMaxLength(20);
    return Combinators.combine(products(), Arbitraries.of(PortKind.class), names).as(PortAddress::new);
  }

  @Provide
  Arbitrary<String> malformed() {
    Arbitrary<String> valid =
        Arbitraries.oneOf(products().map(ProductUrn::toString), ports().map(PortAddress::toString));
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(60),
        Combinators.combine(valid, Arbitraries.integers().between(0, 7)).as(UrnProperties::dropPart),
        Combinators.combine(valid, Arbitraries.of("URN:dpds:", "urn:DPDS:", "urn:dpd:", "urn:dpds", " urn:dpds:",
            "urn:dpds::", "dpds:", "")).as((v, prefix) -> prefix + v.substring("urn:dpds:".length())),
        valid.map(v -> replacePart(v, 5, "0" + part(v, 5))),
        Combinators.combine(valid, Arbitraries.of("+1", "-1", "1.0", "1e3", "", "x", "١", " 1")).as(
            (v, major) -> replacePart(v, 5, major)),
        Combinators.combine(ports().map(PortAddress::toString), Arbitraries.of("outputport", "OUTPUTPORTS", "ports",
            "", "output_ports", "outputports ")).as((v, kind) -> replacePart(v, 6, kind)),
        Combinators.combine(valid, Arbitraries.of(2, 4, 7), Arbitraries.of(" ", "/", "#", "é", "%", "\n", "😀", "@"))
            .as(UrnProperties::insertIllegal),
        Combinators.combine(valid, Arbitraries.of(2, 4, 7)).as((v, i) -> replacePart(v, i, "")),
        valid.map(v -> replacePart(v, 3, "dataproduct")),
        valid.map(v -> v + ":x"),
        ports().map(p -> p + ":outputports:x"));
  }

  @Property
  void every_valid_product_urn_reads_back_from_its_text(@ForAll("products") ProductUrn urn) {
    assertThat(ProductUrn.parse(urn.toString())).isEqualTo(urn);
    assertThat(ProductUrn.parse(urn.toString()).toString()).isEqualTo(urn.toString());
  }

  @Property
  void every_valid_port_address_reads_back_from_its_text(@ForAll("ports") PortAddress address) {
    assertThat(PortAddress.parse(address.toString())).isEqualTo(address);
    assertThat(address.toString()).startsWith(address.product().toString() + ":");
  }

  @Property(tries = 2000)
  void malformed_text_is_refused_by_both_parsers_quoting_it(@ForAll("malformed") String text) {
    assertRefused(() -> ProductUrn.parse(text), text);
    assertRefused(() -> PortAddress.parse(text), text);
  }

  @Property
  void ids_are_a_function_of_the_text(@ForAll("ports") PortAddress address) {
    assertThat(PortAddress.parse(address.toString()).id()).isEqualTo(address.id());
    assertThat(address.id()).isNotEqualTo(address.product().id());
  }

  private static void assertRefused(Runnable parse, String text) {
    assertThatThrownBy(parse::run)
        .isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT))
        .hasMessageContaining("'" + text + "'");
  }

  private static String part(String urn, int index) {
    return urn.split(":", -1)[index];
  }

  private static String replacePart(String urn, int index, String replacement) {
    String[] parts = urn.split(":", -1);
    parts[Math.min(index, parts.length - 1)] = replacement;
    return String.join(":", parts);
  }

  private static String dropPart(String urn, int index) {
    List<String> parts = new ArrayList<>(Arrays.asList(urn.split(":", -1)));
    parts.remove(Math.min(index, parts.size() - 1));
    return String.join(":", parts);
  }

  private static String insertIllegal(String urn, int index, String illegal) {
    String[] parts = urn.split(":", -1);
    int at = Math.min(index, parts.length - 1);
    parts[at] = parts[at].substring(0, parts[at].length() / 2) + illegal + parts[at].substring(parts[at].length() / 2);
    return String.join(":", parts);
  }
}
