package com.quarterhour.rules;

import java.util.Arrays;

/**
 * Who furnished each line's minutes when an assistant (PTA, COTA) took part: the therapist alone,
 * the assistant alone, both together (billing-rules.md §2.4, §3.3). A line not split is the
 * therapist's alone.
 */
public final class AssistantMinutes {

  /** Three numbers per line: therapist alone, assistant alone, together. */
  private final int[] minutes;

  private AssistantMinutes(int[] minutes) {
    this.minutes = minutes;
  }

  /** A visit of that many lines, none split yet. */
  public static AssistantMinutes forLines(int lines) {
    return new AssistantMinutes(new int[3 * lines]);
  }

  /**
   * The splits of a visit's lines as read from the database: three numbers per line (therapist
   * alone, assistant alone, together), line by line; the array becomes this value's (not copied).
   */
  public static AssistantMinutes of(int[] minutesByLine) {
    if (minutesByLine.length % 3 != 0) {
      throw new IllegalArgumentException("three numbers per line: therapist alone, assistant alone, together");
    }
    for (int m : minutesByLine) {
      if (m < 0) {
        throw new IllegalArgumentException("minutes cannot be negative");
      }
    }
    return new AssistantMinutes(minutesByLine);
  }

  /** A copy with line i (0-based) split as given. */
  public AssistantMinutes line(int i, int therapistAlone, int assistantAlone, int together) {
    if (therapistAlone < 0 || assistantAlone < 0 || together < 0) {
      throw new IllegalArgumentException("minutes cannot be negative");
    }
    int[] copy = i < lines() ? minutes.clone() : Arrays.copyOf(minutes, 3 * (i + 1));
    copy[3 * i] = therapistAlone;
    copy[3 * i + 1] = assistantAlone;
    copy[3 * i + 2] = together;
    return new AssistantMinutes(copy);
  }

  public int lines() {
    return minutes.length / 3;
  }

  public int therapistAlone(int i) {
    return i < lines() ? minutes[3 * i] : 0;
  }

  public int assistantAlone(int i) {
    return i < lines() ? minutes[3 * i + 1] : 0;
  }

  public int together(int i) {
    return i < lines() ? minutes[3 * i + 2] : 0;
  }

  /**
   * How many of a line's billed units are the assistant's (billing-rules.md §3.3). Timed: minutes
   * together count as the therapist's; each full 15 minutes of the assistant's is an assistant unit
   * and each full 15 of the therapist's a therapist unit (the assistant's counted first, so that a
   * line cut short by the visit's total never hides a unit the assistant furnished whole); the
   * units left go one by one to whoever has more leftover minutes, a tie to the assistant — billing
   * the lower, CQ/CO-reduced rate is the side that cannot overbill. Untimed: all units when the
   * assistant alone furnished more than 10 % of the minutes, else none.
   */
  public int assistantUnits(int i, int lineUnits, boolean timed) {
    int assistant = assistantAlone(i);
    if (assistant == 0 || lineUnits <= 0) {
      return 0;
    }
    int therapist = therapistAlone(i) + together(i);
    if (!timed) {
      return assistant * 10 > therapist + assistant ? lineUnits : 0;
    }
    int assistantUnits = Math.min(assistant / 15, lineUnits);
    int left = lineUnits - assistantUnits;
    int therapistUnits = Math.min(therapist / 15, left);
    left -= therapistUnits;
    int assistantLeftover = assistant % 15;
    int therapistLeftover = therapist % 15;
    while (left > 0 && (assistantLeftover > 0 || therapistLeftover > 0)) {
      if (assistantLeftover >= therapistLeftover) {
        assistantUnits++;
        assistantLeftover = 0;
      } else {
        therapistLeftover = 0;
      }
      left--;
    }
    return assistantUnits;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AssistantMinutes other && Arrays.equals(minutes, other.minutes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(minutes);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("AssistantMinutes[");
    for (int i = 0; i < lines(); i++) {
      out.append(i == 0 ? "" : ", ").append(therapistAlone(i)).append('/').append(assistantAlone(i)).append('/').append(together(i));
    }
    return out.append(']').toString();
  }
}
