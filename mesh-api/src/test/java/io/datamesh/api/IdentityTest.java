package io.datamesh.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdentityTest {
  private static final String PRODUCT = "urn:dpds:com.example:dataproducts:orders:1";
  private static final String PORT = "urn:dpds:com.example:dataproducts:orders:1:outputports:orders";

  @Test
  void ids_are_the_published_uuid_v5_vectors() {
    assertThat(ProductUrn.parse(PRODUCT).id()).isEqualTo(UUID.fromString("642fdfed-5a87-587d-ad33-539589ca4bba"));
    assertThat(PortAddress.parse(PORT).id()).isEqualTo(UUID.fromString("d763306b-3e47-5d2d-9d7f-c3a767b29b13"));
    assertThat(IdStrategy.UUID_V5.id(PRODUCT)).isEqualTo(ProductUrn.parse(PRODUCT).id());
  }

  @Test
  void uuid_v5_ids_carry_version_5_and_the_rfc_variant() {
    UUID id = ProductUrn.parse(PRODUCT).id();
    assertThat(id.version()).isEqualTo(5);
    assertThat(id.variant()).isEqualTo(2);
  }

  @Test
  void open_data_mesh_ids_are_name_uuids_of_the_urn() {
    for (String urn : new String[] {PRODUCT, PORT}) {
      assertThat(IdStrategy.OPEN_DATA_MESH.id(urn))
          .isEqualTo(UUID.nameUUIDFromBytes(urn.getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(ProductUrn.parse(PRODUCT).id(IdStrategy.OPEN_DATA_MESH))
        .isEqualTo(UUID.fromString("45368c28-85c2-3538-89ea-668f4cc58383"));
    assertThat(PortAddress.parse(PORT).id(IdStrategy.OPEN_DATA_MESH))
        .isEqualTo(UUID.fromString("5eb7f26f-651a-313f-88ed-771001497698"));
  }

  @Test
  void a_urn_is_parsed_into_its_parts() {
    ProductUrn urn = ProductUrn.parse(PRODUCT);
    assertThat(urn).isEqualTo(ProductUrn.of("com.example", "orders", 1));
    PortAddress port = PortAddress.parse(PORT);
    assertThat(port.product()).isEqualTo(urn);
    assertThat(port.kind()).isEqualTo(PortKind.OUTPUT);
    assertThat(port.name()).isEqualTo("orders");
    assertThat(urn.port(PortKind.OUTPUT, "orders")).isEqualTo(port);
    assertThat(port).hasToString(PORT);
  }

  @Test
  void the_largest_major_version_round_trips() {
    ProductUrn urn = ProductUrn.of("ns", "p", Integer.MAX_VALUE);
    assertThat(ProductUrn.parse(urn.toString())).isEqualTo(urn);
    assertThatThrownBy(() -> ProductUrn.parse("urn:dpds:ns:dataproducts:p:2147483648"))
        .isInstanceOf(MeshException.class).hasMessageContaining("larger than 2147483647");
    assertThatThrownBy(() -> ProductUrn.parse("urn:dpds:ns:dataproducts:p:" + "9".repeat(30)))
        .hasMessageContaining("larger than 2147483647");
  }

  @ParameterizedTest
  @EnumSource(PortKind.class)
  void every_port_kind_round_trips_through_its_segment(PortKind kind) {
    assertThat(PortKind.fromSegment(kind.segment())).isEqualTo(kind);
    PortAddress address = ProductUrn.parse(PRODUCT).port(kind, "p");
    assertThat(PortAddress.parse(address.toString())).isEqualTo(address);
  }

  @Test
  void a_port_address_is_not_a_product_urn_and_the_message_says_so() {
    assertThatThrownBy(() -> ProductUrn.parse(PORT))
        .isInstanceOfSatisfying(MeshException.class, e -> assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT))
        .hasMessageContaining("'" + PORT + "'").hasMessageContaining("is it a port address?");
  }

  @Test
  void building_from_bad_parts_is_refused_quoting_the_part() {
    assertThatThrownBy(() -> ProductUrn.of("com example", "orders", 1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("namespace 'com example' has the character ' ' at index 3");
    assertThatThrownBy(() -> ProductUrn.of("ns", "orders", -1)).hasMessageContaining("was -1");
    assertThatThrownBy(() -> ProductUrn.of("ns", "", 1)).hasMessageContaining("name must not be empty");
    assertThatThrownBy(() -> ProductUrn.of("ns", "o", 1).port(PortKind.INPUT, "a:b"))
        .hasMessageContaining("port name 'a:b'");
  }
}
