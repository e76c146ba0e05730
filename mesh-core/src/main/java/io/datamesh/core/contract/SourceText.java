package io.datamesh.core.contract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a contract into text, refusing what is not plain UTF-8 of reasonable size. */
final class SourceText {
  private SourceText() {}

  static String decode(byte[] bytes, String origin) {
    if (bytes.length > Limits.MAX_BYTES) {
      throw Failures.tooLarge(origin, bytes.length);
    }
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      throw Failures.at(origin, "source.bom", 1, 1, "the file starts with a UTF-8 byte-order mark (EF BB BF)",
          "save the file as UTF-8 without a byte-order mark");
    }
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw Failures.at(origin, "source.bom", 1, 1, "the file starts with a UTF-16 byte-order mark",
          "save the file as UTF-8");
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw Failures.at(origin, "source.encoding", line(bytes, offset), column(bytes, offset),
          "byte 0x" + Integer.toHexString(bytes[offset] & 0xFF).toUpperCase() + " at offset " + offset
              + " is not valid UTF-8", "save the file as UTF-8 (it may be Latin-1 or Windows-1252)");
    }
    try {
      decoder.flush(out);
    } catch (IllegalStateException e) {
      throw new IllegalStateException("decoder misuse", e);
    }
    out.flip();
    return out.toString();
  }

  static String check(String text, String origin) {
    if (text.length() > Limits.MAX_BYTES) {
      throw Failures.tooLarge(origin, text.length());
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      throw Failures.at(origin, "source.bom", 1, 1, "the text starts with a byte-order mark (U+FEFF)",
          "remove the byte-order mark");
    }
    return text;
  }

  private static int line(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }

  private static int column(byte[] bytes, int offset) {
    int start = offset;
    while (start > 0 && bytes[start - 1] != '\n') {
      start--;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, start, offset - start))
          .codePoints().toArray().length + 1;
    } catch (CharacterCodingException e) {
      return offset - start + 1;
    }
  }
}
