package io.datamesh.testkit.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Keeps docs/testing.md true: every Java snippet on the page is code that {@link OrdersProductTest} runs. */
class TestingGuideTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @Test
  void every_java_snippet_of_the_testing_guide_is_code_the_build_runs() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "testing.md"));
    String source = normalize(Files.readString(
        Path.of("src/test/java/io/datamesh/testkit/guide/OrdersProductTest.java")));
    List<String> snippets = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(guide);
    while (m.find()) {
      snippets.add(m.group(1));
    }

    assertThat(snippets).hasSizeGreaterThanOrEqualTo(8);
    for (String snippet : snippets) {
      assertThat(source).as("docs/testing.md shows code OrdersProductTest does not run").contains(normalize(snippet));
    }
  }

  private static String normalize(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
