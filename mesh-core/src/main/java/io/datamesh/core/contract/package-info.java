/**
 * Reads, writes and validates ODCS v3.1 data contracts ({@link io.datamesh.core.contract.Contracts}), losslessly
 * and with problems that name the JSON path, line and column and say how to fix them, and compiles contract
 * patterns safely ({@link io.datamesh.core.contract.ContractPattern}).
 */
@NullMarked
package io.datamesh.core.contract;

import org.jspecify.annotations.NullMarked;
