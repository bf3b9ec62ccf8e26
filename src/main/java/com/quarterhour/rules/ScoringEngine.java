package com.quarterhour.rules;

import com.quarterhour.rules.edits.AddonWithoutPrimary;
import com.quarterhour.rules.edits.BelowBillableMinutes;
import com.quarterhour.rules.edits.BypassModifierConflict;
import com.quarterhour.rules.edits.CodeWithoutUnits;
import com.quarterhour.rules.edits.CoderChoiceAllowed;
import com.quarterhour.rules.edits.ConflictingDisciplineModifiers;
import com.quarterhour.rules.edits.EvaluationWithReevaluation;
import com.quarterhour.rules.edits.GroupOverlapsOneOnOne;
import com.quarterhour.rules.edits.MedicareBundledCode;
import com.quarterhour.rules.edits.MedicareUseG0283;
import com.quarterhour.rules.edits.MissingDisciplineModifier;
import com.quarterhour.rules.edits.MueExceeded;
import com.quarterhour.rules.edits.MultipleEvaluations;
import com.quarterhour.rules.edits.NcciPairNeedsModifier;
import com.quarterhour.rules.edits.NcciPairNotAllowed;
import com.quarterhour.rules.edits.OverlappingTimedServices;
import com.quarterhour.rules.edits.UnitsExceedMinutes;
import com.quarterhour.rules.edits.UnknownCode;
import com.quarterhour.rules.edits.UnknownModifier;
import java.util.List;

/** Scores a visit: units under the payer's method, then every edit. Thread-safe and stateless. */
public final class ScoringEngine {

  /** Every edit that can be decided from the visit alone, in the order findings are listed. */
  public static final List<Edit> EDITS =
      List.of(
          new UnknownCode(),
          new UnknownModifier(),
          new NcciPairNeedsModifier(),
          new NcciPairNotAllowed(),
          new BypassModifierConflict(),
          new GroupOverlapsOneOnOne(),
          new OverlappingTimedServices(),
          new MissingDisciplineModifier(),
          new ConflictingDisciplineModifiers(),
          new MedicareUseG0283(),
          new MedicareBundledCode(),
          new EvaluationWithReevaluation(),
          new MultipleEvaluations(),
          new AddonWithoutPrimary(),
          new BelowBillableMinutes(),
          new UnitsExceedMinutes(),
          new MueExceeded(),
          new CodeWithoutUnits(),
          new CoderChoiceAllowed());

  /** The same edits as an array: the scoring loop indexes it without a list's checks. */
  private static final Edit[] EDIT_ARRAY = EDITS.toArray(new Edit[0]);

  static Edit edit(int index) {
    return EDIT_ARRAY[index];
  }

  private final CodeCatalog catalog;
  private final NcciTable ncci;
  private final MueTable mue;
  private final CompiledCodes compiled;

  public ScoringEngine(CodeCatalog catalog, NcciTable ncci, MueTable mue) {
    this.catalog = catalog;
    this.ncci = ncci;
    this.mue = mue;
    this.compiled = new CompiledCodes(catalog, ncci, mue);
  }

  /** The bundled catalog with the starter NCCI and MUE tables. */
  public static ScoringEngine bundled() {
    return new ScoringEngine(CodeCatalog.bundled(), NcciTable.starter(), MueTable.starter());
  }

  public CodeCatalog catalog() {
    return catalog;
  }

  public NcciTable ncci() {
    return ncci;
  }

  public Score score(VisitInput visit) {
    int n = visit.size();
    CompiledCodes.Entry[] entries = new CompiledCodes.Entry[n];
    for (int i = 0; i < n; i++) {
      entries[i] = compiled.get(visit.code(i));
    }
    EditContext context = new EditContext(visit, entries, ncci, mue);
    for (int e = 0; e < EDIT_ARRAY.length; e++) {
      context.checking(e);
      EDIT_ARRAY[e].check(context);
    }
    return new Score(context);
  }
}
