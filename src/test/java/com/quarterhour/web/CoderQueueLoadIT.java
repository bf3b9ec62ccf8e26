package com.quarterhour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The coder queue with a year of visits loaded (SeedVisits, run by {@code mvn -Pload verify}): the
 * server time of its first page, as the Server-Timing header reports it, median of 20 requests
 * after 5 warm-ups, in the coder's own logged-in session. Writes target/load-report.txt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoderQueueLoadIT {

  private static final int WARMUPS = 5;
  private static final int REQUESTS = 20;
  private static final Pattern DURATION = Pattern.compile("app;dur=([0-9.]+)");

  @Test
  void theFirstPageOfTheQueueRendersInUnder300MillisecondsWithAYearOfVisits() throws IOException {
    try (Browser browser = new Browser()) {
      browser.login("coder1");
      var reports = browser.driver.findElements(By.cssSelector("[id='queue-form:queue'] .ui-paginator-current"));
      assertThat(reports).as("the queue's page report on:%n%s", browser.driver.findElement(By.tagName("main")).getText()).isNotEmpty();
      String pageReport = reports.get(0).getText();
      long waiting = Long.parseLong(pageReport.replaceAll(".* of ", "").replace(",", "").trim());
      assertThat(waiting).as("visits waiting in the seeded queue").isGreaterThan(1_000);
      assertThat(browser.driver.findElements(By.cssSelector("[id='queue-form:queue'] tbody tr"))).hasSize(25);

      List<Double> times = new ArrayList<>();
      for (int i = 0; i < WARMUPS + REQUESTS; i++) {
        String header = (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
            "const done = arguments[arguments.length - 1];"
                + "fetch('/coder/index.xhtml', {cache: 'no-store'}).then(r => r.text().then(() => done(r.headers.get('Server-Timing'))));");
        Matcher m = DURATION.matcher(String.valueOf(header));
        assertThat(m.find()).as("Server-Timing header: " + header).isTrue();
        if (i >= WARMUPS) {
          times.add(Double.parseDouble(m.group(1)));
        }
      }
      Collections.sort(times);
      double median = (times.get(REQUESTS / 2 - 1) + times.get(REQUESTS / 2)) / 2;
      String report = String.format(java.util.Locale.ROOT,
          "Coder queue first page, %,d visits waiting: median %.1f ms, min %.1f ms, max %.1f ms over %d requests (server time)%n",
          waiting, median, times.get(0), times.get(times.size() - 1), REQUESTS);
      System.out.print(report);
      Files.writeString(Path.of("target", "load-report.txt"), report);
      assertThat(median).isLessThan(300.0);
    }
  }
}
