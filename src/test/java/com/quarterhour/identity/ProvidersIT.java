package com.quarterhour.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.rules.Discipline;
import com.quarterhour.shared.RefusedException;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.TestNpi;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.TestData;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin records clinicians' credentials and NPIs; what is refused changes nothing. */
@ExtendWith(ArquillianExtension.class)
class ProvidersIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("providers-it.war").addClasses(ProvidersIT.class, TestNpi.class);
  }

  @Inject ClinicianDirectory directory;
  @Inject TestData data;
  @Inject AsAdmin1 admin;

  private Clinician describe(Clinician c, Credential credential, String npi) throws Exception {
    return admin.call(() -> directory.describeProvider(c.getId(), c.getVersion(), credential, npi));
  }

  @Test
  void anAssistantIsRecordedWithCredentialNpiAndTheDisciplineItImplies() throws Exception {
    Clinician pta = data.newClinician("Jo Park, PTA");
    String npi = TestNpi.fresh();
    describe(pta, Credential.PTA, " " + npi + " ");
    Clinician read = data.clinician(pta.getUsername());
    assertThat(read.getCredential()).isEqualTo(Credential.PTA);
    assertThat(read.getDiscipline()).isEqualTo(Discipline.PT);
    assertThat(read.getNpi()).isEqualTo(npi);
    long all = admin.call(directory::countClinicians);
    assertThat(admin.call(() -> directory.clinicians(0, ClinicianDirectory.MAX_PAGE))).hasSize((int) Math.min(all, ClinicianDirectory.MAX_PAGE));
  }

  @Test
  void aBadNpiAnotherClinicianSNpiOrAStaleFormIsRefusedAndNothingChanges() throws Exception {
    Clinician first = data.newClinician("Lee Moss, PT");
    Clinician second = data.newClinician("Ana Ruiz, OT");
    String npi = TestNpi.fresh();
    describe(first, Credential.PT, npi);

    assertThatThrownBy(() -> describe(second, Credential.OT, "1234567890")).isInstanceOf(RefusedException.class)
        .hasMessage("NPI: 1234567890 fails the NPI check digit; check for a typo.");
    assertThatThrownBy(() -> describe(second, Credential.OT, npi)).isInstanceOf(RefusedException.class)
        .hasMessage("NPI: " + npi + " is already Lee Moss, PT's; an NPI belongs to one person.");
    Clinician untouched = data.clinician(second.getUsername());
    assertThat(untouched.getCredential()).isNull();
    assertThat(untouched.getNpi()).isNull();

    // first was saved since the form read it: the old version is refused.
    assertThatThrownBy(() -> describe(first, Credential.SLP, null)).isInstanceOf(RefusedException.class)
        .hasMessageContaining("Lee Moss, PT was changed by someone else");
    assertThat(data.clinician(first.getUsername()).getCredential()).isEqualTo(Credential.PT);
  }
}
