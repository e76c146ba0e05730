/**
 * Column masking on Arrow batches: {@link io.datamesh.arrow.mask.MaskedReader} wraps a reader and serves the
 * consumer view of its batches, with each {@link io.datamesh.arrow.mask.Mask} applied (null-out, fixed redaction,
 * keyed HMAC-SHA-256 hash with a key from a {@link io.datamesh.arrow.mask.SecretProvider}, or keep the last N
 * characters). The consumer-view schema marks every masked field with {@code datamesh.masked=<method>}.
 */
@NullMarked
package io.datamesh.arrow.mask;

import org.jspecify.annotations.NullMarked;
