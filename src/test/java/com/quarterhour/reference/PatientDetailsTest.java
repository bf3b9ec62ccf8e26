package com.quarterhour.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The front desk's typing is cleaned and every bad field named in one place. */
class PatientDetailsTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  static PatientDetails typed(String zip, String phone, String state) {
    return new PatientDetails(" QH-1 ", " Ada ", " Whitfield ", LocalDate.of(1950, 3, 4), Sex.F, " 12 Elm St ", "  ",
        " Portland ", state, zip, phone);
  }

  @Test
  void typingIsCleanedAndAGoodRecordHasNoProblem() {
    PatientDetails d = typed("97201-1234", "(503) 555-0142", "or").cleaned();
    assertThat(d.problems(TODAY)).isEmpty();
    assertThat(d.mrn()).isEqualTo("QH-1");
    assertThat(d.addressLine2()).isNull();
    assertThat(d.state()).isEqualTo("OR");
    assertThat(d.zip()).isEqualTo("972011234");
    assertThat(d.phone()).isEqualTo("5035550142");
    assertThat(d.getAddressText()).isEqualTo("12 Elm St, Portland, OR 97201-1234");
    assertThat(d.getPhoneText()).isEqualTo("(503) 555-0142");
  }

  @Test
  void everyBadFieldIsNamed() {
    PatientDetails d = new PatientDetails("", "x".repeat(81), "Lee", TODAY, null, "", null, "", "ZZ", "9720", "555-0142")
        .cleaned();
    assertThat(d.problems(TODAY)).containsExactly(
        "MRN: required.",
        "First name: at most 80 characters (81 given).",
        "Date of birth: must be before today.",
        "Sex: required.",
        "Address: required.",
        "City: required.",
        "State: ZZ is not a US state or territory code (e.g. OR).",
        "ZIP: 5 or 9 digits (4 given).",
        "Phone: a 10-digit US number whose area code and exchange do not start with 0 or 1.");
  }

  @Test
  void zipOfFiveOrNineDigitsAndPhoneOfTenWhoseAreaCodeIsReal() {
    assertThat(typed("97201", "503 555 0142", "OR").cleaned().problems(TODAY)).isEmpty();
    assertThat(typed("972011", "5035550142", "OR").cleaned().problems(TODAY)).containsExactly("ZIP: 5 or 9 digits (6 given).");
    assertThat(typed("97201", "1035550142", "OR").cleaned().problems(TODAY)).hasSize(1).allMatch(p -> p.startsWith("Phone:"));
    assertThat(typed("97201", "5031550142", "OR").cleaned().problems(TODAY)).hasSize(1).allMatch(p -> p.startsWith("Phone:"));
  }

  @Test
  void aBirthMoreThan130YearsAgoIsATypo() {
    PatientDetails d = new PatientDetails("QH-1", "Ada", "Lee", LocalDate.of(1890, 1, 1), Sex.F, "1 A St", null, "Salem", "OR",
        "97301", "5035550142");
    assertThat(d.problems(TODAY)).containsExactly("Date of birth: more than 130 years ago; check the year.");
  }

  @Test
  void aPolicyAsksForTheSubscriberOnlyWhenThePatientIsNotTheSubscriber() {
    NewPolicy self = new NewPolicy(1L, 2L, 1, " abc-123 ", "", Relationship.SELF, null, null, null, TODAY, null).cleaned();
    assertThat(self.problems()).isEmpty();
    assertThat(self.memberId()).isEqualTo("ABC-123");
    assertThat(self.groupNumber()).isNull();
    NewPolicy child = new NewPolicy(1L, 2L, 4, "", "g 1", Relationship.CHILD, " ", null, null, TODAY, TODAY.minusDays(1)).cleaned();
    assertThat(child.problems()).containsExactly(
        "Order: 1 (primary) to 3 (tertiary).",
        "Member ID: required.",
        "Group number: letters, digits and hyphens, at most 30.",
        "Subscriber first name: required when the patient is not the subscriber.",
        "Subscriber last name: required when the patient is not the subscriber.",
        "Subscriber date of birth: required when the patient is not the subscriber.",
        "Effective through: before the policy's first day (2026-12-01).");
  }
}
