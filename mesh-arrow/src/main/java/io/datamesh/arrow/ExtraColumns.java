package io.datamesh.arrow;

/** Says what a publish does with incoming columns the contract does not declare. */
public enum ExtraColumns {
  /** Fail the publish with {@code CONTRACT_VIOLATION} naming the extra columns (the default). */
  REJECT,
  /** Leave the extra columns out of the snapshot and list them in the publish result. */
  DROP
}
