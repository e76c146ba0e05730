/**
 * Federated computational governance: policy sets (global and per domain, versioned, loaded from YAML or built in
 * code), the declarative policy language, the built-in policies, rollout against the mesh clock, and reports.
 * Start with {@link io.datamesh.core.governance.Governance} and {@link io.datamesh.core.governance.PolicySet}.
 */
@NullMarked
package io.datamesh.core.governance;

import org.jspecify.annotations.NullMarked;
