package io.datamesh.testkit.plain;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** Runs {@link PlainUserProductCheck} through the JUnit Platform launcher; exits 0 only if it found and passed it. */
public final class PlainUserLauncher {
  private PlainUserLauncher() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    for (String optional : new String[] {"org.assertj.core.api.Assertions", "net.jqwik.api.Arbitrary"}) {
      out.println(optional + (isPresent(optional) ? " present" : " absent"));
    }
    LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
        .selectors(selectClass(PlainUserProductCheck.class)).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    summary.printTo(out);
    summary.printFailuresTo(out, 20);
    System.exit(summary.getTestsSucceededCount() == 1 && summary.getTotalFailureCount() == 0 ? 0 : 1);
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, PlainUserLauncher.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
