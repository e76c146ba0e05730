package io.datamesh.core.governance;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.datamesh.api.policy.PolicyResult;
import java.util.Locale;

/** Markdown and JSON renderings of a {@link GovernanceReport}. */
final class ReportWriter {
  private ReportWriter() {}

  static String markdown(GovernanceReport r) {
    StringBuilder sb = new StringBuilder("# Governance report\n\n");
    sb.append("- Policy sets: ");
    sb.append(String.join(", ", r.policySets().stream().map(v -> v.scope() + " `" + v.name() + "` " + v.version())
        .toList())).append('\n');
    sb.append("- Evaluated at: ").append(r.evaluatedAt()).append('\n');
    sb.append("- Results: ").append(r.results().size()).append(", failed ").append(r.failures().size())
        .append(", blocking ").append(r.blocking().size()).append("\n\n");
    sb.append("| Outcome | Policy | Trigger | Severity | Rollout | Subject | Reason | How to fix |\n");
    sb.append("|---|---|---|---|---|---|---|---|\n");
    for (PolicyResult x : r.results()) {
      sb.append("| ").append(outcome(x)).append(" | ").append(cell(x.policyId())).append(" | ")
          .append(lower(x.trigger().name())).append(" | ").append(lower(x.severity().name())).append(" | ")
          .append(cell(x.rollout().toString())).append(" | ").append(cell(x.subject())).append(" | ")
          .append(cell(x.reason())).append(" | ").append(cell(x.fix())).append(" |\n");
    }
    return sb.toString();
  }

  static String json(GovernanceReport r) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    ArrayNode sets = root.putArray("policySets");
    r.policySets().forEach(v -> sets.addObject().put("scope", v.scope()).put("name", v.name())
        .put("version", v.version()));
    root.put("evaluatedAt", r.evaluatedAt().toString());
    ObjectNode summary = root.putObject("summary");
    summary.put("results", r.results().size());
    summary.put("failed", r.failures().size());
    summary.put("blocking", r.blocking().size());
    ArrayNode results = root.putArray("results");
    for (PolicyResult x : r.results()) {
      ObjectNode n = results.addObject();
      n.put("policy", x.policyId());
      n.put("outcome", outcome(x));
      n.put("passed", x.passed());
      n.put("blocks", x.blocks());
      n.put("trigger", lower(x.trigger().name()));
      n.put("severity", lower(x.severity().name()));
      n.put("rollout", x.rollout().toString());
      n.put("stage", lower(x.stage().name()));
      n.put("subject", x.subject());
      n.put("reason", x.reason());
      n.put("fix", x.fix());
    }
    return Json.write(root);
  }

  private static String outcome(PolicyResult x) {
    return x.passed() ? "pass" : x.blocks() ? "FAIL (blocks)" : "fail (" + lower(x.stage().name()) + ", "
        + lower(x.severity().name()) + ")";
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Escapes a Markdown table cell: pipes and line breaks would break the table. */
  private static String cell(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", "<br>");
  }
}
