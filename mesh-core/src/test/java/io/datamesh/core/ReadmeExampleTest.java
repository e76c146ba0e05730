package io.datamesh.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.datamesh.api.DataProduct;
import io.datamesh.api.Domain;
import io.datamesh.api.DomainKind;
import io.datamesh.api.OutputPort;
import io.datamesh.api.Owner;
import io.datamesh.api.contract.Contract;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.SchemaObject;
import io.datamesh.api.contract.SchemaProperty;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the README's example and checks that the README still shows exactly this code. */
class ReadmeExampleTest {
  @Test
  void the_readme_example_declares_registers_and_finds_a_product() {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      example();
    } finally {
      System.setOut(original);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8).trim())
        .isEqualTo("urn:dpds:com.example:dataproducts:orders:1");
  }

  @Test
  void the_readme_shows_the_code_this_test_runs() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));
    String block = readme.substring(readme.indexOf("<!-- readme-example:start -->"),
        readme.indexOf("<!-- readme-example:end -->"));
    String code = block.substring(block.indexOf("```java") + 7, block.lastIndexOf("```")).strip();
    String source = Files.readString(Path.of("src/test/java/io/datamesh/core/ReadmeExampleTest.java"));

    assertThat(normalize(source)).contains(normalize(code));
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ");
  }

  private static void example() {
    Contract contract = Contract.builder()
        .setId("orders-contract").setVersion("1.0.0").setName("orders")
        .addSchemaObject(SchemaObject.builder("orders")
            .addProperty(SchemaProperty.builder("order_id", LogicalType.STRING).setRequired(true).build())
            .addProperty(SchemaProperty.builder("amount", LogicalType.NUMBER).build())
            .build())
        .build();
    DataProduct orders = DataProduct.builder()
        .setNamespace("com.example").setName("orders").setVersion("1.0.0")
        .setDomain(Domain.of("sales", DomainKind.SOURCE_ALIGNED))
        .setOwner(Owner.of("orders-team@example.com"))
        .addOutputPort(OutputPort.builder("orders").setContract(contract))
        .build();
    try (Mesh mesh = Mesh.builder().build()) {
      mesh.register(orders);
      List<DataProduct> found = mesh.find(ProductQuery.builder().setFieldName("amount").build());
      System.out.println(found.get(0).urn()); // urn:dpds:com.example:dataproducts:orders:1
    }
  }
}
