package com.quarterhour.rules;

import java.util.Arrays;
import java.util.Objects;

/**
 * What every edit reads (the visit, each line's catalog entry, the units and the edit tables) and
 * where it reports what it found.
 */
public final class EditContext {

  private final VisitInput visit;
  /** Units per line, the timed minutes they come from, and the CMS tie (-1 for none). */
  private final int[] units;
  private final int totalTimedMinutes;
  private final int tieRest;
  /**
   * What the edits found, each hit packed into a long (which edit, both lines, the detail), so that
   * scoring makes no object per hit; {@link Hit}s are made again only when read. Most visits have
   * none or one, so the array comes with the first hit.
   */
  private long[] hits;
  private int hitCount;
  /** The position among the engine's edits of the edit now checking: what its hits are packed with. */
  private int checking = -1;
  private static final int LINE_BITS = 13;
  private static final long LINE_MASK = (1L << LINE_BITS) - 1;
  private final NcciTable ncci;
  private final MueTable mue;

  // Facts about each line's modifiers, worked out once so that the edits read bits, not sets.
  private static final int DISCIPLINE_ONE = 1;
  private static final int DISCIPLINE_MANY = 1 << 1;
  private static final int MOD_59 = 1 << 2;
  private static final int MOD_X = 1 << 3;
  private static final int MOD_UNKNOWN = 1 << 4;
  /** Visits up to this many lines keep their NCCI pairs in two 64-bit masks (a * 8 + b). */
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

  /**
   * Each line's modifier facts (5 bits) packed twelve lines to a long: a visit within the limit
   * needs no array for them. Lines past 24 (only possible outside the portal's limit) work theirs
   * out again on each question.
   */
  private long modifierFacts0;
  private long modifierFacts1;
  private static final int FACT_BITS = 5;
  private static final int LINES_PER_LONG = 12;
  private final int visitFacts;
  private long ncciIndicator0;
  private long ncciIndicator1;

  private final CompiledCodes.Entry[] entries;

