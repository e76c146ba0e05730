/**
 * Vectorized data-quality kernels on Arrow batches: row conditions, exact key tracking with a memory budget,
 * column statistics and custom aggregates, all computed in one pass over the validity, offset and data buffers,
 * with states that merge. Decisions (thresholds, severities, gates) live in {@code io.datamesh.core.quality}.
 */
@NullMarked
package io.datamesh.arrow.quality;

import org.jspecify.annotations.NullMarked;
