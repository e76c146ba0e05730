package io.datamesh.arrow;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import io.datamesh.api.contract.LogicalType;
import io.datamesh.api.contract.LogicalTypeOptions;
import io.datamesh.api.contract.SchemaProperty;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.arrow.vector.types.DateUnit;
import org.apache.arrow.vector.types.FloatingPointPrecision;
import org.apache.arrow.vector.types.TimeUnit;
import org.apache.arrow.vector.types.pojo.ArrowType;
import org.jspecify.annotations.Nullable;

/** The contract-to-Arrow type table of {@code docs/types.md}, for scalar types. */
final class ArrowTypes {
  static final String UTC = "UTC";
  private static final Pattern DECIMAL = Pattern.compile("\\s*(?:DECIMAL|NUMERIC)\\s*\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\)\\s*",
      Pattern.CASE_INSENSITIVE);

  private ArrowTypes() {}

  static ArrowType scalar(String path, SchemaProperty p) {
    LogicalType type = p.logicalType().orElseThrow(() -> new MeshException(MeshStatus.INVALID_ARGUMENT,
        "property '" + path + "' has no logicalType; declare one so that it has an Arrow type"));
    LogicalTypeOptions o = p.logicalTypeOptions();
    Optional<ArrowType> decimal = p.physicalType().flatMap(ArrowTypes::decimal);
    switch (type) {
      case INTEGER:
        return decimal.orElseGet(() -> integer(o.format().orElse("i64")));
      case NUMBER:
        return decimal.orElseGet(() -> "f32".equals(o.format().orElse("f64"))
            ? new ArrowType.FloatingPoint(FloatingPointPrecision.SINGLE)
            : new ArrowType.FloatingPoint(FloatingPointPrecision.DOUBLE));
      case STRING:
        return ArrowType.Utf8.INSTANCE;
      case DATE:
        return new ArrowType.Date(DateUnit.DAY);
      case TIMESTAMP:
        return new ArrowType.Timestamp(TimeUnit.MICROSECOND, zone(o));
      case TIME:
        return new ArrowType.Time(TimeUnit.MICROSECOND, 64);
      case BOOLEAN:
        return ArrowType.Bool.INSTANCE;
      default:
        throw new IllegalStateException("not a scalar type: " + type);
    }
  }

  /** Returns the Arrow zone: none only for an explicit {@code timezone: false} without a default zone. */
  static @Nullable String zone(LogicalTypeOptions o) {
    if (o.timezone().orElse(true) || o.defaultTimezone().isPresent()) {
      return o.defaultTimezone().orElse(UTC);
    }
    return null;
  }

  static ArrowType integer(String format) {
    String f = format.toLowerCase(Locale.ROOT);
    if (f.equals("i128") || f.equals("u128")) {
      return new ArrowType.Decimal(38, 0, 128);
    }
    int bits = Integer.parseInt(f.substring(1));
    return new ArrowType.Int(bits, f.charAt(0) == 'i');
  }

  static Optional<ArrowType> decimal(String physicalType) {
    Matcher m = DECIMAL.matcher(physicalType);
    if (!m.matches()) {
      return Optional.empty();
    }
    int precision = Integer.parseInt(m.group(1));
    int scale = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    if (precision < 1 || precision > 76 || scale > precision) {
      throw new MeshException(MeshStatus.INVALID_ARGUMENT, "physicalType '" + physicalType + "' has no Arrow"
          + " decimal: precision must be 1 to 76 and scale at most the precision");
    }
    return Optional.of(new ArrowType.Decimal(precision, scale, precision <= 38 ? 128 : 256));
  }

  /** Infers the logical type of an Arrow type, for drafting a contract from data. */
  static LogicalType logical(String path, ArrowType t) {
    switch (t.getTypeID()) {
      case Int:
        return LogicalType.INTEGER;
      case FloatingPoint:
      case Decimal:
        return LogicalType.NUMBER;
      case Utf8:
      case LargeUtf8:
      case Utf8View:
        return LogicalType.STRING;
      case Date:
        return LogicalType.DATE;
      case Timestamp:
        return LogicalType.TIMESTAMP;
      case Time:
        return LogicalType.TIME;
      case Bool:
        return LogicalType.BOOLEAN;
      case Struct:
        return LogicalType.OBJECT;
      case List:
      case LargeList:
      case FixedSizeList:
        return LogicalType.ARRAY;
      default:
        throw new MeshException(MeshStatus.INVALID_ARGUMENT, "column '" + path + "' has Arrow type " + t
            + ", which no ODCS logical type describes; cast it before drafting a contract");
    }
  }

  /** Infers the format of an Arrow type, for drafting a contract from data. */
  static Optional<String> format(ArrowType t) {
    if (t instanceof ArrowType.Int) {
      ArrowType.Int i = (ArrowType.Int) t;
      return Optional.of((i.getIsSigned() ? "i" : "u") + i.getBitWidth());
    }
    if (t instanceof ArrowType.FloatingPoint) {
      return Optional.of(((ArrowType.FloatingPoint) t).getPrecision() == FloatingPointPrecision.DOUBLE
          ? "f64" : "f32");
    }
    return Optional.empty();
  }
}
