package com.quarterhour.rules;

import com.quarterhour.rules.edits.AddonWithoutPrimary;
import com.quarterhour.rules.edits.AssistantModifierRequired;
import com.quarterhour.rules.edits.AuthorizationExceeded;
import com.quarterhour.rules.edits.KxThresholdReached;
import com.quarterhour.rules.edits.MedicalReviewThreshold;
import com.quarterhour.rules.edits.PlanOfCareNotCertified;
import com.quarterhour.rules.edits.ProgressReportDue;
import com.quarterhour.rules.edits.TherapistDoubleBooked;
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

  /**
   * Every edit, in the order findings are listed: first those decided from the visit alone, then
   * those across visits (they need a {@link VisitHistory}), notes last.
   */
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
          new KxThresholdReached(),
          new PlanOfCareNotCertified(),
          new ProgressReportDue(),
          new AssistantModifierRequired(),
          new AuthorizationExceeded(),
          new TherapistDoubleBooked(),
          new MedicalReviewThreshold(),
          new CodeWithoutUnits(),
          new CoderChoiceAllowed());

  /** The same edits as an array: the scoring loop indexes it without a list's checks. */
  private static final Edit[] EDIT_ARRAY = EDITS.toArray(new Edit[0]);

  /** What each edit needs of a visit ({@link Edit#needs}), read once. */
  private static final int[] NEEDS = EDITS.stream().mapToInt(Edit::needs).toArray();

  private static final java.util.Map<String, Edit> BY_ID =
      EDITS.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Edit::id, e -> e));

  /** Whether a finding of that id keeps the therapist from signing (see {@link Edit#blocksSignature}). */
  public static boolean blocksSignature(String findingId) {
    Edit edit = BY_ID.get(findingId);
    return edit != null && edit.blocksSignature();
  }

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

  /** A payer's allowed amounts per unit (dollars by code), laid out for this engine's codes. */
  public FeeSchedule fees(java.util.Map<String, java.math.BigDecimal> perUnit) {
    return new FeeSchedule(compiled, perUnit);
  }

  /**
   * Scores the visit alone: the edits across visits (KX threshold, plan of care, progress report,
   * assistants, authorization, double booking) need a {@link VisitHistory} and stay silent.
   */
  public Score score(VisitInput visit) {
    return score(visit, null);
  }

  /** Scores the visit with what the clinic knows about the patient's year, plan and the therapist's day. */
  public Score score(VisitInput visit, VisitHistory history) {
    int n = visit.size();
    CompiledCodes.Entry[] entries = new CompiledCodes.Entry[n];
    for (int i = 0; i < n; i++) {
      entries[i] = compiled.get(visit.code(i));
    }
    Score score = new Score(visit, history, entries, compiled);
    for (int e = 0; e < EDIT_ARRAY.length; e++) {
      // Skip what cannot apply without a call: most visits need only a few of the edits run.
      if (score.meets(NEEDS[e])) {
        score.checking(e);
        EDIT_ARRAY[e].check(score);
      }
    }
    score.checking(-1);
    return score;
  }
}
