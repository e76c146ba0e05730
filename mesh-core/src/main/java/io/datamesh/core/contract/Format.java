package io.datamesh.core.contract;

/**
 * Names the text format a contract is written in.
 *
 * <p>{@code Contracts.write(contract, Format.YAML)}
 */
public enum Format {
  /** YAML, every string value quoted so that YAML 1.1 readers cannot mistake it for a date, number or boolean. */
  YAML,
  /** JSON, indented. */
  JSON
}
