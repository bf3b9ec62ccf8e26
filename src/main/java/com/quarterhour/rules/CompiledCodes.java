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
    final int index;
    final MueEdit mue;
    /** Versions of the pair with the code of each catalog index; null where there is none. */
    final PtpEdit[][] partners;
    /** The EditContext HAS_ facts the code brings to any visit (category, MUE, 97010/97014). */
    final int facts;

    Entry(CodeDefinition def, int index, MueEdit mue, int size) {
      this.def = def;
      this.index = index;
      this.mue = mue;
      this.partners = new PtpEdit[size][];
      this.facts = EditContext.codeFacts(def, mue);
    }

    /** A catalog code alone, without the tables: what unit counting needs. */
    static Entry of(CodeDefinition def) {
      return new Entry(def, -1, null, 0);
    }

    PtpEdit pairWith(Entry other, LocalDate dateOfService) {
      if (other.index < 0 || other.index >= partners.length) {
        return null;
      }
      PtpEdit[] versions = partners[other.index];
      if (versions != null) {
        for (PtpEdit p : versions) {
          if (p.isInEffectOn(dateOfService)) {
            return p;
          }
        }
      }
      return null;
    }
  }

  private final Map<String, Entry> byCode = new HashMap<>();

  CompiledCodes(CodeCatalog catalog, NcciTable ncci, MueTable mue) {
    List<CodeDefinition> codes = new ArrayList<>(catalog.all());
    for (int i = 0; i < codes.size(); i++) {
      CodeDefinition def = codes.get(i);
      byCode.put(def.code(), new Entry(def, i, mue.get(def.code()), codes.size()));
    }
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
    Entry entry = byCode.get(code);
    return entry != null ? entry : byCode.get(code.trim().toUpperCase(java.util.Locale.ROOT));
  }

  private static PtpEdit[] append(PtpEdit[] versions, PtpEdit pair) {
    if (versions == null) {
      return new PtpEdit[] {pair};
    }
    PtpEdit[] more = java.util.Arrays.copyOf(versions, versions.length + 1);
    more[versions.length] = pair;
    return more;
  }
}
