package com.quarterhour.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.chart.Charts;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.shared.RefusedException;
import com.quarterhour.testsupport.Race;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsCoder1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.TestData;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The front desk registers and edits patients and their insurance; every change is in the patient's history. */
@ExtendWith(ArquillianExtension.class)
class PatientRegistryIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("patient-registry-it.war").addClasses(PatientRegistryIT.class);
  }

  @Inject PatientRegistry registry;
  @Inject Charts charts;
  @Inject TestData data;
  @Inject AsAdmin1 admin;
  @Inject AsCoder1 coder;
  @Inject AsTherapist1 therapist;

  private final LocalDate today = LocalDate.now();

  private static String freshMrn() {
    return "REG-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static PatientDetails ada(String mrn) {
    return new PatientDetails(mrn, "Ada", "Quill", LocalDate.of(1948, 5, 17), Sex.F, "12 Elm St", "Apt 3", "Portland", "or",
        "97201-1234", "(503) 555-0142");
  }

  private Charts.Chart chart(Long id) throws Exception {
    return coder.call(() -> charts.chartOf(id)).orElseThrow();
  }

  private List<PatientEvent> history(Long id) throws Exception {
    return coder.call(() -> charts.history(id, 0, 100));
  }

  @Test
  void aRegisteredPatientsChartShowsTheDemographicsAndTheRegistrationIsInTheHistory() throws Exception {
    String mrn = freshMrn();
    Long id = admin.call(() -> registry.register(ada(" " + mrn + " ")));

    Charts.Chart chart = chart(id);
    assertThat(chart.name()).isEqualTo("Quill, Ada");
    assertThat(chart.mrn()).isEqualTo(mrn);
    assertThat(chart.sex()).isEqualTo("Female");
    assertThat(chart.details().getAddressText()).isEqualTo("12 Elm St, Apt 3, Portland, OR 97201-1234");
    assertThat(chart.details().getPhoneText()).isEqualTo("(503) 555-0142");
    assertThat(history(id)).singleElement().satisfies(e -> {
      assertThat(e.getSubject()).isEqualTo("Registered");
      assertThat(e.getActor()).isEqualTo("admin1");
      assertThat(e.getNewValue()).isEqualTo("Quill, Ada (" + mrn + ")");
    });
  }

  @Test
  void aBadRegistrationNamesEveryFieldAndSavesNothing() throws Exception {
    String taken = freshMrn();
    admin.call(() -> registry.register(ada(taken)));
    long before = admin.call(() -> data.countPatients());

    PatientDetails bad = new PatientDetails(taken, "", "Quill", today.plusDays(1), null, "1 A St", null, "Salem", "XX", "973",
        "12");
    assertThatThrownBy(() -> admin.call(() -> registry.register(bad)))
        .isInstanceOf(RefusedException.class)
        .hasMessage("First name: required. Date of birth: must be before today. Sex: required. "
            + "State: XX is not a US state or territory code (e.g. OR). ZIP: 5 or 9 digits (3 given). "
            + "Phone: a 10-digit US number whose area code and exchange do not start with 0 or 1. "
            + "MRN: " + taken + " is another patient's.");
    assertThat(admin.call(() -> data.countPatients())).isEqualTo(before);
  }

  @Test
  void anEditWritesOneHistoryLinePerChangedFieldAndAStaleFormIsRefused() throws Exception {
    Long id = admin.call(() -> registry.register(ada(freshMrn())));
    Charts.Chart read = chart(id);
    PatientDetails d = read.details();
    PatientDetails moved = new PatientDetails(d.mrn(), d.firstName(), d.lastName(), d.dateOfBirth(), d.sex(), "400 Oak Ave", null,
        d.city(), d.state(), "97205", d.phone());

    assertThat(admin.call(() -> registry.update(id, read.version(), moved))).isEqualTo(3);

    assertThat(history(id)).extracting(PatientEvent::getSubject, PatientEvent::getOldValue, PatientEvent::getNewValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Registered", null, "Quill, Ada (" + d.mrn() + ")"),
            org.assertj.core.groups.Tuple.tuple("Address", "12 Elm St", "400 Oak Ave"),
            org.assertj.core.groups.Tuple.tuple("Address line 2", "Apt 3", null),
            org.assertj.core.groups.Tuple.tuple("ZIP", "972011234", "97205"));
    assertThat(chart(id).details().getAddressText()).isEqualTo("400 Oak Ave, Portland, OR 97205");
    // The form read before the change is stale now: refused, nothing written.
    assertThatThrownBy(() -> admin.call(() -> registry.update(id, read.version(), ada(d.mrn()))))
        .isInstanceOf(RefusedException.class).hasMessageContaining("was changed by someone else");
    assertThat(history(id)).hasSize(4);
    assertThatThrownBy(() -> therapist.call(() -> registry.update(id, chart(id).version(), moved)))
        .isInstanceOf(EJBAccessException.class);
  }

  @Test
  void policiesKeepTheirOrderAndTwoPrimariesNeverCoverTheSameDay() throws Exception {
    Long id = admin.call(() -> registry.register(ada(freshMrn())));
    Long medicare = data.newPayer(UnitMethod.CMS_TOTAL_TIME, true).getId();
    Long aetna = data.newPayer(UnitMethod.PER_CODE, false).getId();
    LocalDate jan1 = LocalDate.of(today.getYear(), 1, 1);

    Long primary = admin.call(() -> registry.addPolicy(new NewPolicy(id, medicare, 1, "1eg4-te5-mk72", null, Relationship.SELF,
        null, null, null, jan1, null)));
    admin.call(() -> registry.addPolicy(new NewPolicy(id, aetna, 2, "W123456789", "GRP-77", Relationship.SPOUSE, "Sam", "Quill",
        LocalDate.of(1946, 2, 2), jan1, null)));

    assertThatThrownBy(() -> admin.call(() -> registry.addPolicy(new NewPolicy(id, aetna, 1, "X1", null, Relationship.SELF, null,
        null, null, today, null))))
        .isInstanceOf(RefusedException.class)
        .hasMessageStartingWith("Order: Primary ")
        .hasMessageContaining("member 1EG4-TE5-MK72")
        .hasMessageEndingWith("is already the patient's primary on some of these days; end it first.");

    admin.call(() -> {
      registry.endPolicy(primary, today.minusDays(1));
      return null;
    });
    admin.call(() -> registry.addPolicy(new NewPolicy(id, aetna, 1, "X1", null, Relationship.SELF, null, null, null, today, null)));

    List<Charts.PolicyRow> policies = chart(id).policies();
    assertThat(policies).extracting(Charts.PolicyRow::place, Charts.PolicyRow::memberId, Charts.PolicyRow::current)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Primary", "X1", true),
            org.assertj.core.groups.Tuple.tuple("Primary", "1EG4-TE5-MK72", false),
            org.assertj.core.groups.Tuple.tuple("Secondary", "W123456789", true));
    assertThat(policies.get(2).subscriber()).isEqualTo("Quill, Sam (born 1946-02-02)");
    assertThat(history(id)).extracting(PatientEvent::getSubject)
        .containsExactly("Registered", "Insurance added", "Insurance added", "Insurance ended", "Insurance added");
  }

  @Test
  void twoAdminsAddingAPrimaryAtOnceGetExactlyOne() throws Exception {
    Long id = admin.call(() -> registry.register(ada(freshMrn())));
    Long payer = data.newPayer(UnitMethod.PER_CODE, false).getId();
    List<Race.Outcome<Long>> outcomes = Race.run(List.of(
        () -> admin.call(() -> registry.addPolicy(new NewPolicy(id, payer, 1, "A1", null, Relationship.SELF, null, null, null, today, null))),
        () -> admin.call(() -> registry.addPolicy(new NewPolicy(id, payer, 1, "B2", null, Relationship.SELF, null, null, null, today, null)))));

    assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
    assertThat(outcomes).filteredOn(o -> !o.won()).singleElement()
        .satisfies(o -> assertThat(o.refusal()).isInstanceOf(RefusedException.class).hasMessageContaining("end it first"));
    assertThat(chart(id).policies()).hasSize(1);
    assertThat(history(id)).extracting(PatientEvent::getSubject).containsExactly("Registered", "Insurance added");
  }

  @Test
  void aTherapistSeesOnlyTheHistoryOfPatientsTheyTreat() throws Exception {
    Long id = admin.call(() -> registry.register(ada(freshMrn())));
    assertThat(therapist.call(() -> charts.history(id, 0, 10))).isEmpty();
    assertThat(therapist.call(() -> charts.historyCount(id))).isZero();
    assertThat(coder.call(() -> charts.historyCount(id))).isEqualTo(1);
  }
}
