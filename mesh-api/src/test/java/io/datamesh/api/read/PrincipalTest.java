package io.datamesh.api.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.datamesh.api.ProductUrn;
import org.junit.jupiter.api.Test;

class PrincipalTest {
  @Test
  void a_built_principal_holds_what_it_was_given() {
    Principal ana = Principal.builder("ana@example.com").setDomain("sales").addRole("viewer").addRole("analyst")
        .addRole("viewer").putAttribute("region", "EMEA").setPurpose("quarterly report").build();
    assertThat(ana.id()).isEqualTo("ana@example.com");
    assertThat(ana.domain()).contains("sales");
    assertThat(ana.roles()).containsExactly("analyst", "viewer");
    assertThat(ana.attributes()).containsExactly(java.util.Map.entry("region", "EMEA"));
    assertThat(ana.attribute("region")).contains("EMEA");
    assertThat(ana.attribute("team")).isEmpty();
    assertThat(ana.purpose()).contains("quarterly report");
    assertThat(ana.hasRole("analyst")).isTrue();
    assertThat(ana.isAnonymous()).isFalse();
    assertThat(ana.productUrn()).isEmpty();
  }

  @Test
  void principals_are_values() {
    Principal a = Principal.builder("ana").addRole("x").addRole("y").putAttribute("k", "v").build();
    Principal b = Principal.builder("ana").addRole("y").addRole("x").putAttribute("k", "v").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(Principal.builder("ana").addRole("x").build());
    assertThatThrownBy(() -> a.roles().add("admin")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> a.attributes().put("k", "w")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void a_later_attribute_replaces_an_earlier_one() {
    assertThat(Principal.builder("ana").putAttribute("region", "EMEA").putAttribute("region", "APAC").build()
        .attribute("region")).contains("APAC");
  }

  @Test
  void blank_texts_are_refused_at_once_quoting_the_value() {
    assertThatThrownBy(() -> Principal.builder(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("principal id must not be blank, was ' '");
    PrincipalBuilder builder = Principal.builder("ana");
    assertThatThrownBy(() -> builder.addRole("")).hasMessageContaining("role must not be blank");
    assertThatThrownBy(() -> builder.setDomain("\t")).hasMessageContaining("domain must not be blank");
    assertThatThrownBy(() -> builder.putAttribute(" ", "v")).hasMessageContaining("attribute name must not be blank");
    assertThatThrownBy(() -> builder.setPurpose("")).hasMessageContaining("purpose must not be blank");
    assertThatThrownBy(() -> builder.putAttribute("k", null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("attribute value");
  }

  @Test
  void the_anonymous_principal_has_no_roles_and_cannot_be_given_any() {
    Principal anonymous = Principal.anonymous();
    assertThat(anonymous.id()).isEqualTo("anonymous");
    assertThat(anonymous.roles()).isEmpty();
    assertThat(anonymous.attributes()).isEmpty();
    assertThat(anonymous.isAnonymous()).isTrue();
    assertThat(Principal.builder("anonymous").build()).isEqualTo(anonymous);
    assertThatThrownBy(() -> Principal.builder("anonymous").addRole("admin").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot have roles, was given [admin]");
  }

  @Test
  void a_product_reads_as_its_urn_with_the_data_product_role() {
    ProductUrn urn = ProductUrn.parse("urn:dpds:com.example:dataproducts:revenue:1");
    Principal p = Principal.ofProduct(urn);
    assertThat(p.id()).isEqualTo(urn.toString());
    assertThat(p.roles()).containsExactly("data-product");
    assertThat(p.attribute("product")).contains(urn.toString());
    assertThat(p.productUrn()).contains(urn);
    assertThat(p.isAnonymous()).isFalse();
  }

  @Test
  void the_data_product_role_needs_a_valid_product_urn() {
    assertThatThrownBy(() -> Principal.builder("x").addRole("data-product").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no attribute 'product'");
    assertThatThrownBy(() -> Principal.builder("x").addRole("data-product").putAttribute("product", "orders").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("malformed DPDS URN 'orders'");
  }

  @Test
  void a_principal_prints_its_parts() {
    assertThat(Principal.builder("ana").setDomain("sales").addRole("analyst").build())
        .hasToString("Principal[id=ana, domain=sales, roles=[analyst], attributes={}]");
  }
}
