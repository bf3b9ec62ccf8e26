package com.quarterhour.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.load.PortalLoad;
import com.quarterhour.testsupport.Cluster;
import com.quarterhour.testsupport.PortalClient;
import com.quarterhour.testsupport.TestDatabase;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The portal as a cluster ({@code mvn -Pcluster verify}): two nodes behind HAProxy on one PostgreSQL
 * database, started by the same script as {@code ./run.sh --cluster}. A therapist's node is killed
 * in the middle of entering a visit and the visit is finished on the other node without a new login;
 * the killed node comes back; two coders on different nodes claim one visit and exactly one gets it;
 * the load test runs through the balancer on one node and on two. Figures in
 * target/cluster-report.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

  private static final Pattern VISIT_ID = Pattern.compile("Visit (\\d+)");
  private static Cluster cluster;
  private static final Map<String, String> REPORT = new LinkedHashMap<>();
  /** The visit the therapist finished after the fail-over, and the node that was killed under it. */
  private static String visitId;
  private static int killed;

  @BeforeAll
  static void startTheCluster() throws Exception {
    long start = System.nanoTime();
    cluster = Cluster.start();
    REPORT.put("cluster started (node1, then node2 once node1 formed the cluster, balancer)", seconds(start));
  }

  @AfterAll
  static void stopTheCluster() throws Exception {
    try {
      StringBuilder md = new StringBuilder("# Cluster report\n\n");
      REPORT.forEach((what, figure) -> md.append("- ").append(what).append(": ").append(figure).append('\n'));
      Files.writeString(Path.of("target", "cluster-report.md"), md);
      System.out.print(md);
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  @Order(1)
  void aTherapistFinishesAVisitOnTheOtherNodeAfterHerNodeIsKilledWithoutANewLogin() throws Exception {
    try (Browser therapist = new Browser()) {
      therapist.login("therapist1");
      String before = node(therapist);
      therapist.find("new-visit").click();
      therapist.wait.until(ExpectedConditions.urlContains("/therapist/visit.xhtml"));
      therapist.choosePatient("DEMO-0001", "Whitfield, Ada (DEMO-0001)");
      therapist.pick("visit-form:payer", "Medicare Part B — CMS 8-minute rule (total time)");
      therapist.find("visit-form:dos_input").sendKeys(LocalDate.now().minusDays(1).toString());
      therapist.find("visit-form:lines:0:code").sendKeys("97110");
      therapist.find("visit-form:lines:0:minutes").sendKeys("33");
      therapist.driver.findElement(By.tagName("h1")).click();
      therapist.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "2")); // scored live by the view on its node
      assertThat(node(therapist)).isEqualTo(before);

      killed = Integer.parseInt(before.substring("node".length()));
      // Another user on the same node keeps asking for pages through the kill: what is lost.
      Poller coder = new Poller(PortalClient.loggedInOn(before, "coder1"));
      coder.start();
      Thread.sleep(1_000);
      long killedAt = System.nanoTime();
      cluster.kill(killed);
      REPORT.put("node that served the therapist, killed with SIGKILL", before);

      // The same page goes on: the next line's live scoring is an AJAX post of the view opened on
      // the dead node; the balancer sends it to the other node, which has the session and the view.
      therapist.find("visit-form:lines:1:code").sendKeys("97140");
      therapist.find("visit-form:lines:1:minutes").sendKeys("7");
      therapist.driver.findElement(By.tagName("h1")).click();
      therapist.wait.until(ExpectedConditions.textToBe(By.id("total-units"), "3"));
      REPORT.put("the page's next AJAX (typing the next line included) answered by the other node, after the kill", seconds(killedAt));
      Thread.sleep(2_000);
      coder.stop();
      REPORT.put("another session on the killed node asking for its queue page without pause", coder.toString());
      assertThat(coder.lostAfterRetry).as("requests lost after one retry").isZero();
      assertThat(coder.servedAfterKill).as("pages served by the other node after the kill").isPositive();
      String after = node(therapist);
      assertThat(after).as("the node serving the session now").isNotEqualTo(before);
      assertThat(therapist.driver.getCurrentUrl()).startsWith(Browser.PORTAL + "/therapist/visit.xhtml");
      assertThat(therapist.text("user-name")).contains("Dana Ortiz");

      therapist.find("visit-form:submit").click();
      therapist.wait.until(ExpectedConditions.urlContains("/therapist/index.xhtml"));
      Matcher m = VISIT_ID.matcher(therapist.text("messages"));
      assertThat(m.find()).as("the submission's message names the visit").isTrue();
      visitId = m.group(1);
      REPORT.put("visit submitted on " + after + " after the kill", seconds(killedAt));
    }

    assertThat(databaseRow("select status, (select string_agg(cpt_code || ' ' || minutes, ', ' order by line_no) from service_line where visit_id = v.id)"
        + " from visit v where id = ?")).containsExactly("SUBMITTED", "97110 33, 97140 7");

    // The coders see it in their queue, served by the surviving node.
    PortalClient coder = PortalClient.loggedIn("coder2");
    HttpResponse<String> queue = coder.get("/coder/index.xhtml");
    assertThat(queue.headers().firstValue("X-Quarterhour-Node")).hasValue("node" + (3 - killed));
    try (Browser coderBrowser = new Browser()) {
      coderBrowser.login("coder2");
      coderBrowser.open("/coder/index.xhtml");
      coderBrowser.searchQueue(visitId);
      assertThat(coderBrowser.visitRow("queue-form:queue", visitId).getText()).contains("Whitfield, Ada", "Submitted");
    }
  }

  @Test
  @Order(2)
  void theKilledNodeRestartsRejoinsAndServesSessions() throws Exception {
    assertThat(killed).as("the fail-over test killed a node").isPositive();
    long start = System.nanoTime();
    cluster.startNode(killed);
    REPORT.put("node" + killed + " restarted until it answered", seconds(start));
    String log = Files.readString(Path.of("target", "cluster", "node" + killed, "log", "server.log"));
    assertThat(log).as("node%d joined the other node's cluster", killed).containsPattern("joined cluster 'ejb' with view: \\[node\\d[^]]*\\] \\(2\\)");

    // A session the restarted node serves sees the visit finished while it was dead.
    PortalClient therapist = PortalClient.loggedInOn("node" + killed, "therapist1");
    HttpResponse<String> visits = therapist.get("/visit.xhtml?id=" + visitId);
    assertThat(visits.headers().firstValue("X-Quarterhour-Node")).hasValue("node" + killed);
    assertThat(visits.statusCode()).isEqualTo(200);
    assertThat(visits.body()).contains("Whitfield, Ada");
  }

  @Test
  @Order(3)
  void twoCodersClaimingOneVisitThroughDifferentNodesExactlyOneGetsIt() throws Exception {
    assertThat(visitId).as("the visit of the fail-over test").isNotNull();
    try (Browser first = coderOn("node1", "coder1"); Browser second = coderOn("node2", "coder2")) {
      List<Browser> coders = List.of(first, second);
      List<WebElement> buttons = new ArrayList<>();
      for (Browser coder : coders) {
        coder.open("/coder/index.xhtml");
        coder.searchQueue(visitId);
        buttons.add(coder.visitRow("queue-form:queue", visitId).findElement(By.cssSelector("button[id$=':claim']")));
      }
      CountDownLatch go = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<String>> outcomes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
          Browser coder = coders.get(i);
          WebElement claim = buttons.get(i);
          outcomes.add(pool.submit(() -> {
            go.await();
            claim.click();
            coder.wait.until(d -> d.findElement(By.id("messages")).getText().contains("Visit " + visitId));
            return coder.text("messages");
          }));
        }
        go.countDown();
        List<String> said = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
          said.add(outcome.get(60, TimeUnit.SECONDS));
        }
        assertThat(said).filteredOn(s -> s.contains("Visit " + visitId + " is yours to code")).as("claims granted: %s", said).hasSize(1);
        String winner = said.get(0).contains("is yours") ? "coder1" : "coder2";
        REPORT.put("two coders claiming visit " + visitId + " on node1 and node2 at once", winner + " got it; the other was told: "
            + said.get(winner.equals("coder1") ? 1 : 0).replace('\n', ' '));
        assertThat(databaseRow("select v.status, c.username, (select count(*) from visit_event e where e.visit_id = v.id and e.action = 'CLAIMED')"
            + " from visit v join clinician c on c.id = v.claimed_by_id where v.id = ?")).containsExactly("IN_REVIEW", winner, "1");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  @Order(4)
  void theLoadTestThroughTheBalancerOnOneNodeAndOnTwo() throws Exception {
    String allCpus = "0-" + (Runtime.getRuntime().availableProcessors() - 1);
    Map<String, PortalLoad.Outcome> runs = new LinkedHashMap<>();
    cluster.stopNode(2);
    Thread.sleep(3_000); // the balancer's checks (1 s apart, two failures) mark it down
    runs.put("1 node", new PortalLoad().measure("cluster-load-1-node", false));
    REPORT.put("memory of node1 after the one-node run", cluster.memory(1));
    // The same with each node on a core of its own (Keycloak, PostgreSQL, the balancer and the load
    // generator still float over all cores): what a second host would add, shown on this one.
    cluster.pin(1, "0");
    runs.put("1 node on 1 core", new PortalLoad().measure("cluster-load-1-node-1-core", false));
    cluster.startNode(2);
    cluster.pin(2, "1");
    runs.put("2 nodes on 1 core each", new PortalLoad().measure("cluster-load-2-nodes-1-core-each", false));
    cluster.pin(1, allCpus);
    cluster.pin(2, allCpus);
    runs.put("2 nodes", new PortalLoad().measure("cluster-load-2-nodes", false));
    REPORT.put("memory of node1 after the two-node runs", cluster.memory(1));
    REPORT.put("memory of node2 after the two-node runs", cluster.memory(2));

    REPORT.put("load through the balancer: p90 ms and requests per s (same sessions and kinds as mvn -Pload verify)", loadTable(runs));
    REPORT.put("sessions the portal lost under load (sent through Keycloak's single sign-on again), per run", runs.entrySet().stream()
        .map(r -> r.getKey() + ": " + r.getValue().loginsAgain()).collect(Collectors.joining(", ")));
    runs.values().forEach(PortalLoad.Outcome::assertNoFailures);
  }

  private static String loadTable(Map<String, PortalLoad.Outcome> runs) {
    StringBuilder table = new StringBuilder(String.format("%n| request kind |"));
    runs.keySet().forEach(run -> table.append(" ").append(run).append(": p90 | ").append(run).append(": /s |"));
    table.append(String.format("%n|---|")).append("---:|---:|".repeat(runs.size())).append(String.format("%n"));
    List<PortalLoad.Outcome> outcomes = List.copyOf(runs.values());
    for (int i = 0; i < outcomes.get(0).results().size(); i++) {
      table.append("| ").append(outcomes.get(0).results().get(i).name()).append(" |");
      for (PortalLoad.Outcome outcome : outcomes) {
        PortalLoad.Result result = outcome.results().get(i);
        table.append(String.format(Locale.ROOT, " %.1f | %.1f |", result.percentile(90), result.throughput()));
      }
      table.append(String.format("%n"));
    }
    return table.toString();
  }

  /**
   * A logged-in user asking for the coder queue in a loop, through the balancer, while a node dies:
   * counts the answers, the requests that failed (retried once 0.3 s later, as a user would click again)
   * and the longest wait for a good answer.
   */
  private static final class Poller implements Runnable {
    private final PortalClient client;
    private final Thread thread = new Thread(this, "poller");
    private volatile boolean running = true;
    int served;
    int servedAfterKill;
    int failed;
    int lostAfterRetry;
    double longestWaitSeconds;
    final List<String> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final String firstNode;

    Poller(PortalClient client) throws Exception {
      this.client = client;
      this.firstNode = client.get("/coder/index.xhtml").headers().firstValue("X-Quarterhour-Node").orElse("?");
    }

    void start() {
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join(30_000);
    }

    @Override
    public void run() {
      long lastGood = System.nanoTime();
      while (running) {
        String node = ask();
        if (node == null) {
          failed++;
          pause(300); // a user who sees an error clicks again
          node = ask();
          if (node == null) {
            lostAfterRetry++;
            continue;
          }
        }
        served++;
        servedAfterKill += node.equals(firstNode) ? 0 : 1;
        long now = System.nanoTime();
        longestWaitSeconds = Math.max(longestWaitSeconds, (now - lastGood) / 1e9);
        lastGood = now;
      }
    }

    private static void pause(long millis) {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** The node that answered with the queue page, or null when the request failed (what failed is kept). */
    private String ask() {
      try {
        HttpResponse<String> r = client.get("/coder/index.xhtml");
        if (r.statusCode() == 200 && r.body().contains("queue-form:queue")) {
          return r.headers().firstValue("X-Quarterhour-Node").orElse("?");
        }
        failures.add("HTTP " + r.statusCode());
      } catch (Exception e) {
        failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      return null;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d pages served (%d of them by the other node after the kill), %d failed and answered when "
          + "asked again 0.3 s later, %d lost after that retry; longest wait between two good answers %.2f s; what failed: %s", served,
          servedAfterKill, failed, lostAfterRetry, longestWaitSeconds, failures);
    }
  }

  private static String seconds(long since) {
    return String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - since) / 1e9);
  }

  /** The node the balancer sends this browser's session to: the X-Quarterhour-Node of a request with its cookies. */
  private static String node(Browser browser) {
    return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
            + "fetch('/session-ended.html', {cache: 'no-store'}).then(r => done(r.headers.get('X-Quarterhour-Node')));");
  }

  /** A coder's browser whose session the balancer keeps on the given node. */
  private static Browser coderOn(String node, String user) {
    Browser browser = new Browser();
    browser.driver.get(Browser.PORTAL + "/session-ended.html");
    browser.driver.manage().deleteCookieNamed("QHNODE");
    browser.driver.manage().addCookie(new Cookie("QHNODE", node, "/"));
    browser.login(user);
    assertThat(node(browser)).isEqualTo(node);
    return browser;
  }

  /** The visit's row of the query, as text. */
  private static List<String> databaseRow(String sql) throws Exception {
    try (Connection c = TestDatabase.connectAsTheServer(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setLong(1, Long.parseLong(visitId));
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("visit " + visitId).isTrue();
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
          row.add(r.getString(i));
        }
        return row;
      }
    }
  }
}
