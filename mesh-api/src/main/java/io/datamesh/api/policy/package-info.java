/**
 * Governance policies as code: a {@link io.datamesh.api.policy.Policy} has a scope, triggers, a severity and a
 * {@link io.datamesh.api.policy.Rollout}, and returns explainable {@link io.datamesh.api.policy.Finding}s that the
 * engine (in {@code io.datamesh.core.governance}) reports as {@link io.datamesh.api.policy.PolicyResult}s.
 */
@NullMarked
package io.datamesh.api.policy;

import org.jspecify.annotations.NullMarked;
