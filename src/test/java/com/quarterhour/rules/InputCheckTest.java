package com.quarterhour.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class InputCheckTest {

  @Test
  void wellFormedLineHasNoProblems() {
    assertThat(InputCheck.problems(1, "97110", List.of("GP", "59"), 30, null, null)).isEmpty();
    assertThat(InputCheck.problems(1, "97150", List.of(), null, LocalTime.of(9, 0), LocalTime.of(9, 45))).isEmpty();
  }

  @Test
  void namesTheLineAndEachProblem() {
    assertThat(InputCheck.problems(2, "9711", List.of("GP", "G", "59", "XU", "KX"), -5, null, null))
        .containsExactly(
            "Line 2: code '9711' is not a 5-character CPT/HCPCS code such as 97110.",
            "Line 2: 5 modifiers given; a line carries at most 4.",
            "Line 2: modifier 'G' is not 2 letters or digits such as GP or 59.",
            "Line 2: minutes -5 are fewer than 1.");
    assertThat(InputCheck.problems(3, "97110", List.of(), 481, null, null))
        .containsExactly("Line 3: minutes 481 are more than 480 (8 hours), the most one line carries.");
    assertThat(InputCheck.problems(4, "97110", List.of(), 0, null, null)).containsExactly("Line 4: minutes 0 are fewer than 1.");
    assertThat(InputCheck.problems(5, "97110", List.of(), null, LocalTime.of(8, 0), LocalTime.of(16, 1)))
        .containsExactly("Line 5: stop time 16:01 is more than 480 minutes after start time 08:00.");
    assertThat(InputCheck.problems(1, "97110", List.of(), null, LocalTime.of(10, 0), LocalTime.of(9, 30)))
        .containsExactly("Line 1: stop time 09:30 is not after start time 10:00.");
  }
}
