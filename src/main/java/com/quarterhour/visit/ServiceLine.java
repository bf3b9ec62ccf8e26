package com.quarterhour.visit;

import com.quarterhour.rules.Limits;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

/**
 * One billed code of a visit. Minutes are documented directly or as start/stop times; units are
 * what the payer's unit method gives for them. Versioned through its visit (lines change only
 * with their visit).
 */
@Entity
public class ServiceLine {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotNull
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id")
  private Visit visit;

  /** Entry order, 1-based: it breaks ties in the CMS unit allocation. */
  @Min(1)
  private int lineNo;

  @NotNull
  @Pattern(regexp = "[0-9A-Z][0-9]{3}[0-9A-Z]", message = "{quarterhour.code.format}")
  private String cptCode;

  /** Up to four two-character modifiers, comma separated ("GP,59"). */
  @Pattern(regexp = "([0-9A-Z]{2}(,[0-9A-Z]{2}){0,3})?", message = "{quarterhour.modifiers.format}")
  private String modifiers;

  @Min(Limits.MIN_MINUTES)
  @Max(Limits.MAX_MINUTES)
  private Integer minutes;

  private LocalTime startTime;
  private LocalTime stopTime;

  /** Of the minutes, those the assistant furnished alone and those both furnished together; 0 without an assistant. */
  @Min(0)
  private int assistantMinutes;

  @Min(0)
  private int togetherMinutes;

  @Min(0)
  private int units;

  /** What the coder bills instead of the documented code; null: as documented. */
  @Pattern(regexp = "[0-9A-Z][0-9]{3}[0-9A-Z]", message = "{quarterhour.code.format}")
  private String codedCode;

  /** The coder's modifiers; null: the therapist's. */
  @Pattern(regexp = "([0-9A-Z]{2}(,[0-9A-Z]{2}){0,3})?", message = "{quarterhour.modifiers.format}")
  private String codedModifiers;

  /** Units the coder set by hand; null: what the minutes give. */
  @Min(0)
  @Max(96)
  private Integer codedUnits;

  protected ServiceLine() {}

  ServiceLine(Visit visit, int lineNo, String cptCode, List<String> modifiers, int minutes) {
    this.visit = visit;
    this.lineNo = lineNo;
    this.cptCode = cptCode;
    this.modifiers = modifiers.isEmpty() ? null : String.join(",", modifiers);
    this.minutes = minutes;
  }

  public Long getId() {
    return id;
  }

  public Visit getVisit() {
    return visit;
  }

  public int getLineNo() {
    return lineNo;
  }

  public String getCptCode() {
    return cptCode;
  }

  public List<String> getModifiers() {
    return split(modifiers);
  }

  /** Documented minutes: given directly, or the span between start and stop time. */
  public int getMinutes() {
    if (minutes != null) {
      return minutes;
    }
    if (startTime != null && stopTime != null) {
      return (int) java.time.Duration.between(startTime, stopTime).toMinutes();
    }
    return 0;
  }

  /** This line as the rules engine reads it: as billed, with any units the coder set by hand. */
  public com.quarterhour.rules.LineInput toRuleInput() {
    return new com.quarterhour.rules.LineInput(
        getBilledCode(), getBilledModifiers(), getMinutes(), startTime, stopTime, codedUnits);
  }

  /** The code that goes on the claim: the coder's, else the therapist's. */
  public String getBilledCode() {
    return codedCode == null ? cptCode : codedCode;
  }

  public List<String> getBilledModifiers() {
    return codedModifiers == null ? getModifiers() : split(codedModifiers);
  }

  public int getBilledUnits() {
    return codedUnits == null ? units : codedUnits;
  }

  public Integer getCodedUnits() {
    return codedUnits;
  }

  /** The coder changed something on this line. */
  public boolean isRecoded() {
    return codedCode != null || codedModifiers != null || codedUnits != null;
  }

