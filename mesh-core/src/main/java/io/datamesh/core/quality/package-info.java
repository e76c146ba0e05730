/**
 * Quality orchestration: turns a contract's schema object (its implied checks, quality rules and SLA properties)
 * into one vectorized pass over the published batches, then decides: check results, row verdicts, the quarantine
 * split, the publish gate, reports (datacontract-cli JSON, JUnit XML) and the metric history.
 */
@NullMarked
package io.datamesh.core.quality;

import org.jspecify.annotations.NullMarked;
