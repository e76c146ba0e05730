/**
 * Contract types as Arrow: {@link io.datamesh.arrow.ArrowSchemas} maps ODCS schema objects to Arrow schemas and
 * back, {@link io.datamesh.arrow.Conformance} decides whether incoming Arrow data may be served under a contract
 * and which coercions that takes, and {@link io.datamesh.arrow.ArrowMemory} checks the JVM flag Arrow needs.
 */
@NullMarked
package io.datamesh.arrow;

import org.jspecify.annotations.NullMarked;
