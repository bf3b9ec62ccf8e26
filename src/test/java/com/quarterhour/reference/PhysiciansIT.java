package com.quarterhour.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.shared.RefusedException;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.TestNpi;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The admin registers physicians; every problem is named by its field and nothing half-saved. */
@ExtendWith(ArquillianExtension.class)
class PhysiciansIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("physicians-it.war").addClasses(PhysiciansIT.class, TestNpi.class);
  }

  @Inject Physicians physicians;
  @Inject AsAdmin1 admin;
  @Inject AsTherapist1 therapist;

  @Test
  void aPhysicianIsRegisteredAndListedForEveryRole() throws Exception {
    String npi = TestNpi.fresh();
    long before = therapist.call(physicians::count);
    Physician p = admin.call(() -> physicians.register(" Okafor ", "Grace", npi));
    assertThat(p.getDisplayName()).isEqualTo("Okafor, Grace (NPI " + npi + ")");
    assertThat(therapist.call(physicians::count)).isEqualTo(before + 1);
    assertThat(therapist.call(() -> physicians.page(0, 100))).extracting(Physician::getNpi).contains(npi);
  }

  @Test
  void everyProblemIsNamedByItsFieldAndNothingIsSaved() throws Exception {
    String npi = TestNpi.fresh();
    admin.call(() -> physicians.register("Okafor", "Grace", npi));
    long before = admin.call(physicians::count);

    assertThatThrownBy(() -> admin.call(() -> physicians.register("", "x".repeat(61), "1234567890")))
        .isInstanceOf(RefusedException.class)
        .hasMessage("Last name: required. First name: at most 60 characters (61 given). "
            + "NPI: 1234567890 fails the NPI check digit; check for a typo.");
    assertThatThrownBy(() -> admin.call(() -> physicians.register("Brandt", "Lena", npi)))
        .isInstanceOf(RefusedException.class)
        .hasMessage("NPI: " + npi + " is already Grace Okafor's.");
    assertThat(admin.call(physicians::count)).isEqualTo(before);
  }
}
