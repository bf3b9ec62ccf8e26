package com.quarterhour.rules;

import java.util.Arrays;
import java.util.Objects;

/**
 * What every edit reads (the visit, each line's catalog entry, the units and the edit tables) and
 * where it reports what it found. The {@link Score} a caller receives is this same object (one
 * object per scored visit, not two), seen through the score's questions.
 */
public abstract sealed class EditContext extends LineUnits permits Score {

  private final VisitInput visit;
  /** The timed minutes the units (kept by {@link LineUnits}) come from, and the CMS tie (-1 for none). */
  private final int timedMinutesAndTie;
  /**
   * What the edits found, packed into longs so that scoring makes no object per hit; {@link Hit}s
   * are made again only when read. An entry is either one hit (which edit, both lines, the detail)
   * or, for the common run of one edit flagging line after line, that edit with a mask of its
   * lines. Most visits need up to two entries, kept in fields; the array comes with the third.
   */
  private long entry0;
  private long entry1;
  private long[] moreEntries;
  private int entryCount;
  /** The position among the engine's edits of the edit now checking: what its hits are packed with. */
  private int checking = -1;
  private static final long MASK_ENTRY = 1L << 63;
  private static final int EDIT_SHIFT = 57;
  private static final int EDIT_BITS = 6;
  /** Lines a mask entry can name: the bits below the edit's. */
  private static final int MASK_LINES = EDIT_SHIFT;
  private static final long LINES_OF_MASK = (1L << MASK_LINES) - 1;
  private static final int LINE_BITS = 12;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;
  /** The engine's codes joined with its NCCI and MUE tables. */
  private final CompiledCodes codes;
  /** What the clinic knows beyond the visit, or null: then the edits across visits stay silent. */
  private final VisitHistory history;

  // Facts about each line's modifiers, worked out once so that the edits read bits, not sets.
  private static final int DISCIPLINE_ONE = 1;
  private static final int DISCIPLINE_MANY = 1 << 1;
  private static final int MOD_59 = 1 << 2;
  private static final int MOD_X = 1 << 3;
  private static final int MOD_UNKNOWN = 1 << 4;
  private static final int MOD_KX = 1 << 5;
  private static final int MOD_CQ = 1 << 6;
  private static final int MOD_CO = 1 << 7;
  /**
   * Visits up to this many lines keep their NCCI pairs in one long: the 28 pairs a &lt; b of eight
   * lines, by {@link #pairBit}, with modifier indicator 0 in the low half and 1 in the high half.
   */
  private static final int MASKED_LINES = 8;

  /** What the visit contains at all, so that most edits can tell at once that they have nothing to do. */
  public static final int HAS_GROUP = 1;
  public static final int HAS_EVALUATION = 1 << 1;
  public static final int HAS_RE_EVALUATION = 1 << 2;
  public static final int HAS_ADD_ON = 1 << 3;
  public static final int HAS_MUE_CODE = 1 << 4;
  public static final int HAS_INVALID_CODE = 1 << 5;
  public static final int HAS_UNKNOWN_MODIFIER = 1 << 6;
  public static final int HAS_BYPASS_CONFLICT = 1 << 7;
  public static final int HAS_SEVERAL_DISCIPLINES = 1 << 8;
  public static final int HAS_MANUAL_UNITS = 1 << 9;
  public static final int HAS_TIMES = 1 << 10;
  public static final int HAS_97014 = 1 << 11;
  public static final int HAS_97010 = 1 << 12;
  public static final int IS_MEDICARE = 1 << 13;
  /** Some pair of lines is an NCCI pair with modifier indicator 0 (or, past eight lines, may be). */
  public static final int HAS_NCCI_PAIR_0 = 1 << 14;
  /** Likewise with modifier indicator 1. */
  public static final int HAS_NCCI_PAIR_1 = 1 << 15;
  /** CMS lets the coder choose which line gets a unit. */
  public static final int HAS_TIE = 1 << 16;
  /** A {@link VisitHistory} came with the visit: the edits across visits can decide. */
  public static final int HAS_HISTORY = 1 << 17;
  public static final int HAS_AUTHORIZATION = 1 << 18;
  public static final int HAS_ASSISTANTS = 1 << 19;
  public static final int HAS_OTHER_ONE_ON_ONE = 1 << 20;
  /** A timed line with minutes got no unit: the only lines the two unit notes look at. */
  public static final int HAS_TIMED_LINE_WITHOUT_UNITS = 1 << 21;
  /** A catalog code's line carries none of GP, GO, GN. */
  public static final int HAS_LINE_WITHOUT_DISCIPLINE = 1 << 22;