  EditContext(VisitInput visit, CompiledCodes.Entry[] entries, NcciTable ncci, MueTable mue) {
    this.visit = visit;
    this.entries = entries;
    this.units = new int[entries.length];
    this.totalTimedMinutes = UnitCalculator.untimedUnits(visit, entries, units);
    this.tieRest = UnitCalculator.timedUnits(visit, entries, units, totalTimedMinutes);
    this.ncci = ncci;
    this.mue = mue;
    int n = entries.length;
    int facts = 0;
    for (int i = 0; i < n; i++) {
      setModifierFacts(i, classify(visit, i));
      facts |= lineFacts(i);
    }
    this.visitFacts = facts;
    if (n <= MASKED_LINES) {
      findNcciPairs();
    }
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
      return (int) (modifierFacts0 >>> (FACT_BITS * i)) & 31;
    }
    return i < 2 * LINES_PER_LONG ? (int) (modifierFacts1 >>> (FACT_BITS * (i - LINES_PER_LONG))) & 31 : classify(visit, i);
  }

  private int lineFacts(int i) {
    int facts = visit.hasTimes(i) ? HAS_TIMES : 0;
    facts |= visit.manualUnits(i) != null ? HAS_MANUAL_UNITS : 0;
    facts |= (modifierFacts(i) & MOD_UNKNOWN) != 0 ? HAS_UNKNOWN_MODIFIER : 0;
    facts |= (modifierFacts(i) & DISCIPLINE_MANY) != 0 ? HAS_SEVERAL_DISCIPLINES : 0;
    facts |= (modifierFacts(i) & (MOD_59 | MOD_X)) == (MOD_59 | MOD_X) ? HAS_BYPASS_CONFLICT : 0;
    CompiledCodes.Entry entry = entries[i];
    if (entry == null) {
      return facts | (mue.get(visit.code(i)) != null ? HAS_MUE_CODE : 0) | HAS_INVALID_CODE;
    }
    // What the code itself says (category, MUE, 97010/97014) was worked out once per catalog code.
    facts |= entry.facts;
    return entry.def.isEffectiveOn(visit.dateOfService()) ? facts : facts | HAS_INVALID_CODE;
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
      switch (modifier) {
        case "GP", "GO", "GN" -> facts |= (facts & DISCIPLINE_ONE) != 0 ? DISCIPLINE_MANY : DISCIPLINE_ONE;
        case "59" -> facts |= MOD_59;
        case "XE", "XS", "XP", "XU" -> facts |= MOD_X;
        default -> facts |= Modifiers.KNOWN.contains(modifier) ? 0 : MOD_UNKNOWN;
      }
    }
    return facts;
  }

  /** Every pair of lines once, by array index: both NCCI edits then read the masks. */
  private void findNcciPairs() {
    int n = entries.length;
    for (int a = 0; a < n; a++) {
      if (entries[a] == null) {
        continue;
      }
      for (int b = a + 1; b < n; b++) {
        PtpEdit pair = entries[b] == null ? null : entries[a].pairWith(entries[b], visit.dateOfService());
        if (pair != null && pair.modifierIndicator() == 0) {
          ncciIndicator0 |= 1L << (a * MASKED_LINES + b);
        } else if (pair != null && pair.modifierIndicator() == 1) {
          ncciIndicator1 |= 1L << (a * MASKED_LINES + b);
        }
      }
    }
  }

  /** Whether some pair of lines is an NCCI pair with the given modifier indicator (0 or 1). */
  public boolean hasNcciPairs(int indicator) {
    if (entries.length > MASKED_LINES) {
      return true; // not precomputed for long visits: let the edit look pair by pair
    }
    return (indicator == 0 ? ncciIndicator0 : ncciIndicator1) != 0;
  }

  /** Modifier indicator (0 or 1) of the NCCI pair joining lines a &lt; b, or -1 when none applies. */
  public int ncciIndicator(int a, int b) {
    if (entries.length > MASKED_LINES) {
      PtpEdit pair = ncciPair(a, b);
      return pair == null || pair.modifierIndicator() == 9 ? -1 : pair.modifierIndicator();
    }
    long bit = 1L << (a * MASKED_LINES + b);
    return (ncciIndicator0 & bit) != 0 ? 0 : (ncciIndicator1 & bit) != 0 ? 1 : -1;
  }

  /** The NCCI pair of two lines in effect on the date of service, or null. */
  public PtpEdit ncciPair(int a, int b) {
    return ncci.pairOn(visit.code(a), visit.code(b), visit.dateOfService());
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
    return entries[i] != null && entries[i].def.timed();
  }

  public boolean hasCategory(int i, CodeCategory category) {
    return entries[i] != null && entries[i].def.category() == category;
  }

  /** The units with their step-by-step explanation (made on request: for words, not for checks). */
  public UnitAllocation units() {
    return new UnitAllocation(visit, entries, units.clone(), totalTimedMinutes, tieRest);
  }

  /** The engine is about to run the edit at that position of {@link ScoringEngine#EDITS}. */
  void checking(int editIndex) {
    checking = editIndex;
  }

  /** The edit now checking reports what it found (lines 0-based, or -1). */
  public void report(Hit hit) {
    if (checking < 0 || ScoringEngine.edit(checking) != hit.edit()) {
      throw new IllegalStateException(hit.edit().id() + " reports outside its own check");
    }
    if (hit.first() >= LINE_MASK || hit.second() >= LINE_MASK) {
      throw new IllegalArgumentException("line out of range: " + hit);
    }
    if (hits == null) {
      hits = new long[2];
    } else if (hitCount == hits.length) {
      hits = Arrays.copyOf(hits, hitCount * 2);
    }
    hits[hitCount++] = (long) checking << 58 | (hit.first() + 1L) << 45 | (hit.second() + 1L) << 32 | (hit.detail() & 0xFFFFFFFFL);
  }

  /** How many hits the edits reported so far. */
  public int hitCount() {
    return hitCount;
  }

  /** The k-th hit reported, made again from its packed form. */
  Hit hit(int k) {
    Objects.checkIndex(k, hitCount);
    long packed = hits[k];
    return new Hit(ScoringEngine.edit((int) (packed >>> 58)), line(packed >>> 45), line(packed >>> 32), (int) packed);
  }

  /** Whether an edit of that severity reported a hit, without making the hits again. */
  boolean hasHit(Severity severity) {
    for (int k = 0; k < hitCount; k++) {
      if (ScoringEngine.edit((int) (hits[k] >>> 58)).severity() == severity) {
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
    return units[i];
  }

  /** Units per line, as a copy. */
  public int[] unitsCopy() {
    return units.clone();
  }

  public int totalUnits() {
    return Arrays.stream(units).sum();
  }

  /** Minutes of the timed codes: what the units are counted from. */
  public int totalTimedMinutes() {
    return totalTimedMinutes;
  }

  public UnitMethod unitMethod() {
    return visit.method();
  }

  /** CMS tie at the cut-off: lines with equal leftover minutes where only some got a unit. */
  public boolean hasTie() {
    return tieRest > 0;
  }

  /** Units the claim will carry: the coder's, when set by hand, else the computed ones. */
  public int billedUnits(int i) {
    Integer manual = visit.manualUnits(i);
    return manual != null ? manual : units[i];
  }

  public NcciTable ncci() {
    return ncci;
  }


  public MueTable mue() {
    return mue;
  }

  /** The MUE of line i's code, or null when the table has none. */
  public MueEdit mueOf(int i) {
    return entries[i] != null ? entries[i].mue : mue.get(visit.code(i));
  }

  /** Both lines have start/stop times and the intervals share at least one minute. */
  public boolean overlap(int a, int b) {
    return visit.hasTimes(a) && visit.hasTimes(b)
        && visit.startMinute(a) < visit.stopMinute(b) && visit.startMinute(b) < visit.stopMinute(a);
  }
}
