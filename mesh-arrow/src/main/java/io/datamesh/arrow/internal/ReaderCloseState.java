package io.datamesh.arrow.internal;

import java.io.IOException;

/**
 * The once-only close protocol of the readers a mesh hands out ({@code SnapshotReader}, {@code MaskedReader}):
 * the root and the source are each released once, the source even if releasing the root failed, and a
 * {@code close(false)} followed by {@code close()} still releases the source. Not thread-safe by itself: the reader
 * calls it from its synchronised methods, so a close racing another close or a batch load waits for it.
 */
public final class ReaderCloseState {
  /** One step of a close, which may fail with an {@link IOException}. */
  @FunctionalInterface
  public interface Step {
    /**
     * Runs the step.
     *
     * @throws IOException if releasing fails
     */
    void run() throws IOException;
  }

  private boolean rootClosed;
  private boolean sourceClosed;

  /**
   * Closes what is not closed yet: the root, then (if asked) the source, even when the root's close throws.
   *
   * @param closeReadSource whether to release the source too
   * @param root releases the reader's root
   * @param source releases the reader's source
   * @throws IOException if a step fails
   */
  public void close(boolean closeReadSource, Step root, Step source) throws IOException {
    try {
      if (!rootClosed) {
        rootClosed = true;
        root.run();
      }
    } finally {
      if (closeReadSource && !sourceClosed) { // the lease and the memory, even if the root failed to close
        sourceClosed = true;
        source.run();
      }
    }
  }

  /**
   * Refuses to read from, or make a root for, a closed reader (a root made then would live on a closed allocator).
   *
   * @param reader what to call the reader in the message
   * @throws IllegalStateException once the root is closed
   */
  public void ensureOpen(String reader) {
    if (rootClosed) {
      throw new IllegalStateException("this " + reader + " is closed (a mesh also closes the readers left open"
          + " when it closes); open a new read");
    }
  }
}
