/**
 * The Mesh runtime: {@link io.datamesh.core.Mesh}, its builder, registration and discovery.
 */
@NullMarked
package io.datamesh.core;

import org.jspecify.annotations.NullMarked;
