/**
 * Emitters that carry a mesh's metadata out of the process: {@link io.datamesh.core.emit.OpenLineageEmitter} maps
 * mesh events to OpenLineage and hands them to transports (SLF4J log, JSON-lines file, OpenLineage HTTP with a
 * bounded queue, retries and an on-disk outbox). Emitters never block or break the host.
 */
@NullMarked
package io.datamesh.core.emit;

import org.jspecify.annotations.NullMarked;
