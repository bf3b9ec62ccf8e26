package com.quarterhour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Icd10Test {

  @Test
  void codesAreKeptWithTheirDotWhetherTypedWithOrWithout() {
    assertThat(Icd10.normalize("M54.50")).isEqualTo("M54.50");
    assertThat(Icd10.normalize("m5450")).isEqualTo("M54.50");
    assertThat(Icd10.normalize(" S83511A ")).isEqualTo("S83.511A");
    assertThat(Icd10.normalize("R29.6")).isEqualTo("R29.6");
    assertThat(Icd10.normalize("M62")).isEqualTo("M62");
  }

  @Test
  void whatHasNoIcd10CmShapeIsNamed() {
    assertThat(Icd10.problem("97110")).isEqualTo("97110 is not an ICD-10-CM code (a letter, two characters, then up to four after a dot: M54.50)");
    assertThat(Icd10.problem("U07.1")).as("CMS uses U codes too").isNull();
    assertThat(Icd10.problem("1M54")).isNotNull();
    assertThat(Icd10.problem("M54.50123")).isNotNull();
    assertThat(Icd10.problem("M5")).isNotNull();
    assertThat(Icd10.problem("")).isEqualTo("a diagnosis code is required");
    assertThat(Icd10.problem("M54.5")).isNull();
  }
}
