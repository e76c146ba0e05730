package io.datamesh.core.emit;

/**
 * When a file transport forces what it wrote to the disk, trading durability for speed.
 *
 * <p>{@code LineageTransport.jsonLines(Path.of("lineage.jsonl"), FsyncPolicy.EVERY_EVENT)}
 */
public enum FsyncPolicy {
  /** Never forces: the operating system writes back when it likes; a power loss can lose recent lines. */
  NEVER,
  /** Forces on {@code flush()} and {@code close()}. */
  ON_FLUSH,
  /** Forces after every event: nothing acknowledged is lost, at the cost of one disk sync per event. */
  EVERY_EVENT
}
