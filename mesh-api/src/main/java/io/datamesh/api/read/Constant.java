package io.datamesh.api.read;

/**
 * An operand whose value is fixed for a whole read: a {@link Literal} or a {@link PrincipalRef}. The candidates of
 * {@link InList} are constants, so that a vectorized filter can resolve them once per read.
 *
 * <p>{@code Expression.column("region").in(Expression.literal("EMEA"), Expression.principal("region"))}
 */
public sealed interface Constant extends Expression permits Literal, PrincipalRef {}
