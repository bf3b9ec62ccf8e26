package com.quarterhour.rules;

import java.util.Objects;

/**
 * Units per line as unit counting writes them. A visit of up to 16 lines with at most 255 units a
 * line (every visit the portal accepts) keeps them eight bits a line in two longs, so that scoring
 * makes no array for them; anything larger falls back to an array. The scoring context is one.
 */
abstract class LineUnits {

  private static final int PACKED_LINES = 16;
  private static final int MAX_PACKED = 255;

  private long low;
  private long high;
  private int[] wide;

  /** Call with the number of lines {@link #lineCount} will give. */
  LineUnits(int lines) {
    if (lines > PACKED_LINES) {
      wide = new int[lines];
    }
  }

  /** How many lines there are (asked, not stored: the scoring context knows it already). */
  abstract int lineCount();

  /** Units of a visit's lines on their own, for counting outside scoring. */
  static LineUnits of(int lines) {
    return new LineUnits(lines) {
      @Override
      int lineCount() {
        return lines;
      }
    };
  }

  final int unitsOf(int line) {
    Objects.checkIndex(line, lineCount());
    if (wide != null) {
      return wide[line];
    }
    int shift = (line & 7) << 3;
    return (int) ((line < 8 ? low : high) >>> shift) & MAX_PACKED;
  }

  final void setUnits(int line, int units) {
    Objects.checkIndex(line, lineCount());
    if (wide == null && (units < 0 || units > MAX_PACKED)) {
      wide = unitsArray();
    }
    if (wide != null) {
      wide[line] = units;
      return;
    }
    int shift = (line & 7) << 3;
    long cleared = ~(((long) MAX_PACKED) << shift);
    if (line < 8) {
      low = (low & cleared) | ((long) units << shift);
    } else {
      high = (high & cleared) | ((long) units << shift);
    }
  }

  /** The units as a new array. */
  final int[] unitsArray() {
    if (wide != null) {
      return wide.clone();
    }
    int[] out = new int[lineCount()];
    for (int i = 0; i < out.length; i++) {
      out[i] = unitsOf(i);
    }
    return out;
  }
}
