package io.datamesh.api.policy;

import java.util.List;

/**
 * The evaluation of a Java policy.
 *
 * <p>{@code PolicyCheck check = s -> List.of(Finding.pass(s.current().urn().toString(), "nothing to check"));}
 */
@FunctionalInterface
public interface PolicyCheck {
  /**
   * Evaluates a subject.
   *
   * @param subject the product before and after the operation
   * @return the findings, at least one
   */
  List<Finding> check(PolicySubject subject);
}
