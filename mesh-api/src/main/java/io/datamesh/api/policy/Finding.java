package io.datamesh.api.policy;

import java.util.Objects;

/**
 * What a policy found about one subject: passed or failed, the subject (a product URN, optionally followed by
 * {@code #} and a JSON Pointer into the product's descriptor), why, and how to fix a failure.
 *
 * <pre>{@code
 * Finding.fail(product.urn() + "#/info/owner/id", "the owner is not an e-mail address",
 *     "call setOwner(Owner.of(\"team@example.com\"))");
 * }</pre>
 *
 * @param passed whether the subject complies
 * @param subject what was checked, such as {@code urn:dpds:com.example:dataproducts:orders:1}
 * @param reason what was found, in a sentence
 * @param fix how to fix a failure; empty for a pass
 */
public record Finding(boolean passed, String subject, String reason, String fix) {
  /**
   * Checks the parts.
   *
   * @param passed see the record component
   * @param subject see the record component
   * @param reason see the record component
   * @param fix see the record component
   * @throws IllegalArgumentException if the subject or reason is blank, or a failure says no fix
   */
  public Finding {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(fix, "fix");
    if (subject.isBlank() || reason.isBlank()) {
      throw new IllegalArgumentException("a finding needs a subject and a reason, got subject '" + subject
          + "' and reason '" + reason + "'");
    }
    if (!passed && fix.isBlank()) {
      throw new IllegalArgumentException("a failed finding on '" + subject + "' must say how to fix it");
    }
  }

  /**
   * Creates a passing finding.
   *
   * @param subject what was checked
   * @param reason what was checked, in a sentence
   * @return the finding
   */
  public static Finding pass(String subject, String reason) {
    return new Finding(true, subject, reason, "");
  }

  /**
   * Creates a failing finding.
   *
   * @param subject what failed
   * @param reason what is wrong
   * @param fix how to fix it
   * @return the finding
   */
  public static Finding fail(String subject, String reason, String fix) {
    return new Finding(false, subject, reason, fix);
  }
}
