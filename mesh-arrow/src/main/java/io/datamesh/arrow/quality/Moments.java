package io.datamesh.arrow.quality;

/**
 * The running count, mean and sum of squared deviations of a column's numbers: per value by Welford's update, per
 * batch and per merge by Chan's formula. The population standard deviation is {@code sqrt(m2 / n)} (Deequ's).
 */
final class Moments {
  private long n;
  private double mean;
  private double m2;

  /** Adds one value (Welford). */
  void add(double x) {
    n++;
    double d = x - mean;
    mean += d / n;
    m2 += d * (x - mean);
  }

  /** Folds the count, mean and squared deviations of a batch into the running moments (Chan et al.). */
  void fold(long k, double batchMean, double batchM2) {
    long total = n + k;
    if (n == 0) {
      mean = batchMean;
      m2 = batchM2;
    } else {
      double delta = batchMean - mean;
      mean += delta * ((double) k / total);
      m2 += batchM2 + delta * delta * ((double) n * k / total);
    }
    n = total;
  }

  /** Folds another column part's moments into these, as if its values had come after. */
  void merge(Moments o) {
    long total = n + o.n;
    if (total > 0) {
      double delta = o.mean - mean;
      double newMean = n == 0 ? o.mean : o.n == 0 ? mean : mean + delta * ((double) o.n / total);
      double newM2 = n == 0 ? o.m2 : o.n == 0 ? m2 : m2 + o.m2 + delta * delta * ((double) n * o.n / total);
      mean = newMean;
      m2 = newM2;
    }
    n = total;
  }

  /** The population standard deviation; meaningless before the first value. */
  double stddev() {
    return Math.sqrt(Math.max(0, m2 / n));
  }
}
