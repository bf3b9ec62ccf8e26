package com.quarterhour.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The catalog joined with the NCCI and MUE tables once, when the engine is built: scoring then
 * finds a line's code, its MUE and its NCCI partners with one lookup, and a pair by array index.
 * Pairs with a code outside the catalog are left out: such a line is an UNKNOWN_CODE anyway.
 */
final class CompiledCodes {

  /** One catalog code with what the edits need of the tables. */
  static final class Entry {
    final CodeDefinition def;
    /** The definition's timed flag, read here by unit counting and the edits without a hop to it. */
    final boolean timed;
    final int index;
    /** The definition's effective day and first day no longer valid (none: the largest day), as epoch days. */
    final long effectiveDay;
    final long endDay;
    final MueEdit mue;
    /** Versions of the pair with the code of each catalog index; null where there is none. */
    final Version[][] partners;
    /** The EditContext HAS_ facts the code brings to any visit (category, MUE, 97010/97014). */
    final int facts;

    Entry(CodeDefinition def, int index, MueEdit mue, int size) {
      this.def = def;
      this.timed = def.timed();
      this.index = index;
      this.effectiveDay = def.effective().toEpochDay();
      this.endDay = def.terminated() == null ? Long.MAX_VALUE : def.terminated().toEpochDay();
      this.mue = mue;
      this.partners = new Version[size][];
      this.facts = EditContext.codeFacts(def, mue);
    }

    /** A catalog code alone, without the tables: what unit counting needs. */
    static Entry of(CodeDefinition def) {
      return new Entry(def, -1, null, 0);
    }

    PtpEdit pairWith(Entry other, LocalDate dateOfService) {
      return pairWith(other, dateOfService.toEpochDay());
    }

    /** The same for a date of service as an epoch day: scoring converts the visit's date once. */
    PtpEdit pairWith(Entry other, long dateOfService) {
      if (other.index < 0 || other.index >= partners.length) {
        return null;
      }
      Version[] versions = partners[other.index];
      if (versions != null) {
        for (Version v : versions) {
          if (dateOfService >= v.effectiveDay && dateOfService < v.endDay) {
            return v.pair;
          }
        }
      }
      return null;
    }

    /** Whether the code is valid on the date of service, an epoch day. */
    boolean isEffectiveOn(long dateOfService) {
      return dateOfService >= effectiveDay && dateOfService < endDay;
    }
  }

  /** One version of an NCCI pair with its dates as epoch days: scoring compares numbers, not dates. */
  private record Version(PtpEdit pair, long effectiveDay, long endDay) {
    static Version of(PtpEdit pair) {
      return new Version(pair, pair.effective().toEpochDay(), pair.deleted() == null ? Long.MAX_VALUE : pair.deleted().toEpochDay());
    }
  }

  private final Map<String, Entry> byCode = new HashMap<>();
  /**
   * The same entries by their five characters packed into a long, in an open-addressing table:
   * finding a line's code then reads the line's characters once instead of hashing and comparing
   * strings (the lookup every line of every scored visit makes).
   */
  private long[] packedKeys;
  private Entry[] packedEntries;
  private int packedMask;
  final NcciTable ncci;
  final MueTable mue;

  CompiledCodes(CodeCatalog catalog, NcciTable ncci, MueTable mue) {
    this.ncci = ncci;
    this.mue = mue;
    List<CodeDefinition> codes = new ArrayList<>(catalog.all());
    for (int i = 0; i < codes.size(); i++) {
      CodeDefinition def = codes.get(i);
      byCode.put(def.code(), new Entry(def, i, mue.get(def.code()), codes.size()));
    }
    packCodes();
    for (PtpEdit pair : ncci.all()) {
      Entry a = byCode.get(pair.column1());
      Entry b = byCode.get(pair.column2());
      if (a != null && b != null) {
        a.partners[b.index] = append(a.partners[b.index], pair);
        b.partners[a.index] = append(b.partners[a.index], pair);
      }
    }
  }

  /**
   * The entry of a code as written on a line (any case, blanks around it), or null when the
   * catalog does not know it.
   */
  Entry get(String code) {
    if (code == null) {
      return null;
    }
    long key = pack(code);
    if (key != 0) {
      for (int slot = slot(key); ; slot = (slot + 1) & packedMask) {
        long k = packedKeys[slot];
        if (k == key) {
          return packedEntries[slot];
        }
        if (k == 0) {
          break; // not a catalog code as written: try the slow way (case, blanks)
        }
      }
    }
    Entry entry = byCode.get(code);
    return entry != null ? entry : byCode.get(code.trim().toUpperCase(java.util.Locale.ROOT));
  }

  private void packCodes() {
    int size = Integer.highestOneBit(Math.max(4, byCode.size() * 3)) * 2;
    packedKeys = new long[size];
    packedEntries = new Entry[size];
    packedMask = size - 1;
    for (Entry entry : byCode.values()) {
      long key = pack(entry.def.code());
      if (key == 0) {
        continue; // not five plain characters: found through the map only
      }
      int slot = slot(key);
      while (packedKeys[slot] != 0) {
        slot = (slot + 1) & packedMask;
      }
      packedKeys[slot] = key;
      packedEntries[slot] = entry;
    }
  }

  /** Five characters below 128 as one non-zero long; 0 for anything else. */
  private static long pack(String code) {
    if (code.length() != 5) {
      return 0;
    }
    long key = 0;
    for (int i = 0; i < 5; i++) {
      char c = code.charAt(i);
      if (c == 0 || c >= 128) {
        return 0;
      }
      key = key << 8 | c;
    }
    return key;
  }

  private int slot(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & packedMask;
  }

  /** How many catalog codes there are: entry indexes run from 0 to size - 1. */
  int size() {
    return byCode.size();
  }

  private static Version[] append(Version[] versions, PtpEdit pair) {
    if (versions == null) {
      return new Version[] {Version.of(pair)};
    }
    Version[] more = java.util.Arrays.copyOf(versions, versions.length + 1);
    more[versions.length] = Version.of(pair);
    return more;
  }
}
