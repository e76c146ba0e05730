package io.datamesh.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link RefreshPolicy}; without any trigger set, runs start only by hand.
 *
 * <p>{@code RefreshPolicy.builder().setInterval(Duration.ofHours(1)).setMaxAttempts(3).build()}
 */
public final class RefreshPolicyBuilder {
  private @Nullable Duration onUpstreamPublish;
  private @Nullable Duration interval;
  private @Nullable CronExpression cron;
  private int maxAttempts = 1;
  private Duration retryBackoff = Duration.ofSeconds(30);

  RefreshPolicyBuilder() {}

  /**
   * Runs after upstream publishes, waiting {@code debounce} for the burst to end.
   *
   * @param debounce zero or more
   * @return this builder
   */
  public RefreshPolicyBuilder setOnUpstreamPublish(Duration debounce) {
    this.onUpstreamPublish = Objects.requireNonNull(debounce, "debounce");
    return this;
  }

  /**
   * Runs every {@code interval} on the mesh clock, starting one interval after the transform is set.
   *
   * @param interval a positive duration
   * @return this builder
   */
  public RefreshPolicyBuilder setInterval(Duration interval) {
    this.interval = Objects.requireNonNull(interval, "interval");
    return this;
  }

  /**
   * Runs on a cron schedule, in UTC.
   *
   * @param cron the schedule
   * @return this builder
   */
  public RefreshPolicyBuilder setCron(CronExpression cron) {
    this.cron = Objects.requireNonNull(cron, "cron");
    return this;
  }

  /**
   * Sets how many times a failing triggered run is attempted in all.
   *
   * @param maxAttempts 1 (no retry, the default) to 100
   * @return this builder
   */
  public RefreshPolicyBuilder setMaxAttempts(int maxAttempts) {
    this.maxAttempts = maxAttempts;
    return this;
  }

  /**
   * Sets the wait before the first retry; it doubles after each failed attempt.
   *
   * @param backoff zero or more; 30 seconds unless set
   * @return this builder
   */
  public RefreshPolicyBuilder setRetryBackoff(Duration backoff) {
    this.retryBackoff = Objects.requireNonNull(backoff, "backoff");
    return this;
  }

  /**
   * Builds the policy.
   *
   * @return the policy
   */
  public RefreshPolicy build() {
    return new RefreshPolicy(Optional.ofNullable(onUpstreamPublish), Optional.ofNullable(interval),
        Optional.ofNullable(cron), maxAttempts, retryBackoff);
  }
}
