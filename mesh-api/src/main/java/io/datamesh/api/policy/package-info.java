/**
 * Governance policies as code: what a policy applies to, when it runs, and its explainable result.
 */
@NullMarked
package io.datamesh.api.policy;

import org.jspecify.annotations.NullMarked;
