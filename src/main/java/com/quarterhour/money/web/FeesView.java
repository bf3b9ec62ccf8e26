package com.quarterhour.money.web;

import com.quarterhour.money.Charge;
import com.quarterhour.money.Fee;
import com.quarterhour.money.FeeAdmin;
import com.quarterhour.money.Schedule;
import com.quarterhour.portal.web.Feedback;
import com.quarterhour.reference.Payer;
import com.quarterhour.reference.ReferenceData;
import com.quarterhour.shared.RefusedException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * Backs the money part of admin/index.xhtml: fee schedules and their rows, which schedule each payer
 * pays by, the charge master, and the import of CMS's relative value file.
 */
@Named
@ViewScoped
public class FeesView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private FeeAdmin admin;
  @Inject private ReferenceData reference;

  private Long scheduleId;
  /** The schedules, read once per view (and after one is opened): the payer list names one per row. */
  private List<Schedule> schedules = List.of();
  private List<Fee> fees = List.of();
  private String newScheduleName;
  private String newScheduleSource;
  private String feeCode;
  private LocalDate feeFrom;
  private LocalDate feeThrough;
  private BigDecimal feeAmount;
  private Long payerId;
  private Long payerScheduleId;
  private String chargeCode;
  private BigDecimal chargeAmount;
  private Integer importYear = LocalDate.now().getYear();

  @PostConstruct
  void init() {
    schedules = admin.schedules();
    scheduleId = schedules.isEmpty() ? null : schedules.get(0).getId();
    readFees();
  }

  /** The schedule chosen changed: its rows are read. */
  public void readFees() {
    fees = scheduleId == null ? List.of() : admin.fees(scheduleId);
  }

  public void openSchedule() {
    Long[] id = new Long[1];
    if (Feedback.attempt(() -> id[0] = admin.openSchedule(newScheduleName, newScheduleSource), "The fee schedule is open.")) {
      scheduleId = id[0];
      schedules = admin.schedules();
      newScheduleName = null;
      newScheduleSource = null;
      readFees();
    }
  }

  public void setFee() {
    if (Feedback.attempt(() -> admin.setFee(scheduleId, feeCode, feeFrom, feeThrough, feeAmount), "The fee is saved.")) {
      feeCode = null;
      feeAmount = null;
      readFees();
    }
  }

  public void payBy() {
    Feedback.attempt(() -> admin.payBy(payerId, payerScheduleId), "The payer's fee schedule is saved; its open visits are priced again.");
  }

  public void setCharge() {
    if (Feedback.attempt(() -> admin.setCharge(chargeCode, chargeAmount), "The charge is saved.")) {
      chargeCode = null;
      chargeAmount = null;
    }
  }

  /** Imports CMS's PPRRVU CSV into the chosen schedule for the year given. */
  public void upload(FileUploadEvent event) {
    String name = event.getFile().getFileName();
    try (InputStream file = event.getFile().getInputStream()) {
      FeeAdmin.Imported done = admin.importRelativeValues(scheduleId, importYear == null ? 0 : importYear, file);
      Feedback.info("Imported " + done.codes() + " codes' amounts for " + importYear + " from " + name + " (" + done.rows()
          + " rows read, CF $" + done.conversionFactor() + ").");
      readFees();
    } catch (RefusedException refused) {
      Feedback.error(refused.getMessage());
    } catch (IOException e) {
      Feedback.error("The file " + name + " could not be read; nothing changed.");
    }
  }

  /** The name of the schedule with the id, or "none". */
  public String scheduleName(Long id) {
    return id == null ? "none" : getSchedules().stream().filter(x -> x.getId().equals(id)).map(Schedule::getName).findFirst().orElse("none");
  }

  /** Where the chosen schedule's amounts come from. */
  public String getScheduleSource() {
    return getSchedules().stream().filter(x -> x.getId().equals(scheduleId)).map(Schedule::getSource)
        .filter(java.util.Objects::nonNull).findFirst().orElse("");
  }

  public List<Schedule> getSchedules() { return schedules; }
  public List<Charge> getCharges() { return admin.charges(); }
  public List<Payer> getPayers() { return reference.payers(); }
  public List<Fee> getFees() { return fees; }
  public Long getScheduleId() { return scheduleId; }
  public void setScheduleId(Long scheduleId) { this.scheduleId = scheduleId; }
  public String getNewScheduleName() { return newScheduleName; }
  public void setNewScheduleName(String v) { this.newScheduleName = v; }
  public String getNewScheduleSource() { return newScheduleSource; }
  public void setNewScheduleSource(String v) { this.newScheduleSource = v; }
  public String getFeeCode() { return feeCode; }
  public void setFeeCode(String v) { this.feeCode = v; }
  public LocalDate getFeeFrom() { return feeFrom; }
  public void setFeeFrom(LocalDate v) { this.feeFrom = v; }
  public LocalDate getFeeThrough() { return feeThrough; }
  public void setFeeThrough(LocalDate v) { this.feeThrough = v; }
  public BigDecimal getFeeAmount() { return feeAmount; }
  public void setFeeAmount(BigDecimal v) { this.feeAmount = v; }
  public Long getPayerId() { return payerId; }
  public void setPayerId(Long v) { this.payerId = v; }
  public Long getPayerScheduleId() { return payerScheduleId; }
  public void setPayerScheduleId(Long v) { this.payerScheduleId = v; }
  public String getChargeCode() { return chargeCode; }
  public void setChargeCode(String v) { this.chargeCode = v; }
  public BigDecimal getChargeAmount() { return chargeAmount; }
  public void setChargeAmount(BigDecimal v) { this.chargeAmount = v; }
  public Integer getImportYear() { return importYear; }
  public void setImportYear(Integer v) { this.importYear = v; }
}
