package io.datamesh.api;

/**
 * The three kinds of domain data product in Dehghani's data mesh.
 *
 * <p>{@code Domain.of("sales", DomainKind.SOURCE_ALIGNED)}
 */
public enum DomainKind {
  /** Data as the domain's operational systems produce it, such as orders or payments. */
  SOURCE_ALIGNED,
  /** Data combined from several upstream products, such as a customer 360 view. */
  AGGREGATE,
  /** Data shaped for one use or consumer, such as a marketing dashboard's feed. */
  CONSUMER_ALIGNED
}
