/**
 * Snapshots of served data: immutable, reference-counted sets of Arrow record batches with monotonically
 * increasing ids per key, kept by a {@link io.datamesh.arrow.snapshot.SnapshotStore}; the
 * {@link io.datamesh.arrow.snapshot.SnapshotPublisher} fills a draft from an Arrow source, and
 * {@link io.datamesh.arrow.snapshot.SnapshotReader} serves a snapshot as an {@code ArrowReader} without copying.
 * Snapshots are reference-counted: the store holds one reference per kept snapshot and each open
 * {@link io.datamesh.arrow.snapshot.Snapshot} lease one more; the last release frees the batches and their allocator,
 * once, so retiring a snapshot never frees memory under an open reader.
 */
@NullMarked
package io.datamesh.arrow.snapshot;

import org.jspecify.annotations.NullMarked;
