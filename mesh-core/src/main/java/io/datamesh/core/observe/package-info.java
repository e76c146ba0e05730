/**
 * Observability of a mesh: {@link io.datamesh.core.observe.PortStatus} per output port, the SLO states the mesh's
 * monitor evaluates, and the {@link io.datamesh.core.observe.MeshMetrics} SPI a metrics library binds to.
 */
@NullMarked
package io.datamesh.core.observe;

import org.jspecify.annotations.NullMarked;
