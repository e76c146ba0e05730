/**
 * Events the mesh emits about products, ports and runs, and the {@link io.datamesh.api.event.MetadataEmitter} SPI
 * that carries them to logs, files and catalogs.
 */
@NullMarked
package io.datamesh.api.event;

import org.jspecify.annotations.NullMarked;
