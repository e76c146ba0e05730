package io.datamesh.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When the mesh runs a product's {@link Transform}, and how it retries. A run can always be started by hand with
 * {@link Mesh#refresh(io.datamesh.api.ProductUrn)}.
 *
 * <pre>{@code
 * RefreshPolicy.builder()
 *     .setOnUpstreamPublish(Duration.ofSeconds(2))    // debounced: a burst of publishes causes one run
 *     .setCron(CronExpression.parse("0 6 * * *"))     // and every day at 06:00 UTC
 *     .setMaxAttempts(3).setRetryBackoff(Duration.ofMinutes(1))
 *     .build();
 * }</pre>
 *
 * @param onUpstreamPublish the debounce after an upstream publish, if upstream publishes trigger runs
 * @param interval a fixed interval between scheduled runs, if any
 * @param cron a cron schedule in UTC, if any
 * @param maxAttempts how many times a failing triggered run is attempted in all (1 = no retry)
 * @param retryBackoff the wait before each retry, doubled after each failed attempt
 */
public record RefreshPolicy(Optional<Duration> onUpstreamPublish, Optional<Duration> interval,
    Optional<CronExpression> cron, int maxAttempts, Duration retryBackoff) {
  /**
   * Checks the parts.
   *
   * @param onUpstreamPublish see the record component
   * @param interval see the record component
   * @param cron see the record component
   * @param maxAttempts see the record component
   * @param retryBackoff see the record component
   */
  public RefreshPolicy {
    Objects.requireNonNull(onUpstreamPublish, "onUpstreamPublish");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(cron, "cron");
    Objects.requireNonNull(retryBackoff, "retryBackoff");
    onUpstreamPublish.ifPresent(d -> requireNonNegative("upstream-publish debounce", d));
    interval.ifPresent(d -> {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("refresh interval must be positive, was " + d);
      }
    });
    requireNonNegative("retry backoff", retryBackoff);
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("max attempts must be between 1 and 100, was " + maxAttempts);
    }
  }

  private static void requireNonNegative(String what, Duration d) {
    if (d.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, was " + d);
    }
  }

  /**
   * Returns a policy that runs only on {@link Mesh#refresh(io.datamesh.api.ProductUrn)}.
   *
   * @return the manual policy
   */
  public static RefreshPolicy manual() {
    return builder().build();
  }

  /**
   * Returns a policy that runs after upstream publishes, debounced.
   *
   * @param debounce how long to wait for more publishes before running once
   * @return the policy
   */
  public static RefreshPolicy onUpstreamPublish(Duration debounce) {
    return builder().setOnUpstreamPublish(debounce).build();
  }

  /**
   * Starts a policy.
   *
   * @return a builder
   */
  public static RefreshPolicyBuilder builder() {
    return new RefreshPolicyBuilder();
  }
}
