package io.datamesh.arrow.mask;

import io.datamesh.api.MeshException;
import io.datamesh.api.MeshStatus;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/** Masks one value's text; one per masked column of a reader (a {@link Mac} is not thread-safe). */
final class ValueMasker {
  private final Mask mask;
  private final @Nullable Mac mac;

  private ValueMasker(Mask mask, @Nullable Mac mac) {
    this.mask = mask;
    this.mac = mac;
  }

  static ValueMasker of(Mask mask, SecretProvider secrets) {
    if (mask.method() != MaskMethod.HASH) {
      return new ValueMasker(mask, null);
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secrets.key(mask.keyId()), "HmacSHA256"));
      return new ValueMasker(mask, mac);
    } catch (GeneralSecurityException e) {
      // The message names the key id only: a key never appears in an error.
      throw new MeshException(MeshStatus.INTERNAL, "cannot hash column '" + mask.column() + "' with key id '"
          + mask.keyId() + "': " + e.getClass().getSimpleName(), e);
    }
  }

  /** Returns the masked text of a value's text; not used for null-out. */
  String apply(String clear) {
    return switch (mask.method()) {
      case REDACT -> Mask.REDACTED;
      case HASH -> HexFormat.of().formatHex(java.util.Objects.requireNonNull(mac).doFinal(clear.getBytes(StandardCharsets.UTF_8)));
      case PARTIAL -> partial(clear, mask.keepLast());
      case NULL_OUT -> throw new IllegalStateException("null-out has no masked text");
    };
  }

  private static String partial(String clear, int keep) {
    int length = clear.codePointCount(0, clear.length());
    int hidden = length <= keep ? length : length - keep;
    StringBuilder out = new StringBuilder();
    out.append("*".repeat(hidden));
    out.append(clear, clear.offsetByCodePoints(0, hidden), clear.length());
    return out.toString();
  }
}
