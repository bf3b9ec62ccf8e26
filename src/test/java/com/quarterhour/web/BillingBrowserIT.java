package com.quarterhour.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.claims.Test835;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Billing as a coder meets it, through the real login: a Medicare batch is created on the billing
 * screen, its 837P downloaded, the payer's answer to it (an 835 built from that very file) uploaded;
 * the denial queue explains the denied line in words and the paid visit says "Paid" with the amount.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BillingBrowserIT {

  private static final String MEDICARE = "Medicare Part B";

  /** A claim of the downloaded 837P: its patient control number, total and lines. */
  private record FiledClaim(String pcn, long totalCents, List<FiledLine> lines) {}

  private record FiledLine(String code, String modifiers, long chargeCents, int units, String lineControlNumber) {}

  @Test
  void aCoderBillsMedicarePostsTheAnswerAndWorksTheDenial() throws Exception {
    Path downloads = Files.createTempDirectory("qh-downloads");
    try (Browser browser = new Browser(downloads)) {
      browser.login("coder1");
      browser.open("/billing/index.xhtml");

      // Frances Oyelaran's approved visits (demo data) are ready for Medicare.
      WebElement payer = payerRow(browser, MEDICARE);
      int ready = Integer.parseInt(payer.findElement(By.className("payer-ready")).getText());
      assertThat(ready).isPositive();
      payer.findElement(By.cssSelector("button[id$=':create-batch']")).click();
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "to " + MEDICARE + ": "));
      Matcher created = Pattern.compile("Batch (\\d+) to " + MEDICARE + ": (\\d+) claim\\(s\\)").matcher(browser.text("messages"));
      assertThat(created.find()).as(browser.text("messages")).isTrue();
      String batchId = created.group(1);
      int claims = Integer.parseInt(created.group(2));
      assertThat(claims).isEqualTo(ready);
      browser.wait.until(d -> payerRow(browser, MEDICARE).findElement(By.className("payer-ready")).getText().equals("0"));

      // The newest batch heads the list; its 837P downloads as the file the batch was written as.
      WebElement batch = batchRow(browser, batchId);
      assertThat(batch.findElement(By.className("batch-claims")).getText()).isEqualTo(String.valueOf(claims));
      assertThat(batch.findElement(By.className("batch-state")).getText()).isEqualTo("Awaiting the payer");
      batch.findElement(By.cssSelector("button[id$=':download-x12']")).click();
      Path x12File = downloads.resolve("quarterhour-batch-" + batchId + ".x12");
      browser.wait.until(d -> Files.exists(x12File) && size(x12File) > 0);
      String x12 = Files.readString(x12File, StandardCharsets.US_ASCII);
      assertThat(x12).startsWith("ISA*").contains("ST*837*", "*005010X222A1~", "NM1*PR*2*MEDICARE PART B*****PI*02402~");
      List<FiledClaim> filed = claimsOf(x12);
      assertThat(filed).hasSize(claims);

      // The payer's answer: the first claim paid in full, the second denied as not medically necessary.
      FiledClaim paid = filed.get(0);
      FiledClaim denied = filed.get(1);
      Test835 answer = new Test835().payment("BRW" + System.nanoTime() % 1_000_000_000L, "1512345678", "MEDICARE PART B", LocalDate.now())
          .claim(paid.pcn(), "1", paid.totalCents(), paid.totalCents(), 0, "PAYER-" + paid.pcn());
      paid.lines().forEach(l -> answer.service(l.code(), l.modifiers(), l.chargeCents(), l.chargeCents(), l.units(), l.lineControlNumber()));
      answer.claim(denied.pcn(), "4", denied.totalCents(), 0, 0, "PAYER-" + denied.pcn());
      for (FiledLine l : denied.lines()) {
        answer.service(l.code(), l.modifiers(), l.chargeCents(), 0, l.units(), l.lineControlNumber()).adjust("CO", "50", l.chargeCents());
      }
      answer.claim("QH999999999-1", "1", 10000, 10000, 0, "PAYER-UNKNOWN"); // a claim Quarterhour never sent
      Path remittance = Files.createTempFile("qh-835", ".txt");
      Files.writeString(remittance, answer.toX12(), StandardCharsets.US_ASCII);
      browser.driver.findElement(By.id("remit-form:remittance-file_input")).sendKeys(remittance.toString());
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("posting-posted")));
      assertThat(browser.text("posting-claims")).isEqualTo("3");
      assertThat(browser.text("posting-posted")).isEqualTo("2");
      assertThat(browser.text("posting-unmatched")).isEqualTo("1");
      assertThat(browser.text("posting-duplicate")).isEqualTo("No");

      // The remittance's own page lists what matched nothing (all of it, paged), with the reason.
      browser.driver.findElements(By.className("remittance-unmatched")).get(0).click();
      browser.wait.until(ExpectedConditions.urlContains("/billing/remittance.xhtml"));
      assertThat(browser.text("remittance-unmatched")).isEqualTo("1");
      assertThat(browser.driver.findElements(By.className("unmatched-pcn"))).extracting(WebElement::getText).containsExactly("QH999999999-1");
      assertThat(browser.driver.findElement(By.className("unmatched-reason")).getText()).isEqualTo("no claim has this patient control number.");

      // The denial queue: the denied claim's lines, the reason in words.
      browser.open("/billing/denials.xhtml");
      WebElement denial = denialRow(browser, denied.pcn());
      assertThat(denial.findElement(By.className("denial-code")).getText()).isEqualTo(denied.lines().get(0).code());
      assertThat(denial.findElement(By.className("denial-reasons")).getText())
          .contains("CO-50: Non-covered service: not deemed a medical necessity by the payer");

      // Working it takes it out of the queue; the claim's history keeps what was done.
      int openBefore = denialRows(browser, denied.pcn()).size();
      denial.findElement(By.cssSelector("button[id$=':work']")).click();
      browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("denials-form:note")));
      new org.openqa.selenium.support.ui.Select(browser.find("denials-form:resolution")).selectByVisibleText("Appealed to the payer");
      browser.find("denials-form:note").sendKeys("Plan of care and notes sent with the appeal");
      browser.find("denials-form:save-work").click();
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Appealed to the payer"));
      browser.wait.until(d -> denialRows(browser, denied.pcn()).size() == openBefore - 1);

      // The paid claim's page and its visit say "Paid" with the amount.
      String amount = usd(paid.totalCents());
      browser.open("/billing/batch.xhtml?id=" + batchId);
      browser.driver.findElement(By.linkText(paid.pcn())).click();
      browser.wait.until(ExpectedConditions.urlContains("/billing/claim.xhtml"));
      assertThat(browser.text("claim-status")).isEqualTo("Paid");
      assertThat(browser.text("claim-paid")).isEqualTo(amount);
      assertThat(browser.text("claim-payer-number")).isEqualTo("PAYER-" + paid.pcn());
      assertThat(browser.driver.findElements(By.className("line-status"))).extracting(WebElement::getText).containsOnly("Paid");
      browser.find("claim-visit").click();
      browser.wait.until(ExpectedConditions.urlContains("/visit.xhtml"));
      assertThat(browser.text("status")).isEqualTo("Paid");
      assertThat(browser.driver.findElement(By.className("claim-paid")).getText()).isEqualTo(amount);

      // The coder reopens the paid visit to correct its claim: a reason is required, then it is back in review with a banner.
      browser.find("visit-form:correct-claim").click();
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Reason: required."));
      assertThat(browser.text("status")).isEqualTo("Paid");
      browser.find("visit-form:resubmit-reason").sendKeys("97140 should carry 59: separate 15-minute block");
      browser.find("visit-form:correct-claim").click();
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "In review"));
      assertThat(browser.text("visit-form:resubmission")).startsWith("Correction of the billed claim");
      assertThat(browser.driver.findElements(By.id("visit-form:correct-claim"))).isEmpty();

      // The dashboard's aging chart counts what Medicare still owes (the claims it has not answered).
      browser.open("/dashboard.xhtml");
      assertThat(browser.driver.findElements(By.id("chart-aging"))).hasSize(1);
    }
  }

  private static WebElement payerRow(Browser browser, String name) {
    return browser.find("payers-form:payers").findElements(By.cssSelector("tbody tr")).stream()
        .filter(r -> r.findElements(By.className("payer-name")).stream().anyMatch(n -> n.getText().equals(name)))
        .findFirst().orElseThrow(() -> new AssertionError("no payer row " + name));
  }

  private static WebElement batchRow(Browser browser, String batchId) {
    return browser.wait.until(d -> browser.find("batches-form:batches").findElements(By.cssSelector("tbody tr")).stream()
        .filter(r -> r.findElements(By.className("batch-id")).stream().anyMatch(n -> n.getText().equals(batchId)))
        .findFirst().orElse(null));
  }

  private static List<WebElement> denialRows(Browser browser, String pcn) {
    return browser.find("denials-form:denials").findElements(By.cssSelector("tbody tr")).stream()
        .filter(r -> r.findElements(By.className("claim-number")).stream().anyMatch(n -> n.getText().equals(pcn)))
        .toList();
  }

  private static WebElement denialRow(Browser browser, String pcn) {
    return browser.wait.until(d -> denialRows(browser, pcn).stream().findFirst().orElse(null));
  }

  /** The claims of an 837P as filed: CLM, then each line's SV1 and REF*6R. */
  private static List<FiledClaim> claimsOf(String x12) {
    List<FiledClaim> claims = new ArrayList<>();
    List<FiledLine> lines = null;
    String[] sv1 = null;
    for (String segment : x12.replace("\n", "").split("~")) {
      String[] e = segment.split("\\*", -1);
      switch (e[0]) {
        case "CLM" -> {
          lines = new ArrayList<>();
          claims.add(new FiledClaim(e[1], cents(e[2]), lines));
        }
        case "SV1" -> sv1 = e;
        case "REF" -> {
          if (e[1].equals("6R") && sv1 != null) {
            String[] procedure = sv1[1].split(":");
            String modifiers = String.join(" ", java.util.Arrays.asList(procedure).subList(2, procedure.length));
            lines.add(new FiledLine(procedure[1], modifiers, cents(sv1[2]), Integer.parseInt(sv1[4]), e[2]));
            sv1 = null;
          }
        }
        default -> { }
      }
    }
    return claims;
  }

  private static long cents(String amount) {
    return new BigDecimal(amount).movePointRight(2).longValueExact();
  }

  private static String usd(long cents) {
    return String.format(java.util.Locale.US, "$%,.2f", cents / 100.0);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }
}
