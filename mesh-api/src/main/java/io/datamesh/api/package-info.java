/**
 * Data products, their ports and identity (DPDS URNs and ids), domains, versions and {@link io.datamesh.api.MeshException}.
 */
@NullMarked
package io.datamesh.api;

import org.jspecify.annotations.NullMarked;
