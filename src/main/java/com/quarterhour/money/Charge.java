package com.quarterhour.money;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

/** The clinic's charge master: what the clinic charges per unit of a code (a claim line's charge). */
@Entity
@Table(name = "charge_master")
public class Charge {

  @Id private String code;
  private BigDecimal chargePerUnit;

  @Version private long version;

  protected Charge() {}

  Charge(String code, BigDecimal chargePerUnit) {
    this.code = code;
    this.chargePerUnit = chargePerUnit;
  }

  void change(BigDecimal chargePerUnit) {
    this.chargePerUnit = chargePerUnit;
  }

  public String getCode() { return code; }
  public BigDecimal getChargePerUnit() { return chargePerUnit; }
  public long getVersion() { return version; }
}
