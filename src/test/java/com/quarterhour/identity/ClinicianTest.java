package com.quarterhour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.rules.Discipline;
import org.junit.jupiter.api.Test;

class ClinicianTest {

  @Test
  void theCredentialDecidesTheDiscipline() {
    Clinician c = new Clinician("pta1", "Jo Park, PTA", null);
    c.describeAsProvider(Credential.PTA, " 1234567893 ");
    assertThat(c.getDiscipline()).isEqualTo(Discipline.PT);
    assertThat(c.getCredential().isAssistant()).isTrue();
    assertThat(c.getNpi()).isEqualTo("1234567893");

    c.describeAsProvider(Credential.COTA, null);
    assertThat(c.getDiscipline()).isEqualTo(Discipline.OT);
    assertThat(c.getNpi()).isNull();

    c.describeAsProvider(null, "");
    assertThat(c.getDiscipline()).as("no credential: not a treating clinician").isNull();
  }

  @Test
  void aBadNpiIsRefusedAndChangesNothing() {
    Clinician c = new Clinician("pt1", "Dana Ortiz, PT", Discipline.PT);
    c.describeAsProvider(Credential.PT, "1234567893");
    assertThatThrownBy(() -> c.describeAsProvider(Credential.SLP, "1234567890"))
        .hasMessage("NPI: 1234567890 fails the NPI check digit; check for a typo.");
    assertThat(c.getCredential()).isEqualTo(Credential.PT);
    assertThat(c.getDiscipline()).isEqualTo(Discipline.PT);
    assertThat(c.getNpi()).isEqualTo("1234567893");
  }

  @Test
  void everyAssistantWorksInADisciplineThatHasTherapists() {
    for (Credential k : Credential.values()) {
      if (k.isAssistant()) {
        assertThat(Credential.values()).anyMatch(t -> !t.isAssistant() && t.discipline() == k.discipline());
      }
    }
  }
}
