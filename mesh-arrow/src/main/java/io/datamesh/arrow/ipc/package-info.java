/**
 * Arrow IPC on the wire: {@link io.datamesh.arrow.ipc.ArrowIpc} writes any {@code ArrowReader} in the stream
 * format ({@code application/vnd.apache.arrow.stream}) or the file format, and reads both back as sources whose
 * failures on corrupted or truncated input are {@code MeshException}s that say so.
 */
@NullMarked
package io.datamesh.arrow.ipc;

import org.jspecify.annotations.NullMarked;
