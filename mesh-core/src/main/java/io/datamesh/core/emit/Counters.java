package io.datamesh.core.emit;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The delivery counters of a sender; guarded by the sender's lock. */
final class Counters {
  long sent;
  long retries;
  long rejected;
  long spilled;
  long replayed;
  long dropped;
  @Nullable String lastRejection;

  /** A consistent copy of the counters. */
  record Snapshot(long sent, long retries, long rejected, long spilled, long replayed, long dropped, long queued,
      long outboxed, Optional<String> lastRejection) implements DeliveryStats {}
}
