package io.datamesh.arrow.quality;

import com.google.re2j.Pattern;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.arrow.memory.ArrowBuf;
import org.apache.arrow.memory.util.MemoryUtil;

/**
 * Searches UTF-8 text in an Arrow buffer for a pattern. Patterns made only of literals joined by {@code .*}, with
 * optional {@code ^} and {@code $} (such as {@code .*@.*\..*} or {@code ^ID-}), run as a byte search on the buffer;
 * every other pattern, and any value holding a line terminator, runs on RE2/J.
 */
abstract class TextMatcher {
  abstract boolean find(ArrowBuf data, long start, int len);

  static TextMatcher compile(String ecma) {
    Pattern re2 = Patterns.compile(ecma);
    Re2 slow = new Re2(re2);
    LiteralChain fast = LiteralChain.parse(ecma, slow);
    return fast != null ? fast : slow;
  }

  /** RE2/J on the value's bytes. */
  static final class Re2 extends TextMatcher {
    private final Pattern pattern;

    Re2(Pattern pattern) {
      this.pattern = pattern;
    }

    @Override
    boolean find(ArrowBuf data, long start, int len) {
      return pattern.matcher(Utf8.bytes(data, start, len)).find();
    }
  }

  /** Literals in order, any text (but a line terminator) between them; anchors pin the first or last literal. */
  static final class LiteralChain extends TextMatcher {
    private final byte[][] literals;
    private final boolean anchoredStart;
    private final boolean anchoredEnd;
    private final boolean emptyOnly;
    private final Re2 fallback;

    private LiteralChain(byte[][] literals, boolean anchoredStart, boolean anchoredEnd, boolean emptyOnly,
        Re2 fallback) {
      this.literals = literals;
      this.anchoredStart = anchoredStart;
      this.anchoredEnd = anchoredEnd;
      this.emptyOnly = emptyOnly;
      this.fallback = fallback;
    }

    static LiteralChain parse(String p, Re2 fallback) {
      if (!p.chars().allMatch(c -> c < 0x80)) {
        return null; // the byte-level fast path is kept to ASCII patterns; RE2/J handles the rest exactly
      }
      int i = 0;
      int end = p.length();
      boolean caret = p.startsWith("^");
      if (caret) {
        i++;
      }
      boolean dollar = end > i && p.charAt(end - 1) == '$' && !escaped(p, end - 1);
      if (dollar) {
        end--;
      }
      List<Object> tokens = new ArrayList<>();
      ByteArrayOutputStream literal = new ByteArrayOutputStream();
      while (i < end) {
        char c = p.charAt(i);
        if (c == '.' && i + 1 < end && p.charAt(i + 1) == '*') {
          flush(literal, tokens);
          tokens.add(Boolean.TRUE);
          i += 2;
        } else if (c == '\\' && i + 1 < end && !Character.isLetterOrDigit(p.charAt(i + 1))) {
          literal.writeBytes(String.valueOf(p.charAt(i + 1)).getBytes(StandardCharsets.UTF_8));
          i += 2;
        } else if ("\\^$.|?*+()[]{}".indexOf(c) >= 0 || Character.isSurrogate(c)) {
          return null;
        } else {
          literal.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
          i++;
        }
      }
      flush(literal, tokens);
      List<byte[]> lits = new ArrayList<>();
      for (Object t : tokens) {
        if (t instanceof byte[]) {
          lits.add((byte[]) t);
        }
      }
      boolean startPinned = caret && !tokens.isEmpty() && tokens.get(0) instanceof byte[];
      boolean endPinned = dollar && !tokens.isEmpty() && tokens.get(tokens.size() - 1) instanceof byte[];
      boolean emptyOnly = caret && dollar && tokens.isEmpty();
      return new LiteralChain(lits.toArray(new byte[0][]), startPinned, endPinned, emptyOnly, fallback);
    }

    private static boolean escaped(String p, int at) {
      int backslashes = 0;
      for (int k = at - 1; k >= 0 && p.charAt(k) == '\\'; k--) {
        backslashes++;
      }
      return backslashes % 2 == 1;
    }

    private static void flush(ByteArrayOutputStream literal, List<Object> tokens) {
      if (literal.size() > 0) {
        tokens.add(literal.toByteArray());
        literal.reset();
      }
    }

    @Override
    boolean find(ArrowBuf data, long start, int len) {
      long addr = data.memoryAddress() + start;
      if (Utf8.mayHoldLineTerminator(addr, len) && hasLineTerminator(data, start, len)) {
        return fallback.find(data, start, len);
      }
      return findPlain(addr, len);
    }

    /** Searches a checked range known to hold no line terminator (see {@link Utf8#mayHoldLineTerminator}). */
    boolean findPlain(long addr, int len) {
      if (emptyOnly) {
        return len == 0;
      }
      int cursor = 0;
      int n = literals.length;
      for (int k = 0; k < n; k++) {
        byte[] lit = literals[k];
        if (k == n - 1 && anchoredEnd) {
          int pos = len - lit.length;
          return pos >= cursor && (k != 0 || !anchoredStart || pos == 0) && at(addr, pos, lit);
        }
        if (k == 0 && anchoredStart) {
          if (lit.length > len || !at(addr, 0, lit)) {
            return false;
          }
          cursor = lit.length;
        } else {
          int pos = indexOf(addr, len, lit, cursor);
          if (pos < 0) {
            return false;
          }
          cursor = pos + lit.length;
        }
      }
      return true;
    }

    private static boolean hasLineTerminator(ArrowBuf data, long start, int len) {
      long addr = data.memoryAddress() + start;
      for (int i = 0; i < len; i++) {
        byte b = MemoryUtil.getByte(addr + i);
        if (b == '\n' || b == '\r' || b == (byte) 0xE2 && i + 2 < len && MemoryUtil.getByte(addr + i + 1) == (byte) 0x80
            && (MemoryUtil.getByte(addr + i + 2) == (byte) 0xA8 || MemoryUtil.getByte(addr + i + 2) == (byte) 0xA9)) {
          return true;
        }
      }
      return false;
    }

    private static boolean at(long addr, int pos, byte[] lit) {
      for (int j = 0; j < lit.length; j++) {
        if (MemoryUtil.getByte(addr + pos + j) != lit[j]) {
          return false;
        }
      }
      return true;
    }

    /** Finds a literal eight bytes at a time: candidates for its first byte come from a word compare. */
    private static int indexOf(long addr, int len, byte[] lit, int from) {
      int last = len - lit.length;
      long first = Utf8.broadcast(lit[0]);
      int i = from;
      for (; i + 8 <= last + 1; i += 8) {
        long m = Utf8.bytesEqual(MemoryUtil.getLong(addr + i), first);
        while (m != 0) {
          int k = i + (Long.numberOfTrailingZeros(m) >>> 3);
          if (lit.length == 1 || at(addr, k, lit)) { // the lowest candidate of a word is exact
            return k;
          }
          m &= m - 1;
        }
      }
      for (; i <= last; i++) {
        if (MemoryUtil.getByte(addr + i) == lit[0] && at(addr, i, lit)) {
          return i;
        }
      }
      return -1;
    }
  }
}
