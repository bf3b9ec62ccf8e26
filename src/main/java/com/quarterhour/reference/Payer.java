package com.quarterhour.reference;

import com.quarterhour.rules.UnitMethod;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An insurer. Its unit method decides how minutes become units on its claims. */
@Entity
public class Payer implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @NotBlank
  @Size(max = 120)
  private String name;

  @NotNull
  @Enumerated(EnumType.STRING)
  private UnitMethod unitMethod;

  /** Medicare-only edits (G0283, bundled 97010, GP/GO/GN) apply to this payer's claims. */
  private boolean medicare;

  /** The fee schedule the payer allows by (money feature), by id; null when none is on file. */
  @jakarta.persistence.Column(name = "fee_schedule_id")
  private Long feeScheduleId;

  /** The ID the clearinghouse routes this payer's claims by (837P NM1*PR, PI); null until set. */
  @Size(max = 15)
  private String payerCode;

  /** The payer wants paper claims (CMS-1500) rather than an 837P. */
  private boolean paperClaims;

  @Version private long version;

  protected Payer() {}

  public Payer(String name, UnitMethod unitMethod, boolean medicare) {
    this.name = name;
    this.unitMethod = unitMethod;
    this.medicare = medicare;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public UnitMethod getUnitMethod() {
    return unitMethod;
  }

  public boolean isMedicare() {
    return medicare;
  }

  public Long getFeeScheduleId() {
    return feeScheduleId;
  }

  public void allowBy(Long feeScheduleId) {
    this.feeScheduleId = feeScheduleId;
  }

  public String getPayerCode() {
    return payerCode;
  }

  public boolean isPaperClaims() {
    return paperClaims;
  }

  /** How the payer receives claims: its electronic payer ID (letters and digits) and whether it wants paper. */
  public void billBy(String payerCode, boolean paperClaims) {
    this.payerCode = payerCode;
    this.paperClaims = paperClaims;
  }

  public long getVersion() {
    return version;
  }
}
