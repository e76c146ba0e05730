/**
 * Vectorized row filters: {@link io.datamesh.arrow.filter.VectorFilter} compiles the api's filter
 * {@code Expression} into a {@link io.datamesh.arrow.filter.RowFilter} that selects the rows of whole Arrow batches
 * at a time, with the same SQL semantics as the api's row-by-row evaluator.
 */
@NullMarked
package io.datamesh.arrow.filter;

import org.jspecify.annotations.NullMarked;