  /**
   * Who furnished the minutes: the assistant alone, both together; the therapist alone the rest.
   * Not part of the coder's version: a split is documentation, and the engine reads it afresh.
   */
  void split(int assistantAlone, int together) {
    this.assistantMinutes = assistantAlone;
    this.togetherMinutes = together;
  }

  public int getAssistantMinutes() {
    return assistantMinutes;
  }

  public int getTogetherMinutes() {
    return togetherMinutes;
  }

  /** The therapist's minutes alone: what neither the assistant alone nor both together furnished. */
  public int getTherapistMinutes() {
    return Math.max(0, getMinutes() - assistantMinutes - togetherMinutes);
  }

  /** The therapist documents the line anew; if it changed, the coder's version no longer applies. */
  void document(String code, List<String> modifiers, int minutes, LocalTime start, LocalTime stop) {
    String mods = modifiers.isEmpty() ? null : String.join(",", modifiers);
    boolean changed = !code.equals(cptCode) || !java.util.Objects.equals(mods, this.modifiers) || getMinutes() != minutes
        || !java.util.Objects.equals(start, startTime) || !java.util.Objects.equals(stop, stopTime);
    if (changed) {
      cptCode = code;
      this.modifiers = mods;
      this.minutes = minutes;
      setTimes(start, stop);
      codedCode = null;
      codedModifiers = null;
      codedUnits = null;
    }
  }

  void setTimes(LocalTime start, LocalTime stop) {
    startTime = start;
    stopTime = stop;
  }

  /**
   * The coder's version of the line. A value equal to the documented one is stored as "as
   * documented", so the side-by-side view only marks real changes.
   *
   * @param units units by hand, or null for what the minutes give
   */
  void recode(String code, List<String> modifiers, Integer units) {
    codedCode = code.equals(cptCode) ? null : code;
    String mods = modifiers.isEmpty() ? "" : String.join(",", modifiers);
    codedModifiers = mods.equals(this.modifiers == null ? "" : this.modifiers) ? null : mods;
    codedUnits = units;
  }

  /** One field the coder's version changes: "Code" 97110 → 97530. */
  public record Difference(String field, String oldValue, String newValue) {}

  /** What the coder's version of the line would change, field by field; empty when nothing. */
  public List<Difference> differences(String code, List<String> modifiers, Integer units) {
    List<Difference> out = new java.util.ArrayList<>();
    if (!code.equals(getBilledCode())) {
      out.add(new Difference("Code", getBilledCode(), code));
    }
    if (!modifiers.equals(getBilledModifiers())) {
      out.add(new Difference("Modifiers", text(getBilledModifiers()), text(modifiers)));
    }
    if (!java.util.Objects.equals(units, codedUnits)) {
      out.add(new Difference("Units", codedUnits == null ? this.units + " (from minutes)" : String.valueOf(codedUnits),
          units == null ? "from minutes" : String.valueOf(units)));
    }
    return out;
  }

  private static String text(List<String> modifiers) {
    return modifiers.isEmpty() ? "none" : String.join(" ", modifiers);
  }

  /** "97110 GP 33 min (09:00–09:33)": the line as the history shows it. */
  String describe() {
    StringBuilder out = new StringBuilder(cptCode);
    getModifiers().forEach(m -> out.append(' ').append(m));
    out.append(' ').append(getMinutes()).append(" min");
    if (startTime != null) {
      out.append(" (").append(startTime).append('–').append(stopTime).append(')');
    }
    if (assistantMinutes > 0 || togetherMinutes > 0) {
      out.append(" [assistant ").append(assistantMinutes).append(", together ").append(togetherMinutes).append(']');
    }
    return out.toString();
  }

  private static List<String> split(String mods) {
    return mods == null || mods.isEmpty() ? List.of() : Arrays.asList(mods.split(","));
  }

  public LocalTime getStartTime() {
    return startTime;
  }

  public LocalTime getStopTime() {
    return stopTime;
  }

  public int getUnits() {
    return units;
  }

  void setUnits(int units) {
    this.units = units;
  }
}