  /**
   * Each line's modifier facts (8 bits) packed eight lines to a long: a visit of up to 16 lines
   * needs no array for them. Lines past 16 work theirs out again on each question.
   */
  private long modifierFacts0;
  private long modifierFacts1;
  private static final int FACT_BITS = 8;
  private static final int FACT_MASK = (1 << FACT_BITS) - 1;
  private static final int LINES_PER_LONG = 8;
  private final int visitFacts;
  private long ncciPairs;

  private final CompiledCodes.Entry[] entries;

  protected EditContext(VisitInput visit, VisitHistory history, CompiledCodes.Entry[] entries, CompiledCodes codes) {
    super(entries.length);
    this.visit = visit;
    this.history = history;
    this.entries = entries;
    int totalTimedMinutes = UnitCalculator.untimedUnits(visit, entries, this);
    int tieRest = UnitCalculator.timedUnits(visit, entries, this, totalTimedMinutes);
    // One int for both (the tie is -1 to 14): the context is made for every scored visit.
    this.timedMinutesAndTie = totalTimedMinutes << 5 | (tieRest + 1);
    this.codes = codes;
    int n = entries.length;
    int facts = 0;
    // The date as a day number once per visit: each line's validity and each pair's dates compare numbers.
    long day = visit.dateOfService().toEpochDay();
    for (int i = 0; i < n; i++) {
      setModifierFacts(i, classify(visit, i));
      facts |= lineFacts(i, day);
    }
    if (n <= MASKED_LINES) {
      findNcciPairs(day);
    }
    facts |= hasNcciPairs(0) ? HAS_NCCI_PAIR_0 : 0;
    facts |= hasNcciPairs(1) ? HAS_NCCI_PAIR_1 : 0;
    facts |= visit.medicare() ? IS_MEDICARE : 0;
    facts |= tieRest > 0 ? HAS_TIE : 0;
    if (history != null) {
      facts |= HAS_HISTORY;
      facts |= history.authorization() != null ? HAS_AUTHORIZATION : 0;
      facts |= history.assistants() != null ? HAS_ASSISTANTS : 0;
      facts |= history.otherOneOnOne() != null ? HAS_OTHER_ONE_ON_ONE : 0;
    }
    this.visitFacts = facts;
  }

  /** Whether the visit has every fact the edit needs (see {@link Edit#needs}). */
  boolean meets(int needs) {
    return (needs & ~visitFacts) == 0;
  }

  private void setModifierFacts(int i, int facts) {
    if (i < LINES_PER_LONG) {
      modifierFacts0 |= (long) facts << (FACT_BITS * i);
    } else if (i < 2 * LINES_PER_LONG) {
      modifierFacts1 |= (long) facts << (FACT_BITS * (i - LINES_PER_LONG));
    }
  }

  private int modifierFacts(int i) {
    if (i < LINES_PER_LONG) {
      return (int) (modifierFacts0 >>> (FACT_BITS * i)) & FACT_MASK;
    }
    return i < 2 * LINES_PER_LONG ? (int) (modifierFacts1 >>> (FACT_BITS * (i - LINES_PER_LONG))) & FACT_MASK : classify(visit, i);
  }

  private int lineFacts(int i, long dateOfService) {
    int facts = visit.hasTimes(i) ? HAS_TIMES : 0;
    facts |= visit.manualUnits(i) != null ? HAS_MANUAL_UNITS : 0;
    facts |= (modifierFacts(i) & MOD_UNKNOWN) != 0 ? HAS_UNKNOWN_MODIFIER : 0;
    facts |= (modifierFacts(i) & DISCIPLINE_MANY) != 0 ? HAS_SEVERAL_DISCIPLINES : 0;
    facts |= (modifierFacts(i) & (MOD_59 | MOD_X)) == (MOD_59 | MOD_X) ? HAS_BYPASS_CONFLICT : 0;
    CompiledCodes.Entry entry = entries[i];
    if (entry == null) {
      return facts | (codes.mue.get(visit.code(i)) != null ? HAS_MUE_CODE : 0) | HAS_INVALID_CODE;
    }
    // What the code itself says (category, MUE, 97010/97014) was worked out once per catalog code.
    facts |= entry.facts;
    facts |= entry.timed && visit.minutes(i) > 0 && unitsOf(i) == 0 ? HAS_TIMED_LINE_WITHOUT_UNITS : 0;
    facts |= (modifierFacts(i) & DISCIPLINE_ONE) == 0 ? HAS_LINE_WITHOUT_DISCIPLINE : 0;
    return entry.isEffectiveOn(dateOfService) ? facts : facts | HAS_INVALID_CODE;
  }

