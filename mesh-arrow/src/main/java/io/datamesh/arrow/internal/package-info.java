/**
 * Mechanisms that mesh-arrow shares with mesh-core but does not publish: the module exports this package only to
 * {@code io.datamesh.core}, and no exported signature names one of its types. Nothing here is API; it may change
 * in any release.
 */
@NullMarked
package io.datamesh.arrow.internal;

import org.jspecify.annotations.NullMarked;
