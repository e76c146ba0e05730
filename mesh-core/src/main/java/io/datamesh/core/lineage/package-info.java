/**
 * OpenLineage 2-0-2 for a mesh: the dataset naming rule ({@link io.datamesh.core.lineage.DatasetName}), the mapping
 * of mesh events to OpenLineage run and dataset events ({@link io.datamesh.core.lineage.LineageMapper}), and the
 * serialized events ({@link io.datamesh.core.lineage.LineageEvent}) that transports carry. The wire model itself is
 * package-private: callers see JSON text, checked against the official schemas by the tests.
 */
@NullMarked
package io.datamesh.core.lineage;

import org.jspecify.annotations.NullMarked;