  /** The facts of a catalog code on its own, whatever the visit: see {@link CompiledCodes.Entry#facts}. */
  static int codeFacts(CodeDefinition def, MueEdit mue) {
    int facts = mue != null ? HAS_MUE_CODE : 0;
    facts |= switch (def.category()) {
      case GROUP -> HAS_GROUP;
      case EVALUATION -> HAS_EVALUATION;
      case RE_EVALUATION -> HAS_RE_EVALUATION;
      case ADD_ON -> HAS_ADD_ON;
      default -> 0;
    };
    return facts | ("97014".equals(def.code()) ? HAS_97014 : "97010".equals(def.code()) ? HAS_97010 : 0);
  }

  /** Whether any line of the visit has the fact (one of the HAS_ constants, or several or-ed: any). */
  public boolean has(int fact) {
    return (visitFacts & fact) != 0;
  }

  private static int classify(VisitInput visit, int line) {
    int facts = 0;
    for (int k = 0; k < visit.modifierCount(line); k++) {
      String modifier = visit.modifier(line, k);
      // Every modifier is two characters: switching on them as one number spares hashing and
      // comparing strings, on every line of every visit.
      int pair = modifier.length() == 2 ? modifier.charAt(0) << 16 | modifier.charAt(1) : -1;
      switch (pair) {
        case 'G' << 16 | 'P', 'G' << 16 | 'O', 'G' << 16 | 'N' ->
            facts |= (facts & DISCIPLINE_ONE) != 0 ? DISCIPLINE_MANY : DISCIPLINE_ONE;
        case '5' << 16 | '9' -> facts |= MOD_59;
        case 'X' << 16 | 'E', 'X' << 16 | 'S', 'X' << 16 | 'P', 'X' << 16 | 'U' -> facts |= MOD_X;
        case 'K' << 16 | 'X' -> facts |= MOD_KX;
        case 'C' << 16 | 'Q' -> facts |= MOD_CQ;
        case 'C' << 16 | 'O' -> facts |= MOD_CO;
        default -> facts |= Modifiers.KNOWN.contains(modifier) ? 0 : MOD_UNKNOWN;
      }
    }
    return facts;
  }


  /** Every pair of lines once, by array index: both NCCI edits then read the masks. */
  private void findNcciPairs(long dateOfService) {
    int n = entries.length;
    for (int a = 0; a < n; a++) {
      if (entries[a] == null) {
        continue;
      }
      for (int b = a + 1; b < n; b++) {
        PtpEdit pair = entries[b] == null ? null : entries[a].pairWith(entries[b], dateOfService);
        if (pair != null && pair.modifierIndicator() == 0) {
          ncciPairs |= 1L << pairBit(a, b);
        } else if (pair != null && pair.modifierIndicator() == 1) {
          ncciPairs |= 1L << (32 + pairBit(a, b));
        }
      }
    }
  }

  /** Whether some pair of lines is an NCCI pair with the given modifier indicator (0 or 1). */
  public boolean hasNcciPairs(int indicator) {
    if (entries.length > MASKED_LINES) {
      return true; // not precomputed for long visits: let the edit look pair by pair
    }
    return (int) (indicator == 0 ? ncciPairs : ncciPairs >>> 32) != 0;
  }

  /** Modifier indicator (0 or 1) of the NCCI pair joining lines a &lt; b, or -1 when none applies. */
  public int ncciIndicator(int a, int b) {
    if (entries.length > MASKED_LINES) {
      PtpEdit pair = ncciPair(a, b);
      return pair == null || pair.modifierIndicator() == 9 ? -1 : pair.modifierIndicator();
    }
    int bit = pairBit(a, b);
    return (ncciPairs & 1L << bit) != 0 ? 0 : (ncciPairs & 1L << (32 + bit)) != 0 ? 1 : -1;
  }

  /** The pair a &lt; b &lt; 8 as a number from 0 to 27. */
  private static int pairBit(int a, int b) {
    return b * (b - 1) / 2 + a;
  }

  /** The NCCI pair of two lines in effect on the date of service, or null. */
  public PtpEdit ncciPair(int a, int b) {
    return codes.ncci.pairOn(visit.code(a), visit.code(b), visit.dateOfService());
  }

  public boolean hasDisciplineModifier(int i) {
    return (modifierFacts(i) & DISCIPLINE_ONE) != 0;
  }

  public boolean hasSeveralDisciplineModifiers(int i) {
    return (modifierFacts(i) & DISCIPLINE_MANY) != 0;
  }

