package com.quarterhour.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal as users meet it: headless Chromium, the real Keycloak login page, the provisioned
 * WildFly (started by Arquillian) with the portal and its demo data on PostgreSQL.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalBrowserIT {

  private Browser browser;

  @BeforeEach
  void openBrowser() {
    browser = new Browser();
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  @ParameterizedTest
  @CsvSource({
    "therapist1, /therapist/index.xhtml, Dana Ortiz, therapist",
    "coder1, /coder/index.xhtml, Riley Chen, coder",
    "supervisor1, /supervisor/index.xhtml, Morgan Diaz, supervisor",
    "admin1, /admin/index.xhtml, Alex Park, admin"
  })
  void everyDemoUserLandsOnTheirRolesHomePage(String user, String home, String name, String role) {
    browser.login(user);

    assertThat(browser.path()).isEqualTo(home);
    assertThat(browser.text("user-name")).contains(name);
    assertThat(browser.text("user-roles")).isEqualTo(role);
  }

  @Test
  void aSubmittedVisitIsCodedApprovedAndReadyToBill() {
    browser.login("therapist1");
    browser.find("new-visit").click();
    browser.wait.until(ExpectedConditions.urlContains("/therapist/visit.xhtml"));
    fillVisit("whitf", "Whitfield, Ada (DEMO-0001)", "Medicare Part B — CMS 8-minute rule (total time)", "97110", "33", "97140", "7");

    browser.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "3"));
    assertThat(browser.text("explanation"))
        .startsWith("CMS 8-minute rule: total timed minutes 40 → 3 units (38–52 min).")
        .contains("The 3rd unit goes to 97140");
    assertThat(browser.driver.findElements(By.className("line-units"))).extracting(WebElement::getText).containsExactly("2", "1");
    browser.find("visit-form:submit").click();

    browser.wait.until(ExpectedConditions.urlContains("/therapist/index.xhtml"));
    String id = visitIdFrom(browser.text("messages"));
    WebElement row = visitRow("visits-form:my-visits", id);
    assertThat(row.findElement(By.className("patient-name")).getText()).isEqualTo("Whitfield, Ada");
    assertThat(row.findElement(By.className("visit-units")).getText()).isEqualTo("3");
    assertThat(row.findElement(By.className("visit-status")).getText()).isEqualTo("Submitted");

    logout();
    browser.login("coder1");
    assertThat(browser.path()).isEqualTo("/coder/index.xhtml");
    searchQueue(id);
    WebElement queued = visitRow("queue-form:queue", id);
    assertThat(queued.getText()).contains("Whitfield, Ada", "Dana Ortiz, PT", "Medicare Part B");

    // The coder claims it, adds 59 to 97140 with a reason on the worksheet and marks it coded.
    queued.findElement(By.cssSelector("button[id$=':claim']")).click();
    browser.wait.until(d -> statusOf("queue-form:queue", id).equals("In review"));
    assertThat(visitRow("queue-form:queue", id).findElement(By.className("visit-holder")).getText()).isEqualTo("Riley Chen, CPC");
    browser.open("/visit.xhtml?id=" + id);
    assertThat(browser.driver.findElements(By.className("documented"))).extracting(WebElement::getText)
        .containsExactly("97110 GP", "97140 GP");
    WebElement modifiers = browser.find("visit-form:tabs:lines:1:modifiers");
    modifiers.clear();
    modifiers.sendKeys("GP 59");
    browser.find("visit-form:tabs:lines:1:reason").sendKeys("Manual therapy in its own 15-minute block");
    browser.find("visit-form:tabs:save-lines").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved 1 change(s) to visit " + id));
    assertThat(browser.text("total-units")).isEqualTo("3");
    browser.find("visit-form:tabs:mark-coded").click();
    browser.wait.until(ExpectedConditions.urlContains("/coder/index.xhtml"));
    assertThat(browser.text("messages")).contains("Visit " + id + " is coded");

    logout();
    browser.login("supervisor1");
    visitRow("approval-form:approval", id).findElement(By.cssSelector("button[id$=':approve']")).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Visit " + id + " is approved"));

    logout();
    browser.login("therapist1");
    assertThat(statusOf("visits-form:my-visits", id)).isEqualTo("Ready to bill");

    // The history names every step and its author; the coder's change shows old, new and why.
    browser.open("/visit.xhtml?id=" + id);
    browser.driver.findElement(By.linkText("History")).click();
    browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("history-actor")));
    assertThat(browser.driver.findElements(By.cssSelector("[id='visit-form:tabs:history'] tbody tr")))
        .extracting(WebElement::getText)
        .satisfiesExactly(
            created -> assertThat(created).contains("Dana Ortiz, PT", "Created", "97110 GP 33 min, 97140 GP 7 min"),
            submitted -> assertThat(submitted).contains("Dana Ortiz, PT", "Submitted"),
            claimed -> assertThat(claimed).contains("Riley Chen, CPC", "Claimed for coding"),
            recoded -> assertThat(recoded).contains("Riley Chen, CPC", "Line 2 Modifiers", "GP → GP 59", "Manual therapy in its own 15-minute block"),
            coded -> assertThat(coded).contains("Riley Chen, CPC", "Marked coded"),
            approved -> assertThat(approved).contains("Morgan Diaz", "Approved — ready to bill"));
  }

  @Test
  void aWarningIsAcknowledgedWithAReasonThatTheSupervisorReadsBeforeApproving() {
    // Per code (Acme Health PPO), 97140 for 5 minutes bills nothing: a BELOW_BILLABLE_MINUTES warning.
    browser.login("therapist1");
    fillVisit("novak", "Novak, Dmitri (DEMO-0004)", "Acme Health PPO — Per-code rule of eights", "97110", "33", "97140", "5");
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "BELOW_BILLABLE_MINUTES"));
    browser.find("visit-form:submit").click();
    browser.wait.until(ExpectedConditions.urlContains("/therapist/index.xhtml"));
    String id = visitIdFrom(browser.text("messages"));
    logout();

    browser.login("coder1");
    claimInQueue(id);
    browser.open("/visit.xhtml?id=" + id);
    browser.find("visit-form:tabs:mark-coded").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 warning(s) are not acknowledged"));
    WebElement reason = browser.driver.findElement(By.cssSelector("input[id$=':ack-reason']"));
    reason.sendKeys("5 minutes documented; nothing billed on purpose");
    browser.driver.findElement(By.cssSelector("button[id$=':acknowledge']")).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Warning BELOW_BILLABLE_MINUTES acknowledged."));
    assertThat(browser.driver.findElement(By.className("ack-reason")).getText()).isEqualTo("5 minutes documented; nothing billed on purpose");
    browser.find("visit-form:tabs:mark-coded").click();
    browser.wait.until(ExpectedConditions.urlContains("/coder/index.xhtml"));
    logout();

    browser.login("supervisor1");
    assertThat(visitRow("approval-form:approval", id).findElement(By.className("visit-warnings")).getText()).isEqualTo("1");
    browser.open("/visit.xhtml?id=" + id);
    assertThat(browser.text("findings")).contains("BELOW_BILLABLE_MINUTES", "Acknowledged by Riley Chen, CPC: 5 minutes documented; nothing billed on purpose");
    browser.find("visit-form:tabs:approve").click();
    browser.wait.until(ExpectedConditions.urlContains("/supervisor/index.xhtml"));
    assertThat(browser.text("messages")).contains("Visit " + id + " is approved and ready to bill.");
  }

  @Test
  void twoSessionsSavingTheSameWorksheetCannotOverwriteEachOther() {
    browser.login("therapist1");
    String id = submitVisit("97110", "33", "97140", "7");
    logout();
    browser.login("coder1");
    claimInQueue(id);
    browser.open("/visit.xhtml?id=" + id);

    try (Browser second = new Browser()) {
      second.login("coder1");
      second.open("/visit.xhtml?id=" + id);

      WebElement modifiers = browser.find("visit-form:tabs:lines:1:modifiers");
      modifiers.clear();
      modifiers.sendKeys("GP 59");
      browser.find("visit-form:tabs:lines:1:reason").sendKeys("Separate block");
      browser.find("visit-form:tabs:save-lines").click();
      browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Saved 1 change(s)"));

      WebElement code = second.find("visit-form:tabs:lines:0:code");
      code.clear();
      code.sendKeys("97530");
      second.find("visit-form:tabs:lines:0:reason").sendKeys("Functional activities, not exercise");
      second.find("visit-form:tabs:save-lines").click();
      second.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "reload"));
      assertThat(second.text("messages")).matches(
          "(?s).*Visit " + id + " was changed by Riley Chen, CPC on \\w{3} \\d+ at \\d\\d:\\d\\d:\\d\\d — reload it to see that change; nothing of yours was saved\\..*");
    }
    browser.open("/visit.xhtml?id=" + id);
    assertThat(browser.driver.findElements(By.className("billed-units"))).isEmpty(); // still the worksheet
    assertThat(browser.find("visit-form:tabs:lines:0:code").getAttribute("value")).isEqualTo("97110");
    assertThat(browser.find("visit-form:tabs:lines:1:modifiers").getAttribute("value")).isEqualTo("GP 59");
  }

  @Test
  void anAdminSigningThePlanOfCareClearsTheCertificationErrorFromTheCodersQueue() {
    // The front desk opens a PT plan for Esi Mensah, begun 35 days ago; the physician has not signed it.
    browser.login("admin1");
    browser.find("admin-form:patient-search").sendKeys("mensah");
    browser.find("admin-form:patient-search-apply").click();
    // The search re-renders the table: click the link of the table as it stands once the search is in.
    browser.wait.until(d -> {
      if (!d.getCurrentUrl().contains("/chart.xhtml")) {
        d.findElement(By.linkText("DEMO-0005")).click();
      }
      return d.getCurrentUrl().contains("/chart.xhtml");
    });
    assertThat(browser.text("patient-name")).startsWith("Mensah, Esi");
    new org.openqa.selenium.support.ui.Select(browser.find("open-plan-form:discipline")).selectByValue("PT");
    String firstTreatment = LocalDate.now().minusDays(35).toString();
    browser.find("open-plan-form:first-treatment").sendKeys(firstTreatment);
    browser.find("open-plan-form:diagnoses").sendKeys("m54.50");
    browser.find("open-plan-form:open-plan").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The plan of care is open."));
    assertThat(browser.driver.findElements(By.className("plan-certification"))).extracting(WebElement::getText)
        .contains("Unsigned: the physician's signature is due by " + LocalDate.now().minusDays(5));
    logout();

    // The therapist sees the missing certification while typing and may still sign the session.
    browser.login("therapist1");
    fillVisit("mens", "Mensah, Esi (DEMO-0005)", "Medicare Part B — CMS 8-minute rule (total time)", "97110", "33", "97140", "7");
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "PLAN_OF_CARE_NOT_CERTIFIED"));
    browser.find("visit-form:submit").click();
    browser.wait.until(ExpectedConditions.urlContains("/therapist/index.xhtml"));
    String id = visitIdFrom(browser.text("messages"));
    logout();

    browser.login("coder1");
    searchQueue(id);
    assertThat(visitRow("queue-form:queue", id).findElement(By.className("visit-errors")).getText()).isEqualTo("1");
    logout();

    // The physician's signature arrives: the admin records it on the chart, reached from the visit.
    browser.login("admin1");
    browser.open("/visit.xhtml?id=" + id);
    browser.find("visit-form:chart-link").click();
    browser.wait.until(ExpectedConditions.urlContains("/chart.xhtml"));
    new org.openqa.selenium.support.ui.Select(browser.find("plans-form:plan")).selectByVisibleText("PT from " + firstTreatment);
    browser.find("plans-form:signed-on").sendKeys(LocalDate.now().minusDays(1).toString());
    browser.find("plans-form:through").sendKeys(LocalDate.now().plusDays(50).toString());
    browser.find("plans-form:certify").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 open visit(s) of the plan scored again."));
    logout();

    browser.login("coder1");
    searchQueue(id);
    assertThat(visitRow("queue-form:queue", id).findElement(By.className("visit-errors")).getText()).isEqualTo("0");
  }

  @Test
  void aTherapistSeesTheKxThresholdLiveWithTheAmountsAndKxClearsIt() {
    // Frances Oyelaran's Medicare PT visits this year come to $2,440.00, $40 below the 2026 threshold.
    browser.login("therapist1");
    fillVisit("oyel", "Oyelaran, Frances (DEMO-0006)", "Medicare Part B — CMS 8-minute rule (total time)", "97110", "33", "97140", "7");
    // Every field rescores as it is left: wait for the score of both lines, not an earlier one.
    browser.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "3"));
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "$85.17 for it"));
    assertThat(browser.text("findings"))
        .contains("this year's allowed amount reaches $2,525.17 ($2,440.00 before this visit + $85.17 for it), over the 2026 KX "
            + "threshold of $2,480.00; the line lacks KX.");
    for (int line = 0; line < 2; line++) {
      WebElement modifiers = browser.find("visit-form:lines:" + line + ":modifiers");
      modifiers.sendKeys(" KX");
      browser.driver.findElement(By.tagName("h1")).click();
    }
    browser.wait.until(d -> !d.findElement(By.id("findings")).getText().contains("KX_THRESHOLD_REACHED"));
    assertThat(browser.text("total-units")).isEqualTo("3");
  }

  /** Fills and submits the entry form as the logged-in therapist (Medicare, Whitfield); returns the visit id. */
  private String submitVisit(String code1, String minutes1, String code2, String minutes2) {
    fillVisit("whitf", "Whitfield, Ada (DEMO-0001)", "Medicare Part B — CMS 8-minute rule (total time)", code1, minutes1, code2, minutes2);
    browser.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "3"));
    browser.find("visit-form:submit").click();
    browser.wait.until(ExpectedConditions.urlContains("/therapist/index.xhtml"));
    return visitIdFrom(browser.text("messages"));
  }

  /** Opens a new session and types it in: patient, payer, yesterday, two lines; leaving the last field scores it. */
  private void fillVisit(String patientTyped, String patient, String payer, String code1, String minutes1, String code2, String minutes2) {
    browser.open("/therapist/visit.xhtml");
    choosePatient(patientTyped, patient);
    pick("visit-form:payer", payer);
    browser.find("visit-form:dos_input").sendKeys(LocalDate.now().minusDays(1).toString());
    browser.find("visit-form:lines:0:code").sendKeys(code1);
    browser.find("visit-form:lines:0:minutes").sendKeys(minutes1);
    browser.find("visit-form:lines:1:code").sendKeys(code2);
    browser.find("visit-form:lines:1:minutes").sendKeys(minutes2);
    browser.driver.findElement(By.tagName("h1")).click();
  }

  /** The coder finds the visit in the queue and claims it. */
  private void claimInQueue(String id) {
    searchQueue(id);
    visitRow("queue-form:queue", id).findElement(By.cssSelector("button[id$=':claim']")).click();
    browser.wait.until(d -> statusOf("queue-form:queue", id).equals("In review"));
  }

  /** Narrows the coder queue to a visit number or patient, as a coder looks one up. */
  private void searchQueue(String text) {
    browser.searchQueue(text);
  }

  /**
   * A visit of this test's own, entered by therapist1 and coded by coder1 through the screens, so
   * no test depends on which demo visits another test has used up.
   */
  private String codedVisit() {
    browser.login("therapist1");
    String id = submitVisit("97110", "33", "97140", "7");
    logout();
    browser.login("coder1");
    claimInQueue(id);
    visitRow("queue-form:queue", id).findElement(By.cssSelector("button[id$=':mark-coded']")).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Visit " + id + " is coded"));
    logout();
    return id;
  }

  @Test
  void aSupervisorApprovesTickedVisitsWithoutWarningsInBulk() {
    String id = codedVisit();
    browser.login("supervisor1");
    WebElement row = visitRow("approval-form:approval", id);
    assertThat(row.findElement(By.className("visit-warnings")).getText()).isEqualTo("0");
    row.findElement(By.cssSelector(".ui-chkbox-box")).click();
    browser.wait.until(d -> visitRow("approval-form:approval", id).getAttribute("aria-selected").equals("true"));
    browser.find("approval-form:approve-chosen").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Approved 1 visit(s): [" + id + "]."));
    assertThat(browser.find("approval-form:approval").findElements(By.className("visit-id")))
        .extracting(WebElement::getText).doesNotContain(id);
  }

  private String statusOf(String tableId, String visitId) {
    return visitRow(tableId, visitId).findElement(By.className("visit-status")).getText();
  }

  @Test
  void badInputIsExplainedNextToEachFieldAndNothingIsSaved() {
    browser.login("therapist1");
    browser.open("/therapist/visit.xhtml");
    browser.find("visit-form:dos_input").sendKeys(LocalDate.now().plusDays(2).toString());
    browser.find("visit-form:lines:0:code").sendKeys("12345");
    browser.find("visit-form:lines:0:minutes").sendKeys("abc");
    browser.find("visit-form:lines:1:code").sendKeys("97110");
    browser.find("visit-form:lines:1:minutes").sendKeys("481");
    browser.find("visit-form:submit").click();

    assertThat(browser.text("visit-form:patient-message")).contains("Patient: choose the patient");
    assertThat(browser.text("visit-form:dos-message")).contains("is in the future");
    assertThat(browser.text("visit-form:payer-message")).contains("Payer: choose");
    assertThat(browser.driver.findElement(By.id("visit-form:lines")).getText())
        .contains("Line 1 code: 12345 is not a known CPT code.")
        .contains("Line 1 minutes: must be a whole number.")
        .contains("Line 2 minutes: must be a whole number from 1 to 480.");
    assertThat(browser.path()).startsWith("/therapist/visit.xhtml");
  }

  @Test
  void codingErrorsShowWhileTypingAndBlockSubmission() {
    browser.login("therapist1");
    browser.open("/therapist/visit.xhtml");
    choosePatient("kess", "Kessler, Bruno (DEMO-0002)");
    pick("visit-form:payer", "Medicare Part B — CMS 8-minute rule (total time)");
    browser.find("visit-form:dos_input").sendKeys(LocalDate.now().toString());
    browser.find("visit-form:lines:0:code").sendKeys("97140");
    browser.find("visit-form:lines:0:minutes").sendKeys("15");
    browser.find("visit-form:lines:1:code").sendKeys("97530");
    browser.find("visit-form:lines:1:minutes").sendKeys("15");
    browser.driver.findElement(By.tagName("h1")).click();

    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "NCCI_PTP_NEEDS_MODIFIER"));
    assertThat(browser.text("findings"))
        .contains("Add 59 (or XS/XU) to 97530 if it was done in a separate 15-minute block; otherwise bill only 97140.");
    browser.find("visit-form:submit").click();

    assertThat(browser.text("messages")).contains("Line 1: 97140 and 97530 are an NCCI pair");
    assertThat(browser.path()).startsWith("/therapist/visit.xhtml");
  }

  @Test
  void therapistOpeningTheCoderQueueGetsTheNotAllowedPage() {
    browser.login("therapist1");
    browser.open("/coder/index.xhtml");

    assertThat(browser.text("error-403")).contains("does not include the role");
    assertThat(browser.status("/coder/index.xhtml")).isEqualTo(403);
  }

  @Test
  void supervisorRejectsWithAReasonAndTheVisitGoesBackToItsCoder() {
    String id = codedVisit();
    browser.login("supervisor1");
    WebElement coded = visitRow("approval-form:approval", id);
    coded.findElement(By.cssSelector("button[id$=':reject']")).click();
    browser.find("approval-form:send-reject").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("approval-form:reject-dialog"),
        "Reason for the coder: a reason is required."));
    browser.find("approval-form:reason").sendKeys("97535 needs its own note");
    browser.find("approval-form:send-reject").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Visit " + id + " went back to its coder."));

    logout();
    browser.login("coder1");
    searchQueue(id);
    assertThat(statusOf("queue-form:queue", id)).isEqualTo("Rejected");
    assertThat(visitRow("queue-form:queue", id).findElements(By.cssSelector("button[id$=':claim']"))).hasSize(1);
  }

  @Test
  void aCoderQuestionReachesTheTherapistWhoResubmits() {
    browser.login("therapist1");
    String id = submitVisit("97110", "33", "97140", "7");
    logout();
    browser.login("coder1");
    claimInQueue(id);
    visitRow("queue-form:queue", id).findElement(By.cssSelector("button[id$=':return']")).click();
    browser.find("queue-form:question").sendKeys("Was 97110 documented as a separate activity?");
    browser.find("queue-form:send-back").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Visit " + id + " went back to the therapist."));

    logout();
    browser.login("therapist1");
    WebElement returned = visitRow("visits-form:my-visits", id);
    assertThat(returned.findElement(By.className("return-question")).getText()).isEqualTo("Was 97110 documented as a separate activity?");
    // The therapist answers by correcting the minutes, then resubmits from the entry form.
    returned.findElement(By.cssSelector("a[id$=':edit']")).click();
    browser.wait.until(ExpectedConditions.urlContains("/therapist/visit.xhtml?id=" + id));
    browser.ready();
    assertThat(browser.text("return-question")).isEqualTo("Was 97110 documented as a separate activity?");
    WebElement minutes = browser.find("visit-form:lines:0:minutes");
    minutes.clear();
    minutes.sendKeys("38");
    browser.driver.findElement(By.tagName("h1")).click();
    browser.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "3"));
    assertThat(browser.find("visit-form:submit").getText()).isEqualTo("Resubmit to coding");
    browser.find("visit-form:submit").click();
    browser.wait.until(ExpectedConditions.urlContains("/therapist/index.xhtml"));
    assertThat(browser.text("messages")).contains("Visit " + id + " submitted to coding.");
    assertThat(statusOf("visits-form:my-visits", id)).isEqualTo("Submitted");
    assertThat(visitRow("visits-form:my-visits", id).findElement(By.className("visit-units")).getText()).isEqualTo("3");
  }

  @Test
  void startAndStopTimesGiveTheMinutesAndOverlapsAreFlaggedWhileTyping() {
    browser.login("therapist1");
    browser.open("/therapist/visit.xhtml");
    pick("visit-form:payer", "Medicare Part B — CMS 8-minute rule (total time)");
    assertThat(browser.find("visit-form:lines:0:code").getAttribute("list")).isEqualTo("cpt-codes");
    assertThat(browser.driver.findElements(By.cssSelector("datalist#cpt-codes option[value='97530']"))).hasSize(1);
    browser.find("visit-form:lines:0:code").sendKeys("97110");
    browser.find("visit-form:lines:0:start").sendKeys("09:00");
    browser.find("visit-form:lines:0:stop").sendKeys("09:33");
    browser.find("visit-form:lines:1:code").sendKeys("97140");
    browser.find("visit-form:lines:1:start").sendKeys("09:33");
    browser.find("visit-form:lines:1:stop").sendKeys("09:40");
    browser.driver.findElement(By.tagName("h1")).click();

    browser.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "3"));
    assertThat(browser.text("timed-minutes")).isEqualTo("40");
    assertThat(browser.text("treatment-minutes")).isEqualTo("40");

    WebElement start = browser.find("visit-form:lines:1:start");
    start.clear();
    start.sendKeys("09:20");
    browser.driver.findElement(By.tagName("h1")).click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "OVERLAPPING_TIMED_SERVICES"));
    assertThat(browser.text("findings")).contains("97110 (09:00–09:33) and 97140 (09:20–09:40) overlap in time.");
  }

  @Test
  void dashboardsDrawChartsForTheClinicAndForATherapistsOwnVisits() {
    browser.login("coder1");
    browser.find("logout-form"); // the header is there; now the dashboard
    browser.open("/dashboard.xhtml");
    for (String card : new String[] {"status", "queue-age", "findings", "units"}) {
      browser.wait.until(d -> !d.findElements(By.cssSelector("#card-" + card + " canvas")).isEmpty());
    }
    // Chart.js drew into the canvas (it sets the drawing size), and the numbers are there as a table.
    Object chartDrawn = ((org.openqa.selenium.JavascriptExecutor) browser.driver)
        .executeScript("return document.querySelector('#card-status canvas').width > 0");
    assertThat(chartDrawn).isEqualTo(true);
    assertThat(browser.driver.findElement(By.id("figures-status")).getAttribute("textContent")).contains("Submitted", "Ready to bill");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Clinic dashboard");

    logout();
    browser.login("therapist2");
    browser.open("/dashboard.xhtml");
    assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("My dashboard");
    assertThat(browser.driver.findElements(By.cssSelector("section.qh-card"))).hasSize(3);
    assertThat(browser.driver.findElements(By.id("card-queue-age"))).isEmpty();
  }

  @Test
  void codeLookupShowsDescriptorHistoryAndNcciPartners() {
    browser.login("coder1");
    browser.open("/codes.xhtml");

    WebElement row =
        browser.find("codes-form:codes").findElements(By.cssSelector("tbody tr")).stream()
            .filter(r -> r.getText().startsWith("97530"))
            .findFirst()
            .orElseThrow();
    assertThat(row.getText())
        .contains("added 1990-01-01", "changed 2010-01-01")
        .contains("97140 (column 1, modifier indicator 1, 2020-01-01 on)");

    // Words in any order narrow the list as the coder types.
    WebElement before = browser.find("codes-form:codes");
    browser.find("codes-form:query").sendKeys("therapy manual");
    browser.wait.until(ExpectedConditions.stalenessOf(before));
    assertThat(browser.find("codes-form:codes").findElements(By.cssSelector("tbody tr")))
        .extracting(r -> r.getText().substring(0, 5))
        .containsExactly("97140");
  }

  @Test
  void unknownAddressGetsTheFriendlyNotFoundPage() {
    browser.login("coder1");
    browser.open("/no/such/page.xhtml");

    assertThat(browser.text("error-404")).contains("There is no page at this address");
    assertThat(browser.status("/no/such/page.xhtml")).isEqualTo(404);
  }

  @Test
  void logoutReturnsToTheKeycloakLoginPage() {
    browser.login("supervisor1");
    logout();

    browser.driver.get(Browser.PORTAL + "/supervisor/index.xhtml");
    browser.find("username");
    assertThat(browser.driver.getCurrentUrl()).contains("/realms/quarterhour/protocol/openid-connect/auth");
  }

  @Test
  void aClickAfterTheSessionEndedSaysSoAndLeadsBackThroughTheLogin() {
    browser.login("coder1");
    browser.open("/coder/index.xhtml");
    // The server forgot the session (idle timeout): the browser's cookie no longer names one.
    browser.driver.manage().deleteCookieNamed("JSESSIONID");
    browser.find("queue-form:apply").click();

    browser.wait.until(ExpectedConditions.urlContains("/session-ended.html"));
    assertThat(browser.text("session-ended")).isEqualTo("Your session ended");
    browser.find("sign-in-again").click();
    // Keycloak still knows the user: straight back into the portal, or its login page.
    browser.wait.until(d -> d.getCurrentUrl().startsWith(Browser.PORTAL + "/coder/")
        || d.getCurrentUrl().contains("/realms/quarterhour/protocol/openid-connect/auth"));
  }

  private void logout() {
    browser.find("logout-form:logout").click();
    browser.find("username");
    assertThat(browser.driver.getCurrentUrl()).contains("/realms/quarterhour/");
  }

  /** Searches the patient by part of the name or MRN and picks the offered entry, as a therapist does. */
  private void choosePatient(String typed, String label) {
    browser.choosePatient(typed, label);
  }

  private void pick(String menuId, String label) {
    browser.pick(menuId, label);
  }

  private WebElement visitRow(String tableId, String visitId) {
    return browser.visitRow(tableId, visitId);
  }

  @Test
  void anAdminRecordsAClinicianSCredentialAndNpiAndABadNpiIsNamedNextToTheField() {
    browser.login("admin1");
    browser.open("/admin/index.xhtml");
    WebElement row = browser.find("providers-form:providers").findElements(By.cssSelector("tbody tr")).stream()
        .filter(r -> r.getText().contains("Sam Lee, OT")).findFirst().orElseThrow();
    row.findElement(By.cssSelector("button[id$=':edit']")).click();
    browser.find("providers-form:provider-dialog");
    new org.openqa.selenium.support.ui.Select(browser.find("providers-form:credential")).selectByValue("OT");
    WebElement npi = browser.find("providers-form:npi");
    npi.clear();
    npi.sendKeys("1234567890");
    browser.find("providers-form:save-provider").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("providers-form:provider-fields"),
        "NPI: 1234567890 fails the NPI check digit; check for a typo."));

    String fresh = com.quarterhour.testsupport.TestNpi.fresh();
    npi = browser.find("providers-form:npi");
    npi.clear();
    npi.sendKeys(fresh);
    browser.find("providers-form:save-provider").click();
    browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("providers-form:provider-dialog")));
    assertThat(browser.text("messages")).contains("Sam Lee, OT is saved.");
    assertThat(browser.text("providers-form:providers")).contains("Sam Lee, OT", "OT", fresh);
  }

  @Test
  void anAdminImportsCmsOrderFileAndABadFileChangesNothing() throws Exception {
    browser.login("admin1");
    browser.open("/admin/index.xhtml");
    String before = browser.text("diagnosis-count");

    java.nio.file.Path bad = java.nio.file.Files.createTempFile("icd10cm_order_bad", ".txt");
    java.nio.file.Files.writeString(bad, com.quarterhour.testsupport.OrderFiles.line(1, "M62.81", true, "Muscle weakness (generalized)",
        "Muscle weakness (generalized)") + "\n00002 97110   1 Therapeutic exercise\n");
    browser.driver.findElement(By.id("diagnoses-form:order-file_input")).sendKeys(bad.toString());
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "nothing changed"));
    assertThat(browser.text("messages")).contains("Line 2: too short for the order file's columns");
    assertThat(browser.text("diagnosis-count")).isEqualTo(before);

    // The shipped codes as an order file: importing it leaves the catalog as the other tests expect it.
    java.nio.file.Path shipped = java.nio.file.Files.createTempFile("icd10cm_order_shipped", ".txt");
    java.nio.file.Files.writeString(shipped, com.quarterhour.testsupport.OrderFiles.shipped());
    browser.open("/admin/index.xhtml");
    browser.driver.findElement(By.id("diagnoses-form:order-file_input")).sendKeys(shipped.toString());
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Imported 51 ICD-10-CM codes from "));
    assertThat(browser.text("diagnosis-count")).isEqualTo("51");
  }

  @Test
  void anAdminRegistersAPhysicianAndEveryMissingOrBadFieldIsNamedNextToIt() {
    browser.login("admin1");
    browser.open("/admin/index.xhtml");
    browser.find("physicians-form:physician-npi").sendKeys("1234567890");
    browser.find("physicians-form:register-physician").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("physicians-form"), "Last name: required."));
    assertThat(browser.text("physicians-form")).contains("First name: required.",
        "NPI: 1234567890 fails the NPI check digit; check for a typo.");

    String npi = com.quarterhour.testsupport.TestNpi.fresh();
    browser.find("physicians-form:last-name").sendKeys("Okafor");
    browser.find("physicians-form:first-name").sendKeys("Grace");
    WebElement field = browser.find("physicians-form:physician-npi");
    field.clear();
    field.sendKeys(npi);
    browser.find("physicians-form:register-physician").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "Grace Okafor is registered."));
    assertThat(browser.text("physicians-form:physicians")).contains(npi);
  }

  @Test
  void aSplitPtaSessionShowsTheAssistantModifierErrorUntilCqIsAdded() {
    browser.login("therapist1");
    fillVisit("whitf", "Whitfield, Ada (DEMO-0001)", "Medicare Part B — CMS 8-minute rule (total time)", "97110", "38", "97140", "15");
    browser.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "4"));
    type("visit-form:lines:0:assistant-minutes", "30");
    type("visit-form:lines:0:together-minutes", "8");
    browser.driver.findElement(By.tagName("h1")).click();
    // Choosing the assistant last rescores the session with the split typed above.
    new org.openqa.selenium.support.ui.Select(browser.find("visit-form:assistant")).selectByVisibleText("Jordan Reyes, PTA");
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("findings"), "ASSISTANT_MODIFIER_REQUIRED"));
    assertThat(browser.text("findings")).contains("the line needs CQ");

    type("visit-form:lines:0:modifiers", " CQ");
    browser.driver.findElement(By.tagName("h1")).click();
    browser.wait.until(d -> !d.findElement(By.id("findings")).getText().contains("ASSISTANT_MODIFIER_REQUIRED"));
    browser.find("visit-form:submit").click();
    browser.wait.until(ExpectedConditions.urlContains("/therapist/index.xhtml"));
    String id = visitIdFrom(browser.text("messages"));
    browser.open("/visit.xhtml?id=" + id);
    assertThat(browser.text("assistant")).startsWith("Jordan Reyes, PTA, supervised by Dana Ortiz, PT");
    assertThat(browser.driver.findElements(By.className("line-split"))).extracting(WebElement::getText)
        .containsExactly("(therapist 0, assistant 30, together 8 min)", "(therapist 15, assistant 0, together 0 min)");
  }

  /** Types into a field, again if a re-render replaced it between finding and typing. */
  private void type(String id, String text) {
    browser.wait.until(d -> {
      try {
        browser.find(id).sendKeys(text);
        return true;
      } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
        return false;
      }
    });
  }

  @Test
  void theEntryFormShowsThePatientsAuthorizationWithTheVisitsLeft() {
    browser.login("therapist1");
    browser.open("/therapist/visit.xhtml");
    choosePatient("kessl", "Kessler, Bruno (DEMO-0002)");
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-form:authorizations"), "ACME-PT-4471"));
    assertThat(browser.text("visit-form:authorizations")).contains("4 of 6 visits used, 2 left");
  }

  @Test
  void anAdminRegistersAPatientWithInsuranceAndEveryChangeIsInTheChartsHistory() {
    browser.login("admin1");
    browser.open("/admin/index.xhtml");
    browser.find("register-form:register-patient").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("register-form"), "Sex: required."));
    assertThat(browser.text("register-form")).contains("MRN: required.", "Address: required.", "ZIP: required.", "Phone: required.");

    String mrn = "B-" + System.nanoTime() % 1_000_000_000L;
    browser.find("register-form:mrn").sendKeys(mrn);
    browser.find("register-form:first-name").sendKeys("Noor");
    browser.find("register-form:last-name").sendKeys("Haddad");
    browser.find("register-form:dob").sendKeys("1957-09-03");
    new org.openqa.selenium.support.ui.Select(browser.find("register-form:sex")).selectByValue("F");
    browser.find("register-form:address1").sendKeys("19 NE Broadway");
    browser.find("register-form:city").sendKeys("Portland");
    browser.find("register-form:state").sendKeys("OR");
    browser.find("register-form:zip").sendKeys("9721");
    browser.find("register-form:phone").sendKeys("503 555 0199");
    browser.find("register-form:register-patient").click();
    // A bad ZIP is named by the service; nothing is saved and the form keeps what was typed.
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "ZIP: 5 or 9 digits (4 given)."));
    WebElement zip = browser.find("register-form:zip");
    zip.clear();
    zip.sendKeys("97212-3301");
    browser.find("register-form:register-patient").click();
    browser.wait.until(ExpectedConditions.urlContains("/chart.xhtml"));
    assertThat(browser.text("messages")).contains("The patient is registered.");
    assertThat(browser.text("patient-name")).startsWith("Haddad, Noor");
    assertThat(browser.text("patient-address")).isEqualTo("19 NE Broadway, Portland, OR 97212-3301");
    assertThat(browser.text("patient-phone")).isEqualTo("(503) 555-0199");

    new org.openqa.selenium.support.ui.Select(browser.find("insurance-form:policy-payer")).selectByVisibleText("Medicare Part B");
    browser.find("insurance-form:policy-member").sendKeys("5KT9-WA2-PX41");
    browser.find("insurance-form:policy-from").sendKeys(LocalDate.now().withDayOfYear(1).toString());
    browser.find("insurance-form:add-policy").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "The insurance policy is added."));
    assertThat(browser.driver.findElements(By.className("policy-member"))).extracting(WebElement::getText).containsExactly("5KT9-WA2-PX41");

    WebElement phone = browser.find("details-form:phone");
    phone.clear();
    phone.sendKeys("(971) 555-0100");
    browser.find("details-form:save-details").click();
    browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "1 field(s) changed."));
    browser.wait.until(d -> d.findElements(By.className("history-subject")).size() == 3);
    assertThat(browser.driver.findElements(By.className("history-subject"))).extracting(WebElement::getText)
        .containsExactly("Registered", "Insurance added", "Phone");
    assertThat(browser.driver.findElements(By.className("history-actor"))).extracting(WebElement::getText).containsOnly("Alex Park");
  }

  private static String visitIdFrom(String message) {
    Matcher m = Pattern.compile("Visit (\\d+) submitted").matcher(message);
    assertThat(m.find()).as("confirmation message: " + message).isTrue();
    return m.group(1);
  }
}
