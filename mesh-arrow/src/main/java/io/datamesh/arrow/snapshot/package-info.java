/**
 * Snapshots of served data: immutable, reference-counted sets of Arrow record batches with monotonically
 * increasing ids per key, kept by a {@link io.datamesh.arrow.snapshot.SnapshotStore}; the
 * {@link io.datamesh.arrow.snapshot.SnapshotPublisher} fills a draft from an Arrow source, and
 * {@link io.datamesh.arrow.snapshot.SnapshotReader} serves a snapshot as an {@code ArrowReader} without copying.
 * {@link io.datamesh.arrow.snapshot.SharedBatches} is the one reference-counted holder behind every lease: the store's
 * snapshots use it, and so can any cache of derived batches.
 */
@NullMarked
package io.datamesh.arrow.snapshot;

import org.jspecify.annotations.NullMarked;
