package io.datamesh.core.contract;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A parsed contract document: its tree, where each node was written, and where it came from. */
record Parsed(ObjectNode tree, SourceMap map, String origin) {}
