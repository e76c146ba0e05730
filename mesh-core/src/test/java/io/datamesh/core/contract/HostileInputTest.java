package io.datamesh.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.datamesh.api.MeshStatus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileInputTest {

  @TempDir
  Path dir;

  @Test
  void duplicate_keys_name_both_lines() {
    Problem p = rejected("apiVersion: v3.1.0\nkind: DataContract\nid: a\nid: b\nversion: 1.0.0\nstatus: draft\n");

    assertThat(p.code()).isEqualTo("source.duplicate-key");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.message()).contains("'id'", "line 3", "line 4");
  }

  @Test
  void an_alias_bomb_is_stopped_before_it_expands() {
    StringBuilder y = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      y.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      y.append("]\n");
    }
    Problem p = rejected(y.toString());

    assertThat(p.code()).isEqualTo("source.alias-bomb");
    assertThat(p.line()).isBetween(2, 10);
  }

  @Test
  void a_reasonable_alias_is_expanded() {
    ContractDocument c = Contracts.read(Yaml12Test.minimal("tags: &t [a, b]\ndescription:\n  purpose: p\n"
        + "customProperties:\n  - {property: same, value: *t}\n"));

    assertThat(c.customProperties().get(0).value()).contains(java.util.List.of("a", "b"));
  }

  @Test
  void deep_nesting_is_refused_with_its_line() {
    StringBuilder y = new StringBuilder("apiVersion: v3.1.0\nx: ");
    y.append("[".repeat(100)).append("]".repeat(100)).append('\n');
    Problem p = rejected(y.toString());

    assertThat(p.code()).isEqualTo("source.depth");
    assertThat(p.line()).isEqualTo(2);
  }

  @Test
  void a_ten_megabyte_document_is_refused_before_parsing() throws IOException {
    Path big = dir.resolve("big.odcs.yaml");
    Files.writeString(big, "description: \"" + "x".repeat(10 * 1024 * 1024) + "\"\n");

    ContractException e = catchThrowableOfType(ContractException.class, () -> Contracts.read(big));

    assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
    assertThat(e.problems().get(0).code()).isEqualTo("source.size");
    assertThat(e.getMessage()).startsWith("big.odcs.yaml:1:1:").contains("bytes");
  }

  @Test
  void invalid_utf8_names_the_byte_and_its_line() {
    byte[] bytes = "apiVersion: v3.1.0\nname: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    ContractException e = catchThrowableOfType(ContractException.class,
        () -> Contracts.read(new ByteArrayInputStream(bytes)));

    assertThat(e.problems().get(0).code()).isEqualTo("source.encoding");
    assertThat(e.problems().get(0).line()).isEqualTo(2);
    assertThat(e.problems().get(0).column()).isEqualTo(10);
    assertThat(e.getMessage()).contains("0xE9");
  }

  @Test
  void a_byte_order_mark_is_refused() {
    byte[] text = Yaml12Test.minimal("").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    ContractException e = catchThrowableOfType(ContractException.class,
        () -> Contracts.read(new ByteArrayInputStream(bytes)));

    assertThat(e.problems().get(0).code()).isEqualTo("source.bom");
    assertThat(e.getMessage()).contains("1:1", "byte-order mark");
  }

  @Test
  void an_empty_file_and_a_comment_only_file_are_refused() {
    assertThat(rejected("").code()).isEqualTo("source.empty");
    assertThat(rejected("# nothing here\n").code()).isEqualTo("source.empty");
  }

  @Test
  void a_json_array_instead_of_an_object_is_refused() {
    Problem p = rejected("\n  [{\"apiVersion\": \"v3.1.0\"}]");

    assertThat(p.code()).isEqualTo("source.not-an-object");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(3);
  }

  @Test
  void a_syntax_error_is_reported_with_its_location_not_a_stack_trace() {
    ContractException e = catchThrowableOfType(ContractException.class,
        () -> Contracts.read("apiVersion: v3.1.0\nschema:\n  - name: [unclosed\n"));

    assertThat(e.problems().get(0).line()).isPositive();
    assertThat(e.getMessage()).doesNotContain("at com.", "Exception", "^");
  }

  @Test
  void validate_reports_unparseable_input_as_a_problem_instead_of_throwing() {
    ValidationResult r = Contracts.validate("a: 1\na: 2\n");

    assertThat(r.isValid()).isFalse();
    assertThat(r.errors()).extracting(Problem::code).containsExactly("source.duplicate-key");
  }

  @Test
  void a_missing_file_is_not_found() {
    assertThat(catchThrowableOfType(io.datamesh.api.MeshException.class,
        () -> Contracts.read(dir.resolve("none.odcs.yaml"))).status()).isEqualTo(MeshStatus.NOT_FOUND);
  }

  private static Problem rejected(String text) {
    ContractException e = catchThrowableOfType(ContractException.class, () -> Contracts.read(text));
    assertThat(e).as("expected a ContractException").isNotNull();
    assertThat(e.status()).isEqualTo(MeshStatus.INVALID_ARGUMENT);
    assertThat(e.getCause() == null || e.getMessage().indexOf('\n') < 0).isTrue();
    return e.problems().get(0);
  }
}