  /** 59 or an X modifier: the line is declared a distinct service. */
  public boolean hasBypassModifier(int i) {
    return (modifierFacts(i) & (MOD_59 | MOD_X)) != 0;
  }

  public boolean hasBypassConflict(int i) {
    return (modifierFacts(i) & (MOD_59 | MOD_X)) == (MOD_59 | MOD_X);
  }

  public boolean hasUnknownModifier(int i) {
    return (modifierFacts(i) & MOD_UNKNOWN) != 0;
  }

  /** The line carries KX (services above the therapy threshold are medically necessary). */
  public boolean hasKx(int i) {
    return (modifierFacts(i) & MOD_KX) != 0;
  }

  /** The line carries the given assistant modifier, CQ or CO (the other one does not count). */
  public boolean hasAssistantModifier(int i, String modifier) {
    int bit = "CQ".equals(modifier) ? MOD_CQ : "CO".equals(modifier) ? MOD_CO : 0;
    return (modifierFacts(i) & bit) != 0;
  }

  /** What the clinic knows beyond the visit, or null when the caller gave nothing. */
  public VisitHistory history() {
    return history;
  }

  /**
   * The visit's allowed amount in cents: billed units × the payer's allowed amount per unit, over
   * the lines (0 without a history).
   */
  public long allowedCents() {
    long sum = 0;
    FeeSchedule fees = history == null ? FeeSchedule.NONE : history.fees();
    for (int i = 0; i < entries.length; i++) {
      int billed = billedUnits(i);
      if (billed > 0) {
        sum += billed * fees.centsPerUnit(codes, entries[i], visit.code(i));
      }
    }
    return sum;
  }

  public VisitInput visit() {
    return visit;
  }

  public int size() {
    return entries.length;
  }

  /** Line i as an object (for describing a finding; the checks read the columns below). */
  public LineInput line(int i) {
    return visit.line(i);
  }

  /** Line i's code as written. */
  public String code(int i) {
    return visit.code(i);
  }

  public int minutes(int i) {
    return visit.minutes(i);
  }

  /** Units the coder set by hand on line i, or null. */
  public Integer manualUnits(int i) {
    return visit.manualUnits(i);
  }

  /** The catalog entry of line i, or null when the code is unknown. */
  public CodeDefinition def(int i) {
    return entries[i] == null ? null : entries[i].def;
  }

  /** Line i's code is in the catalog and valid on the date of service. */
  public boolean isValid(int i) {
    CodeDefinition def = def(i);
    return def != null && def.isEffectiveOn(visit.dateOfService());
  }

  /** Line i's code is timed (billed in 15-minute units). */
  public boolean isTimed(int i) {
    return entries[i] != null && entries[i].timed;
  }

  /** Line i's code is a catalog code with that fact of its own (HAS_97014, HAS_97010, a category's). */
  public boolean codeHas(int i, int codeFact) {
    return entries[i] != null && (entries[i].facts & codeFact) != 0;
  }

  public boolean hasCategory(int i, CodeCategory category) {
    return entries[i] != null && entries[i].def.category() == category;
  }

  /** The units with their step-by-step explanation (made on request: for words, not for checks). */
  public UnitAllocation unitAllocation() {
    return new UnitAllocation(visit, entries, unitsArray(), totalTimedMinutes(), tieRest());
  }

  /** The engine is about to run the edit at that position of {@link ScoringEngine#EDITS} (-1: done). */
  void checking(int editIndex) {
    checking = editIndex;
  }

  /** The edit now checking found a problem on line {@code first} (0-based), or on the whole visit (-1). */
  public void report(int first) {
    record(first, -1, 0);
  }

  /** The edit now checking found a problem joining two lines (0-based). */
  public void report(int first, int second) {
    record(first, second, 0);
  }

  /**
   * The edit now checking found a problem, with one number of detail its words need (see {@link
   * Hit}). Reporting takes plain numbers, so that scoring makes no object per hit.
   */
  public void report(int first, int second, int detail) {
    record(first, second, detail);
  }

