package com.quarterhour.rules;

import java.util.List;

/** What every edit reads: the visit, each line's catalog entry, the units and the edit tables. */
public final class EditContext {

  private final VisitInput visit;
  private final CodeDefinition[] defs;
  private final UnitAllocation units;
  private final NcciTable ncci;
  private final MueTable mue;

  EditContext(VisitInput visit, CodeDefinition[] defs, UnitAllocation units, NcciTable ncci, MueTable mue) {
    this.visit = visit;
    this.defs = defs;
    this.units = units;
    this.ncci = ncci;
    this.mue = mue;
  }

  public VisitInput visit() {
    return visit;
  }

  public int size() {
    return visit.lines().size();
  }

  public LineInput line(int i) {
    return visit.lines().get(i);
  }

  /** The catalog entry of line i, or null when the code is unknown. */
  public CodeDefinition def(int i) {
    return defs[i];
  }

  /** Line i's code is in the catalog and valid on the date of service. */
  public boolean isValid(int i) {
    return defs[i] != null && defs[i].isEffectiveOn(visit.dateOfService());
  }

  public boolean hasCategory(int i, CodeCategory category) {
    return defs[i] != null && defs[i].category() == category;
  }

  public UnitAllocation units() {
    return units;
  }

  /** Units the claim will carry: the coder's, when set by hand, else the computed ones. */
  public int billedUnits(int i) {
    Integer manual = line(i).billedUnits();
    return manual != null ? manual : units.units(i);
  }

  public NcciTable ncci() {
    return ncci;
  }

  public MueTable mue() {
    return mue;
  }

  public boolean hasAnyModifier(int i, java.util.Set<String> modifiers) {
    List<String> mods = line(i).modifiers();
    for (int k = 0; k < mods.size(); k++) {
      if (modifiers.contains(mods.get(k))) {
        return true;
      }
    }
    return false;
  }

  public int countModifiers(int i, java.util.Set<String> modifiers) {
    int n = 0;
    List<String> mods = line(i).modifiers();
    for (int k = 0; k < mods.size(); k++) {
      if (modifiers.contains(mods.get(k))) {
        n++;
      }
    }
    return n;
  }

  /** Both lines have start/stop times and the intervals share at least one minute. */
  public boolean overlap(int a, int b) {
    LineInput x = line(a);
    LineInput y = line(b);
    return x.hasTimes() && y.hasTimes() && x.start().isBefore(y.stop()) && y.start().isBefore(x.stop());
  }
}
