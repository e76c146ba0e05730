/**
 * Reads of a port: who reads ({@link io.datamesh.api.read.Principal}), what is asked for
 * ({@link io.datamesh.api.read.ReadRequest}) and which rows are wanted (the filter
 * {@link io.datamesh.api.read.Expression}, with its canonical JSON form and its reference evaluator).
 *
 * <pre>{@code
 * ReadRequest request = ReadRequest.builder(port, Principal.builder("ana").addRole("analyst").build())
 *     .setColumns("order_id", "amount")
 *     .setFilter(Expression.column("amount").gt(Expression.literal(100)))
 *     .build();
 * }</pre>
 */
@NullMarked
package io.datamesh.api.read;

import org.jspecify.annotations.NullMarked;
