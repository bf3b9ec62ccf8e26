package com.quarterhour.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.documentation.service.NewVisit;
import com.quarterhour.documentation.service.VisitService;
import com.quarterhour.reference.Patient;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.shared.RefusedException;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin keeps fee schedules and charges; a change prices the open visits again, a bad one changes nothing. */
@ExtendWith(ArquillianExtension.class)
class FeeAdminIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("fee-admin-it.war").addClasses(FeeAdminIT.class);
  }

  @Inject FeeAdmin fees;
  @Inject VisitService visits;
  @Inject TestData data;
  @Inject AsAdmin1 admin;
  @Inject AsCoder1 coder;
  @Inject AsTherapist1 therapist;

  private final LocalDate today = LocalDate.now();

  private Long schedule() throws Exception {
    return admin.call(() -> fees.openSchedule("Test contract " + UUID.randomUUID(), "test"));
  }

  @Test
  void aPayersNewScheduleAndAChangedFeePriceItsOpenVisitsAgain() throws Exception {
    Patient patient = data.newPatient();
    Long payer = data.newPayer(UnitMethod.PER_CODE, false).getId();
    Long id = therapist.call(() -> visits.record(new NewVisit(patient.getId(), payer, today.minusDays(1), Discipline.PT,
        List.of(new NewVisit.NewLine("97110", "GP", 30)), false)));
    assertThat(data.visit(id).getAllowedCents()).isZero(); // the payer pays by no schedule yet

    Long contract = schedule();
    admin.call(() -> {
      fees.setFee(contract, "97110", today.withDayOfYear(1), null, new BigDecimal("31.50"));
      fees.payBy(payer, contract);
      return null;
    });
    assertThat(data.visit(id).getAllowedCents()).isEqualTo(2 * 3150);

    admin.call(() -> {
      fees.setFee(contract, "97110", today.withDayOfYear(1), null, new BigDecimal("40"));
      return null;
    });
    assertThat(data.visit(id).getAllowedCents()).isEqualTo(2 * 4000);
    assertThat(coder.call(() -> fees.fees(contract))).singleElement()
        .satisfies(f -> assertThat(f.getAllowedPerUnit()).isEqualByComparingTo("40.00"));
  }

  @Test
  void badAmountsAndCodesAreNamedAndNothingChanges() throws Exception {
    Long contract = schedule();
    assertThatThrownBy(() -> admin.call(() -> {
      fees.setFee(contract, "99999", today, today.minusDays(1), new BigDecimal("-1"));
      return null;
    })).isInstanceOf(RefusedException.class).hasMessage("Code: 99999 is not a code of the clinic's catalog. "
        + "Effective through: before the first day (" + today + "). Allowed per unit: from $0.00 to $9999.99 (-1 given).");
    assertThatThrownBy(() -> admin.call(() -> {
      fees.setCharge("97110", new BigDecimal("12.345"));
      return null;
    })).isInstanceOf(RefusedException.class).hasMessage("Charge per unit: dollars and cents (12.345 given).");
    assertThat(admin.call(() -> fees.fees(contract))).isEmpty();
    assertThatThrownBy(() -> therapist.call(() -> fees.charges())).isInstanceOf(EJBAccessException.class);
  }

  @Test
  void theChargeMasterKeepsOneChargePerCode() throws Exception {
    admin.call(() -> {
      fees.setCharge(" 97530 ", new BigDecimal("88"));
      return null;
    });
    assertThat(coder.call(() -> fees.charges())).filteredOn(c -> c.getCode().equals("97530")).singleElement()
        .satisfies(c -> assertThat(c.getChargePerUnit()).isEqualByComparingTo("88.00"));
  }

  @Test
  void theRelativeValueFileReplacesTheYearsAmountsAndABadFileChangesNothing() throws Exception {
    Long medicareLike = schedule();
    int year = today.getYear();
    admin.call(() -> {
      fees.setFee(medicareLike, "97110", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), new BigDecimal("1.00"));
      return null;
    });
    String good = "HCPCS,MOD,DESCRIPTION,WORK RVU,NON-FAC PE RVU,MP RVU,CONV FACTOR\n"
        + "97110,,Therapeutic exercises,0.45,0.41,0.02,33.4009\n"
        + "97140,,Manual therapy,0.43,0.36,0.02,33.4009\n";
    String bad = good + "97530,,Therapeutic activities,0.44,abc,0.02,33.4009\n";

    assertThatThrownBy(() -> admin.call(() -> fees.importRelativeValues(medicareLike, year, stream(bad))))
        .isInstanceOf(RefusedException.class)
        .hasMessage("The file was not imported; nothing changed. Line 4: 97530: NON-FAC PE RVU \"abc\" is not a number of 0 or more.");
    assertThat(admin.call(() -> fees.fees(medicareLike))).extracting(f -> f.getAllowedPerUnit().toPlainString()).containsExactly("1.00");

    FeeAdmin.Imported done = admin.call(() -> fees.importRelativeValues(medicareLike, year, stream(good)));
    assertThat(done.codes()).isEqualTo(2);
    assertThat(admin.call(() -> fees.fees(medicareLike))).extracting(Fee::getCode, f -> f.getAllowedPerUnit().toPlainString())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("97110", "29.39"), org.assertj.core.groups.Tuple.tuple("97140", "27.05"));
  }

  private static ByteArrayInputStream stream(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }
}
