package io.datamesh.testkit;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a text-block table into a header and cells. Cells are separated by {@code |}; outer pipes and markdown
 * separator lines ({@code |---|---|}) are allowed; {@code null} is a null cell; a cell in double quotes is taken
 * literally ({@code "null"}, {@code ""}, {@code "a | b"}), with {@code ""} for a quote inside.
 */
record Table(List<String> header, List<Line> lines) {
  /** One data line: its 1-based line number in the text and its cells, null for a null cell. */
  record Line(int number, List<@Nullable String> cells) {}

  static Table parse(String text) {
    String[] raw = text.split("\\R", -1);
    List<String> header = null;
    List<Line> lines = new ArrayList<>();
    for (int n = 0; n < raw.length; n++) {
      String line = raw[n].strip();
      if (line.isEmpty() || line.matches("[|:+\\-\\s]*-[|:+\\-\\s]*")) {
        continue;
      }
      List<@Nullable String> cells = cells(line, n + 1);
      if (header == null) {
        header = new ArrayList<>();
        for (String h : cells) {
          if (h == null || h.isEmpty()) {
            throw new IllegalArgumentException("table line " + (n + 1) + ": every header cell must name a column,"
                + " got '" + line + "'");
          }
          header.add(h);
        }
      } else {
        lines.add(new Line(n + 1, cells));
      }
    }
    if (header == null) {
      throw new IllegalArgumentException("the table is empty; its first line must name the columns, such as"
          + " 'order_id | amount'");
    }
    return new Table(List.copyOf(header), List.copyOf(lines));
  }

  private static List<@Nullable String> cells(String line, int number) {
    String body = line;
    if (body.startsWith("|")) {
      body = body.substring(1);
    }
    if (body.endsWith("|")) {
      body = body.substring(0, body.length() - 1);
    }
    List<@Nullable String> cells = new ArrayList<>();
    int i = 0;
    while (true) {
      while (i < body.length() && body.charAt(i) == ' ') {
        i++;
      }
      if (i < body.length() && body.charAt(i) == '"') {
        StringBuilder s = new StringBuilder();
        i = quoted(body, i + 1, s, number);
        cells.add(s.toString());
        while (i < body.length() && body.charAt(i) == ' ') {
          i++;
        }
        if (i < body.length() && body.charAt(i) != '|') {
          throw new IllegalArgumentException("table line " + number + ": text after a quoted cell: '" + line + "'");
        }
      } else {
        int end = body.indexOf('|', i);
        String cell = (end < 0 ? body.substring(i) : body.substring(i, end)).strip();
        cells.add(cell.equals("null") ? null : cell);
        i = end < 0 ? body.length() : end;
      }
      if (i >= body.length()) {
        return cells;
      }
      i++; // the separator
    }
  }

  private static int quoted(String body, int start, StringBuilder s, int number) {
    for (int i = start; i < body.length(); i++) {
      char ch = body.charAt(i);
      if (ch == '"') {
        if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
          s.append('"');
          i++;
        } else {
          return i + 1;
        }
      } else {
        s.append(ch);
      }
    }
    throw new IllegalArgumentException("table line " + number + ": a quoted cell is not closed");
  }
}
