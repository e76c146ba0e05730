/**
 * Data contracts shaped like ODCS v3.1 (Bitol): a {@link io.datamesh.api.contract.Contract} with its schema objects,
 * properties and logical types, quality rules, SLA properties, servers, team and roles, as interfaces the runtime
 * executes. Build one in code with {@link io.datamesh.api.contract.Contract#builder()}; {@code mesh-core} reads and
 * writes ODCS documents that implement the same interfaces.
 *
 * <p>Accessors never return null: absent values are {@link java.util.Optional#empty()} or empty collections.
 * Extension values ({@code customProperties}, examples, rule arguments) are plain Java values: {@link String},
 * {@link Boolean}, {@link java.math.BigDecimal} numbers, {@link java.util.List} and
 * {@link java.util.Map} (insertion-ordered); a JSON {@code null} inside a list or map is a Java {@code null}.
 */
@NullMarked
package io.datamesh.api.contract;

import org.jspecify.annotations.NullMarked;
