package com.quarterhour.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.quarterhour.shared.RefusedException;
import com.quarterhour.testsupport.OrderFiles;
import com.quarterhour.testsupport.ServiceDeployment;
import com.quarterhour.testsupport.runas.AsAdmin1;
import com.quarterhour.testsupport.runas.AsTherapist1;
import com.quarterhour.testsupport.runas.TestData;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shipped diagnosis codes, their search, and the admin's import of CMS's order file. */
@ExtendWith(ArquillianExtension.class)
class DiagnosisCatalogIT {

  @Deployment
  static WebArchive deployment() {
    return ServiceDeployment.war("diagnosis-it.war").addClasses(DiagnosisCatalogIT.class, OrderFiles.class);
  }

  @Inject DiagnosisCatalog catalog;
  @Inject TestData data;
  @Inject AsAdmin1 admin;
  @Inject AsTherapist1 therapist;

  /** The codes as CMS's order file lays them out. */
  private static ByteArrayInputStream orderFile(List<DiagnosisCode> codes) {
    StringBuilder file = new StringBuilder();
    int order = 1;
    for (DiagnosisCode c : codes) {
      file.append(OrderFiles.line(order++, c.getCode(), c.isBillable(), c.getDescription(), c.getDescription())).append('\n');
    }
    return new ByteArrayInputStream(file.toString().getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void theShippedCodesAreFoundByCodeWithOrWithoutTheDotAndByWords() throws Exception {
    assertThat(therapist.call(() -> catalog.search("m5450"))).extracting(DiagnosisCode::getCode).containsExactly("M54.50");
    assertThat(therapist.call(() -> catalog.search("M54.5"))).extracting(DiagnosisCode::getCode).contains("M54.5", "M54.50");
    assertThat(therapist.call(() -> catalog.search("dysphagia"))).extracting(DiagnosisCode::getCode)
        .contains("R13.10", "R13.12", "I69.391");
    assertThat(therapist.call(() -> catalog.search("100%"))).isEmpty();
  }

  @Test
  void anImportReplacesTheCodesAndABadFileChangesNothing() throws Exception {
    List<DiagnosisCode> shipped = data.diagnosisCodes();
    try {
      List<DiagnosisCode> file = List.of(new DiagnosisCode("M62.81", true, "Muscle weakness (generalized)"),
          new DiagnosisCode("R26.2", true, "Difficulty in walking, not elsewhere classified"),
          new DiagnosisCode("U07.1", true, "COVID-19"));
      assertThat(admin.call(() -> catalog.importOrderFile(orderFile(file)))).isEqualTo(3);
      assertThat(data.diagnosisCodes()).extracting(DiagnosisCode::getCode).containsExactly("M62.81", "R26.2", "U07.1");

      String bad = "00001 M6281   1 Muscle weakness (generalized)                                Muscle weakness (generalized)\n"
          + "00002 97110   1 Therapeutic exercise                                         Therapeutic exercise\n";
      assertThatThrownBy(() -> admin.call(() -> catalog.importOrderFile(new ByteArrayInputStream(bad.getBytes(StandardCharsets.ISO_8859_1)))))
          .isInstanceOf(RefusedException.class)
          .hasMessage("The order file was not imported; nothing changed. Line 2: \"97110\" (columns 7–13) is not an ICD-10-CM code.");
      assertThat(data.diagnosisCodes()).extracting(DiagnosisCode::getCode).containsExactly("M62.81", "R26.2", "U07.1");
    } finally {
      admin.call(() -> catalog.importOrderFile(orderFile(shipped)));
    }
    assertThat(data.diagnosisCodes()).hasSameSizeAs(shipped);
  }
}
