package io.datamesh.core.governance;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.policy.PolicyResult;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every policy x subject result of an evaluation, with its explanation, the policy sets' versions and the instant;
 * printable as Markdown or JSON.
 *
 * <pre>{@code
 * GovernanceReport r = Governance.evaluate(product, PolicySet.builtIns(), PolicyTrigger.BUILD);
 * Files.writeString(Path.of("target/governance.md"), r.toMarkdown());
 * r.throwIfBlocked("build " + product.urn());
 * }</pre>
 */
public final class GovernanceReport {
  private final List<PolicySetVersion> policySets;
  private final Instant evaluatedAt;
  private final List<PolicyResult> results;

  GovernanceReport(List<PolicySetVersion> policySets, Instant evaluatedAt, List<PolicyResult> results) {
    this.policySets = List.copyOf(policySets);
    this.evaluatedAt = Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    this.results = List.copyOf(results);
  }

  /**
   * Returns this report with more results appended, such as the mesh's recent access denials.
   *
   * <p>{@code report.with(recentDenials).toMarkdown()}
   *
   * @param more results to add after this report's own
   * @return a new report
   */
  public GovernanceReport with(List<PolicyResult> more) {
    List<PolicyResult> all = new java.util.ArrayList<>(results);
    all.addAll(more);
    return new GovernanceReport(policySets, evaluatedAt, all);
  }

  /**
   * Returns the policy sets (global, then domain) the results came from, with their versions.
   *
   * @return the versions
   */
  public List<PolicySetVersion> policySets() {
    return policySets;
  }

  /**
   * Returns when, on the clock of the evaluation, the policies ran.
   *
   * @return the instant
   */
  public Instant evaluatedAt() {
    return evaluatedAt;
  }

  /**
   * Returns every result, passed or failed, in policy order.
   *
   * @return the results
   */
  public List<PolicyResult> results() {
    return results;
  }

  /**
   * Returns the failed results, blocking or not.
   *
   * @return the failures
   */
  public List<PolicyResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }

  /**
   * Returns the failures that block: error severity, enforced.
   *
   * @return the blocking failures
   */
  public List<PolicyResult> blocking() {
    return results.stream().filter(PolicyResult::blocks).toList();
  }

  /**
   * Returns the failures that do not block: warnings, drafts and policies in grace.
   *
   * @return the advisory failures
   */
  public List<PolicyResult> advisories() {
    return results.stream().filter(r -> !r.passed() && !r.blocks()).toList();
  }

  /**
   * Tells whether any failure blocks.
   *
   * @return true if {@link #blocking()} is not empty
   */
  public boolean hasBlocking() {
    return results.stream().anyMatch(PolicyResult::blocks);
  }

  /**
   * Throws if a failure blocks, listing each blocking policy with its subject, reason and fix.
   *
   * @param operation what is refused, such as {@code register urn:dpds:...}
   * @throws MeshException {@code FAILED_PRECONDITION} if {@link #hasBlocking()}
   */
  public void throwIfBlocked(String operation) {
    List<PolicyResult> blocking = blocking();
    if (blocking.isEmpty()) {
      return;
    }
    StringBuilder sb = new StringBuilder("cannot ").append(operation).append(": ").append(blocking.size())
        .append(blocking.size() == 1 ? " policy failure blocks it" : " policy failures block it")
        .append(" (policy sets ").append(policySets).append(")");
    for (PolicyResult r : blocking) {
      sb.append("\n  - ").append(r.describe());
    }
    throw new MeshException(MeshStatus.FAILED_PRECONDITION, sb.toString());
  }

  /**
   * Renders the report as Markdown: a heading with the policy sets and a table of every result.
   *
   * @return the Markdown
   */
  public String toMarkdown() {
    return ReportWriter.markdown(this);
  }

  /**
   * Renders the report as JSON.
   *
   * @return the JSON document
   */
  public String toJson() {
    return ReportWriter.json(this);
  }

  @Override
  public String toString() {
    return "GovernanceReport[" + results.size() + " results, " + failures().size() + " failed, "
        + blocking().size() + " blocking]";
  }
}
