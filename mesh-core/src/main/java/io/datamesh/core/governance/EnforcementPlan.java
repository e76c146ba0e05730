package io.datamesh.core.governance;

import io.datamesh.api.PortAddress;
import io.datamesh.api.read.Expression;
import io.datamesh.arrow.mask.Mask;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The bound enforcement of one read: whether it may proceed, which policies decided, the masks, the row filter with
 * the principal's attribute values it uses, and the version of the access policies. Computed once per read; caches
 * of read results key on {@link #fingerprint()}, so two reads with different plans never share a result.
 *
 * <pre>{@code
 * EnforcementPlan plan = policies.plan(principal, port, clock.instant());
 * if (!plan.allowed()) { throw new MeshException(MeshStatus.PERMISSION_DENIED, plan.reason()); }
 * String cacheKey = plan.fingerprint() + "@" + snapshotId;
 * }</pre>
 *
 * @param port the port read
 * @param allowed whether the read may proceed
 * @param policyIds the policies that decided: the grant or denial, then each mask and row filter rule
 * @param reason why, in one sentence (names the denying policy)
 * @param warnings what policies in grace would have done, for the reader and the log
 * @param masks the masked columns and their methods
 * @param rowFilter the rows the principal may see, if restricted
 * @param boundAttributes the principal's values of the attributes the row filter uses
 * @param policyVersion the version of the access policies that made the plan
 */
public record EnforcementPlan(PortAddress port, boolean allowed, List<String> policyIds, String reason,
    List<String> warnings, List<Mask> masks, Optional<Expression> rowFilter, Map<String, String> boundAttributes,
    String policyVersion) {
  /**
   * Checks and copies the parts.
   *
   * @param port see the record component
   * @param allowed see the record component
   * @param policyIds see the record component
   * @param reason see the record component
   * @param warnings see the record component
   * @param masks see the record component
   * @param rowFilter see the record component
   * @param boundAttributes see the record component
   * @param policyVersion see the record component
   */
  public EnforcementPlan {
    Objects.requireNonNull(port, "port");
    policyIds = List.copyOf(policyIds);
    Objects.requireNonNull(reason, "reason");
    warnings = List.copyOf(warnings);
    masks = List.copyOf(masks);
    Objects.requireNonNull(rowFilter, "rowFilter");
    boundAttributes = Map.copyOf(boundAttributes);
    Objects.requireNonNull(policyVersion, "policyVersion");
  }

  /**
   * Returns a plan that lets a read through unchanged, for reads no access policy governs.
   *
   * @param port the port
   * @param policyId the deciding policy, such as the name of a custom access controller
   * @param policyVersion the policy version, empty if none
   * @return the plan
   */
  public static EnforcementPlan allowAll(PortAddress port, String policyId, String policyVersion) {
    return new EnforcementPlan(port, true, List.of(policyId), "allowed", List.of(), List.of(), Optional.empty(),
        Map.of(), policyVersion);
  }

  /**
   * Returns a denying plan.
   *
   * @param port the port
   * @param policyId the denying policy
   * @param reason why, naming the policy
   * @param policyVersion the policy version
   * @return the plan
   */
  public static EnforcementPlan deny(PortAddress port, String policyId, String reason, String policyVersion) {
    return new EnforcementPlan(port, false, List.of(policyId), reason, List.of(), List.of(), Optional.empty(),
        Map.of(), policyVersion);
  }

  /**
   * Returns the stable fingerprint of what the plan does to the data: the port, the decision, the masks (in column
   * order), the row filter with its bound attribute values, and the policy version. Who reads is not part of it:
   * two principals with the same plan share it. Every part is written with its length first (and each list with
   * its size), so values containing separators such as {@code ", tenant="} never make two plans hash alike.
   *
   * @return 64 lower-case hex digits (SHA-256)
   */
  public String fingerprint() {
    StringBuilder text = new StringBuilder();
    field(text, port.toString());
    field(text, Boolean.toString(allowed));
    text.append(masks.size()).append('#');
    masks.stream().map(Mask::canonical).sorted().forEach(m -> field(text, m));
    field(text, rowFilter.map(Expression::toJson).orElse(""));
    text.append(boundAttributes.size()).append('#');
    new TreeMap<>(boundAttributes).forEach((k, v) -> field(field(text, k), v));
    field(text, policyVersion);
    return sha256(text.toString());
  }

  private static StringBuilder field(StringBuilder text, String value) {
    return text.append(value.length()).append(':').append(value);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
