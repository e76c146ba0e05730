package io.datamesh.api.read;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The canonical text of a double. Unlike {@link Double#toString(double)}, whose digits changed in JDK 19, it is
 * defined by exact {@link BigDecimal} arithmetic, so every JVM writes the same text: the decimal with the fewest
 * significant digits that reads back to the same double, and of those the nearest; in plain notation when its
 * decimal exponent is in [-6, 21), else as {@code d.dddE±n}; always with a fraction or an exponent, so that it
 * never reads as an integer.
 */
final class Doubles {
  private static final int MAX_SIGNIFICANT_DIGITS = 17; // enough for every double to read back exactly
  /**
   * The nearest decimal first; then the neighbours on either side, since next to a power of two the rounding
   * interval is lopsided and the nearest decimal of some length may miss it while a farther one hits it.
   */
  private static final RoundingMode[] MODES = {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING};

  private Doubles() {}

  static String format(double d) {
    if (Double.isNaN(d)) {
      return "NaN";
    } else if (Double.isInfinite(d)) {
      return d > 0 ? "Infinity" : "-Infinity";
    } else if (d == 0) {
      return Double.doubleToRawLongBits(d) < 0 ? "-0.0" : "0.0";
    }
    BigDecimal shortest = shortest(d).stripTrailingZeros();
    int exponent = shortest.precision() - shortest.scale() - 1;
    if (exponent >= -6 && exponent < 21) {
      String plain = shortest.toPlainString();
      return plain.indexOf('.') < 0 ? plain + ".0" : plain;
    }
    String digits = shortest.unscaledValue().abs().toString();
    String fraction = digits.length() > 1 ? digits.substring(1) : "0";
    return (d < 0 ? "-" : "") + digits.charAt(0) + "." + fraction + "E" + exponent;
  }

  private static BigDecimal shortest(double d) {
    BigDecimal exact = new BigDecimal(d);
    for (int digits = 1; digits < MAX_SIGNIFICANT_DIGITS; digits++) {
      for (RoundingMode mode : MODES) {
        BigDecimal rounded = exact.round(new MathContext(digits, mode));
        if (rounded.doubleValue() == d) {
          return rounded;
        }
      }
    }
    return exact.round(new MathContext(MAX_SIGNIFICANT_DIGITS, RoundingMode.HALF_EVEN));
  }
}
