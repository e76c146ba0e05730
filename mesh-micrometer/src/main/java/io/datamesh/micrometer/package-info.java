/**
 * {@link io.datamesh.micrometer.MicrometerMeshMetrics}: the mesh's measurements as Micrometer meters.
 */
@NullMarked
package io.datamesh.micrometer;

import org.jspecify.annotations.NullMarked;
