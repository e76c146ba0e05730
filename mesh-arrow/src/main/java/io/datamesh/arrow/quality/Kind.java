package io.datamesh.arrow.quality;

/** How a kernel reads a vector's buffers. */
enum Kind {
  /** Signed fixed-width whole numbers, dates, times, timestamps and durations. */
  LONG,
  /** 32-bit floats. */
  FLOAT,
  /** 64-bit floats. */
  DOUBLE,
  /** 128-bit decimals. */
  DECIMAL,
  /** UTF-8 text with 32-bit offsets. */
  UTF8,
  /** Bit-packed booleans. */
  BOOL,
  /** Lists with 32-bit offsets. */
  LIST,
  /** Anything else: only nulls are counted. */
  OTHER
}
