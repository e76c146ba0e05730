package io.datamesh.testkit.jqwik;

import io.datamesh.api.contract.Contract;
import io.datamesh.arrow.ArrowSchemas;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ListArbitrary;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.apache.arrow.vector.types.pojo.Field;
import org.apache.arrow.vector.types.pojo.Schema;
import org.jspecify.annotations.Nullable;

/**
 * Generates rows that are valid for a contract's schema object, with the Java types {@code TestData} takes: every
 * value lies in its column's range, nulls appear only in nullable columns.
 *
 * <pre>{@code
 * @Property
 * void publishes_any_valid_rows(@ForAll("orders") List<List<Object>> rows) { ... }
 *
 * @Provide
 * Arbitrary<List<List<Object>>> orders() {
 *   return MeshArbitraries.rowsFor(contract, "orders").ofMaxSize(50);
 * }
 * }</pre>
 */
public final class MeshArbitraries {
  private static final long MIN_EPOCH_SECOND = LocalDate.of(1900, 1, 1).toEpochSecond(LocalTime.MIDNIGHT,
      ZoneOffset.UTC);
  private static final long MAX_EPOCH_SECOND = LocalDate.of(2200, 1, 1).toEpochSecond(LocalTime.MIDNIGHT,
      ZoneOffset.UTC);

  private MeshArbitraries() {}

  /**
   * Returns lists of rows for a schema object of a contract.
   *
   * @param contract the contract
   * @param schemaObjectName the schema object
   * @return an arbitrary list of rows; narrow it with {@code ofMaxSize}
   */
  public static ListArbitrary<List<@Nullable Object>> rowsFor(Contract contract, String schemaObjectName) {
    return rowFor(contract, schemaObjectName).list();
  }

  /**
   * Returns rows for a schema object of a contract: one value per column, in the schema object's order.
   *
   * @param contract the contract
   * @param schemaObjectName the schema object
   * @return an arbitrary row
   * @throws IllegalArgumentException for a column of a type test data does not support
   */
  public static Arbitrary<List<@Nullable Object>> rowFor(Contract contract, String schemaObjectName) {
    return rowFor(ArrowSchemas.of(contract, schemaObjectName));
  }

  /**
   * Returns rows for an Arrow schema.
   *
   * @param schema the schema
   * @return an arbitrary row
   * @throws IllegalArgumentException for a column of a type test data does not support
   */
  public static Arbitrary<List<@Nullable Object>> rowFor(Schema schema) {
    List<Arbitrary<@Nullable Object>> columns = new ArrayList<>();
    for (Field f : schema.getFields()) {
      columns.add(valuesFor(f));
    }
    return Combinators.combine(columns).as(values -> new ArrayList<@Nullable Object>(values));
  }

  /**
   * Returns values for one Arrow field, null now and then if the field is nullable.
   *
   * @param field the field
   * @return an arbitrary value
   * @throws IllegalArgumentException for a type test data does not support
   */
  public static Arbitrary<@Nullable Object> valuesFor(Field field) {
    Arbitrary<@Nullable Object> values = nonNull(field.getName(), field.getType()).map(v -> v);
    return field.isNullable() ? values.injectNull(0.1) : values;
  }

  private static Arbitrary<?> nonNull(String name, ArrowType t) {
    switch (t.getTypeID()) {
      case Int:
        return integers((ArrowType.Int) t);
      case FloatingPoint:
        return ((ArrowType.FloatingPoint) t).getPrecision() == FloatingPointPrecision.SINGLE
            ? Arbitraries.floats().withSpecialValue(Float.NaN).withSpecialValue(-0.0f)
            : Arbitraries.doubles().withSpecialValue(Double.NaN).withSpecialValue(Double.NEGATIVE_INFINITY);
      case Decimal:
        ArrowType.Decimal d = (ArrowType.Decimal) t;
        BigDecimal max = BigDecimal.TEN.pow(d.getPrecision() - d.getScale()).subtract(BigDecimal.ONE.movePointLeft(
            d.getScale()));
        return Arbitraries.bigDecimals().between(max.negate(), max).ofScale(d.getScale());
      case Utf8:
        return Arbitraries.strings().withCharRange(' ', '~').withChars('é', 'ß', '€', '中').ofMaxLength(16);
      case Date:
        return Arbitraries.longs().between(MIN_EPOCH_SECOND / 86_400, MAX_EPOCH_SECOND / 86_400)
            .map(LocalDate::ofEpochDay);
      case Timestamp:
        ArrowType.Timestamp ts = (ArrowType.Timestamp) t;
        Arbitrary<Instant> instants = Arbitraries.longs().between(MIN_EPOCH_SECOND * 1_000_000L,
            MAX_EPOCH_SECOND * 1_000_000L).map(m -> Instant.ofEpochSecond(Math.floorDiv(m, 1_000_000L),
                Math.floorMod(m, 1_000_000L) * 1000L));
        requireMicros(name, t, ts.getUnit());
        return ts.getTimezone() == null ? instants.map(i -> LocalDateTime.ofInstant(i, ZoneOffset.UTC)) : instants;
      case Time:
        requireMicros(name, t, ((ArrowType.Time) t).getUnit());
        return Arbitraries.longs().between(0, 86_400_000_000L - 1).map(m -> LocalTime.ofNanoOfDay(m * 1000));
      case Bool:
        return Arbitraries.of(true, false);
      default:
        throw unsupported(name, t);
    }
  }

  private static Arbitrary<?> integers(ArrowType.Int i) {
    int bits = i.getBitWidth();
    if (bits == 64 && !i.getIsSigned()) {
      return Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.ONE.shiftLeft(64).subtract(
          BigInteger.ONE));
    }
    if (bits < 32 || bits == 32 && i.getIsSigned()) {
      int min = i.getIsSigned() ? -(1 << (bits - 1)) : 0;
      int max = i.getIsSigned() ? (1 << (bits - 1)) - 1 : (1 << bits) - 1;
      return Arbitraries.integers().between(min, max);
    }
    return i.getIsSigned() ? Arbitraries.longs() : Arbitraries.longs().between(0, (1L << 32) - 1);
  }

  private static void requireMicros(String name, ArrowType t, TimeUnit unit) {
    if (unit != TimeUnit.MICROSECOND) {
      throw unsupported(name, t);
    }
  }

  private static IllegalArgumentException unsupported(String name, ArrowType t) {
    return new IllegalArgumentException("column '" + name + "' has Arrow type " + t + ", for which there are no"
        + " arbitrary values; supported are ints, floats, decimals, utf8, date32, timestamp[us], time64[us], bool");
  }
}
