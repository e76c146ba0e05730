package io.datamesh.samples.retail;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/** Prints a line at every tenth of a long step: the rows done so far, the time taken and the rate. */
final class Progress implements LongConsumer {
  private final PrintStream out;
  private final String verb;
  private final long total;
  private final long start = System.nanoTime();
  private long printedTenth;

  Progress(PrintStream out, String verb, long total) {
    this.out = out;
    this.verb = verb;
    this.total = total;
  }

  @Override
  public void accept(long done) {
    long tenth = done * 10 / Math.max(1, total);
    if (tenth > printedTenth || done == total) {
      printedTenth = tenth;
      long ms = Math.max(1, (System.nanoTime() - start) / 1_000_000);
      out.printf("  %s %,d / %,d rows (%d%%) in %,d ms, %,d rows/s%n", verb, done, total, done * 100 / total, ms,
          done * 1000 / ms);
    }
  }
}