  private void record(int first, int second, int detail) {
    if (checking < 0) {
      throw new IllegalStateException("an edit reports outside its own check");
    }
    if (first >= LINE_MASK || second >= LINE_MASK) {
      throw new IllegalArgumentException("line out of range: " + first + ", " + second);
    }
    long edit = (long) checking << EDIT_SHIFT;
    boolean oneLine = second < 0 && detail == 0 && first >= 0 && first < MASK_LINES;
    if (oneLine && entryCount > 0) {
      long last = entry(entryCount - 1);
      // Join the edit's mask when the line comes after those in it, so that hits keep their order.
      if ((last & ~LINES_OF_MASK) == (MASK_ENTRY | edit) && 63 - Long.numberOfLeadingZeros(last & LINES_OF_MASK) < first) {
        setEntry(entryCount - 1, last | 1L << first);
        return;
      }
    }
    long packed = oneLine ? MASK_ENTRY | edit | 1L << first
        : edit | (first + 1L) << 45 | (second + 1L) << 33 | (detail & 0xFFFFFFFFL);
    if (entryCount >= 2) {
      if (moreEntries == null) {
        moreEntries = new long[4];
      } else if (entryCount - 2 == moreEntries.length) {
        moreEntries = Arrays.copyOf(moreEntries, moreEntries.length * 2);
      }
    }
    setEntry(entryCount++, packed);
  }

  private long entry(int e) {
    return e == 0 ? entry0 : e == 1 ? entry1 : moreEntries[e - 2];
  }

  private void setEntry(int e, long packed) {
    if (e == 0) {
      entry0 = packed;
    } else if (e == 1) {
      entry1 = packed;
    } else {
      moreEntries[e - 2] = packed;
    }
  }

  private static int editOf(long entry) {
    return (int) (entry >>> EDIT_SHIFT) & ((1 << EDIT_BITS) - 1);
  }

  /** How many hits the edits reported so far. */
  public int hitCount() {
    int count = 0;
    for (int e = 0; e < entryCount; e++) {
      long entry = entry(e);
      count += entry < 0 ? Long.bitCount(entry & LINES_OF_MASK) : 1;
    }
    return count;
  }

  /** The k-th hit reported, made again from its packed form. */
  Hit hit(int k) {
    Objects.checkIndex(k, hitCount());
    for (int e = 0; ; e++) {
      long entry = entry(e);
      Edit edit = ScoringEngine.edit(editOf(entry));
      if (entry < 0) { // a mask of lines
        long lines = entry & LINES_OF_MASK;
        if (k < Long.bitCount(lines)) {
          for (; k > 0; k--) {
            lines &= lines - 1;
          }
          return new Hit(edit, Long.numberOfTrailingZeros(lines), -1, 0);
        }
        k -= Long.bitCount(lines);
      } else if (k-- == 0) {
        return new Hit(edit, line(entry >>> 45), line(entry >>> 33), (int) entry);
      }
    }
  }

  /** Whether an edit of that severity reported a hit, without making the hits again. */
  boolean hasHit(Severity severity) {
    for (int e = 0; e < entryCount; e++) {
      if (ScoringEngine.edit(editOf(entry(e))).severity() == severity) {
        return true;
      }
    }
    return false;
  }

  /** Lines are packed plus one, so that -1 (no line) packs as 0. */
  private static int line(long shifted) {
    return (int) (shifted & LINE_MASK) - 1;
  }

  /** Units the minutes give line i. */
  public int units(int i) {
    return unitsOf(i);
  }

  /** Units per line, as a copy. */
  public int[] unitsCopy() {
    return unitsArray();
  }

  public int totalUnits() {
    int sum = 0;
    for (int i = 0; i < entries.length; i++) {
      sum += unitsOf(i);
    }
    return sum;
  }

  /** Minutes of the timed codes: what the units are counted from. */
  public int totalTimedMinutes() {
    return timedMinutesAndTie >>> 5;
  }

  public UnitMethod unitMethod() {
    return visit.method();
  }

  /** CMS tie at the cut-off: lines with equal leftover minutes where only some got a unit. */
  public boolean hasTie() {
    return tieRest() > 0;
  }

  private int tieRest() {
    return (timedMinutesAndTie & 31) - 1;
  }

  @Override
  final int lineCount() {
    return entries.length;
  }

  /** Units the claim will carry: the coder's, when set by hand, else the computed ones. */
  public int billedUnits(int i) {
    Integer manual = visit.manualUnits(i);
    return manual != null ? manual : unitsOf(i);
  }

  public NcciTable ncci() {
    return codes.ncci;
  }


  public MueTable mue() {
    return codes.mue;
  }

  /** The MUE of line i's code, or null when the table has none. */
  public MueEdit mueOf(int i) {
    return entries[i] != null ? entries[i].mue : codes.mue.get(visit.code(i));
  }

  /** Both lines have start/stop times and the intervals share at least one minute. */
  public boolean overlap(int a, int b) {
    return visit.hasTimes(a) && visit.hasTimes(b)
        && visit.startMinute(a) < visit.stopMinute(b) && visit.startMinute(b) < visit.stopMinute(a);
  }
}
