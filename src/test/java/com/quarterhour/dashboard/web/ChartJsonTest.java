package com.quarterhour.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.dashboard.service.DashboardFigures.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

  @Test
  void aBarChartCarriesLabelsValuesAndOrientation() {
    String json = ChartJson.bar("Visits", List.of(new Figure("Submitted", 3), new Figure("Ready to bill", 2.5)), "#12355b", true);

    assertThat(json)
        .startsWith("{\"type\":\"bar\"")
        .contains("\"labels\":[\"Submitted\",\"Ready to bill\"]")
        .contains("\"data\":[3,2.50]")
        .contains("\"indexAxis\":\"y\"")
        .contains("\"x\":{\"beginAtZero\":true}");
  }

  @Test
  void labelsAreEscapedSoTheyCannotBreakTheConfigurationOrThePage() {
    assertThat(ChartJson.quote("O'Brien \"Bo\" \\ </script>\n")).isEqualTo("\"O'Brien \\\"Bo\\\" \\\\ \\u003c/script>\\u000a\"");
  }
}
