package com.quarterhour.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.testsupport.PortalClient;
import com.quarterhour.testsupport.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The portal under the load a clinic group puts on it (PortalLoadIT, {@code mvn -Pload verify}, after
 * the seeder filled the database; ClusterIT against the balancer with one node and with two): 50 coder and 50 supervisor sessions, each logged in through the real
 * Keycloak login, each sending its next request when the last one answered (closed loop). Every
 * request kind runs for its own measured period after a warm-up, all sessions at once: the queue's
 * first page, a page change and a sort (the AJAX posts the lazy table makes), a filter, a visit
 * page, the approval list, an approval, the dashboard. The same sessions first ask for the portal's
 * stylesheet through the same security layer and resource handler: the floor every other kind is
 * compared with (../shared/perf.md). Writes target/NAME.md and .csv, marking every kind whose p90
 * exceeds three times the floor's.
 *
 * <p>Settings: -Dload.sessions (50), -Dload.seconds (20 measured per kind), -Dload.warmup (5).
 */
public final class PortalLoad {

  private static final int SESSIONS = Integer.getInteger("load.sessions", 50);
  private static final int SECONDS = Integer.getInteger("load.seconds", 20);
  private static final int WARMUP = Integer.getInteger("load.warmup", 5);
  private static final double GOAL = 3.0;
  private static final int PAGE = 25;
  private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  /** PrimeFaces sends the page's CSP nonce with every AJAX post and refuses a post without it. */
  private static final Pattern NONCE = Pattern.compile("csp\\.init\\('([^']+)'\\)");
  private static final String FLOOR = "/jakarta.faces.resource/css/portal.css.xhtml";
  private static final String LAYOUT_ONLY = "/no-role.xhtml";
  private static final String QUEUE = "/coder/index.xhtml";
  private static final String APPROVAL = "/supervisor/index.xhtml";
  private static final String[] SORT_COLUMNS = {"col-dos", "col-patient", "col-payer", "col-units", "col-age", "col-id"};
  private static final String[] NAME_STARTS = {"a", "b", "c", "d", "ga", "ha", "lo", "ng", "pa", "ro", "sc", "ta", "ve", "wa", "yo"};

  /** One logged-in browser tab: its client, the view state of the page it has open, its random numbers. */
  private static final class Session {
    final PortalClient client;
    final int index;
    final SplittableRandom random;
    String viewState;
    String nonce;

    /** Keeps what the next AJAX posts of this tab need: the page's view state and CSP nonce. */
    void opened(String body) throws IOException {
      viewState = viewState(body);
      Matcher m = NONCE.matcher(body);
      nonce = m.find() ? m.group(1) : null;
    }

    Session(PortalClient client, int index) {
      this.client = client;
      this.index = index;
      this.random = new SplittableRandom(20261201L + index);
    }
  }

  /** One request a session sends; returns null when the answer is right, else what was wrong. */
  private interface Request {
    String send(Session s) throws Exception;
  }

  /**
   * @param opens the page whose AJAX posts the kind sends, opened (unmeasured) before it, or null
   */
  private record Kind(String name, boolean supervisors, String opens, Request request, boolean hasGoal) {
    Kind(String name, boolean supervisors, String opens, Request request) {
      this(name, supervisors, opens, request, true);
    }
  }

  /** What one kind measured: latencies in milliseconds, failures, the measured time. */
  public record Result(String name, double[] millis, int failures, String firstFailure, double seconds, boolean hasGoal) {
    public double percentile(double p) {
      if (millis.length == 0) {
        return Double.NaN;
      }
      int rank = (int) Math.ceil(p / 100.0 * millis.length) - 1;
      return millis[Math.max(0, Math.min(millis.length - 1, rank))];
    }

    public double throughput() {
      return millis.length / seconds;
    }
  }

  /**
   * Logins and pages that had to go through Keycloak again (its single sign-on answers at once, as
   * a browser would follow it) because the portal no longer had the session: counted, reported.
   */
  private final AtomicInteger loginsAgain = new AtomicInteger();
  private List<Long> visitIds;
  /** The seeded patient with 1,000 visits (SeedVisits.HEAVY_MRN) and the plan of care they belong to. */
  private static long heavyPatientId;
  private static long heavyPlanId;
  private List<Long> payerIds;

  /** What a run measured: each kind's result (the floor first) and the report written. */
  public record Outcome(List<Result> results, String report, int loginsAgain) {
    public Result floor() {
      return results.get(0);
    }

    /** Every request answered right. */
    public void assertNoFailures() {
      assertThat(results).allSatisfy(r -> assertThat(r.failures()).as(r.name() + ": " + r.firstFailure()).isZero());
    }

    /** Every kind with a goal within GOAL × the floor's p90. */
    public void assertGoals() {
      assertThat(results.subList(1, results.size()).stream().filter(Result::hasGoal).toList()).allSatisfy(r -> assertThat(r.percentile(90))
          .as("%s p90 against %.1f × the floor's p90 (%.1f ms)", r.name(), GOAL, floor().percentile(90))
          .isLessThanOrEqualTo(GOAL * floor().percentile(90)));
    }
  }

  /**
   * Signs in the sessions, runs every kind and writes target/NAME.md and .csv.
   *
   * @param singleUser also time one user alone on the patient with 1,000 visits
   */
  public Outcome measure(String name, boolean singleUser) throws Exception {
    long visits = readTheData();
    List<Session> coders = signIn("coder1");
    List<Session> supervisors = signIn("supervisor1");

    List<Kind> kinds = List.of(
        new Kind("static floor (portal.css)", false, null, s -> page(s.client.get(FLOOR), "qh-")),
        // Not a goal, a yardstick: the portal's lightest page, the layout with one sentence and no data.
        new Kind("reference: layout-only page (GET)", false, null, s -> page(s.client.get(LAYOUT_ONLY), "qh-header"), false),
        new Kind("queue: first page (GET)", false, null, s -> {
          HttpResponse<String> r = s.client.get(QUEUE);
          s.opened(r.body());
          return page(r, "queue-form:queue");
        }),
        new Kind("queue: page change (AJAX)", false, QUEUE, this::pageChange),
        new Kind("queue: sort (AJAX)", false, QUEUE, this::sort),
        new Kind("queue: filter (AJAX)", false, QUEUE, this::filter),
        new Kind("visit page (GET)", false, null, s -> page(s.client.get("/visit.xhtml?id=" + visitIds.get(s.random.nextInt(visitIds.size()))), "visit-form")),
        new Kind("approval list (GET)", true, null, s -> {
          HttpResponse<String> r = s.client.get(APPROVAL);
          s.opened(r.body());
          return page(r, "approval-form:approval");
        }),
        new Kind("approve (AJAX)", true, APPROVAL, this::approve),
        new Kind("dashboard (GET)", true, null, s -> page(s.client.get("/dashboard.xhtml"), "chart-")),
        new Kind("patient chart, 1,000 visits (GET)", false, null, s -> page(s.client.get(chartPath()), "plans-form")));

    List<Result> results = new ArrayList<>();
    for (Kind kind : kinds) {
      results.add(run(kind, kind.supervisors() ? supervisors : coders));
    }
    String report = report(name, results, visits) + (singleUser ? singleUser(coders.get(0)) : "")
        + String.format(Locale.ROOT, "%nSessions sent through the login again (Keycloak's single sign-on) because the portal had lost them: %d%n",
            loginsAgain.get());
    System.out.print(report);
    Files.writeString(Path.of("target", name + ".md"), report);
    return new Outcome(results, report, loginsAgain.get());
  }

  /** Visits to open (the working queue's) and payers to filter by; the number of visits. */
  private long readTheData() throws Exception {
    try (Connection c = TestDatabase.connectAsTheServer(); Statement s = c.createStatement()) {
      visitIds = ids(s, "select id from visit where status in ('SUBMITTED', 'IN_REVIEW', 'REJECTED') order by id limit 5000");
      heavyPatientId = ids(s, "select id from patient where mrn = '" + SeedVisits.HEAVY_MRN + "'").get(0);
      heavyPlanId = ids(s, "select id from plan_of_care where patient_id = " + heavyPatientId).get(0);
      payerIds = ids(s, "select id from payer order by id");
      try (ResultSet r = s.executeQuery("select count(*) from visit")) {
        r.next();
        long visits = r.getLong(1);
        assertThat(visits).as("visits seeded (mvn -Pload verify seeds them)").isGreaterThan(10_000);
        return visits;
      }
    }
  }

  private static List<Long> ids(Statement s, String sql) throws Exception {
    List<Long> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getLong(1));
      }
    }
    return out;
  }

  /** SESSIONS sessions of one user, each through Keycloak's login form, eight logins at a time. */
  private List<Session> signIn(String user) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<PortalClient>> logins = new ArrayList<>();
      for (int i = 0; i < SESSIONS; i++) {
        logins.add(pool.submit(() -> {
          try {
            return PortalClient.loggedIn(user);
          } catch (IOException lost) {
            loginsAgain.incrementAndGet();
            return PortalClient.loggedIn(user);
          }
        }));
      }
      List<Session> sessions = new ArrayList<>();
      for (Future<PortalClient> login : logins) {
        sessions.add(new Session(login.get(60, TimeUnit.SECONDS), sessions.size()));
      }
      for (Session s : sessions) { // each session still known to the portal before anything is measured
        openAgainIfLost(s, LAYOUT_ONLY);
      }
      return sessions;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * All sessions send the kind's request in a closed loop: a warm-up, then the measured period.
   * Sessions that need a page open first open it (unmeasured).
   */
  private Result run(Kind kind, List<Session> sessions) throws Exception {
    if (kind.opens() != null) {
      for (Session s : sessions) {
        s.opened(openAgainIfLost(s, kind.opens()).body());
      }
    }
    long warmupEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARMUP);
    long ends = warmupEnds + TimeUnit.SECONDS.toNanos(SECONDS);
    List<double[]> perSession = new ArrayList<>();
    AtomicInteger failures = new AtomicInteger();
    String[] firstFailure = {null};
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(sessions.size());
    try {
      List<Future<double[]>> loops = new ArrayList<>();
      for (Session s : sessions) {
        loops.add(pool.submit(() -> {
          double[] mine = new double[1024];
          int n = 0;
          start.await();
          for (long now = System.nanoTime(); now < ends; now = System.nanoTime()) {
            String wrong;
            try {
              wrong = kind.request().send(s);
            } catch (IOException | RuntimeException e) {
              wrong = e.toString();
            }
            long took = System.nanoTime() - now;
            if (now >= warmupEnds && System.nanoTime() <= ends) {
              if (wrong != null) {
                failures.incrementAndGet();
                synchronized (firstFailure) {
                  firstFailure[0] = firstFailure[0] == null ? wrong : firstFailure[0];
                }
              } else {
                mine = n == mine.length ? java.util.Arrays.copyOf(mine, n * 2) : mine;
                mine[n++] = took / 1e6;
              }
            }
          }
          return java.util.Arrays.copyOf(mine, n);
        }));
      }
      start.countDown();
      for (Future<double[]> loop : loops) {
        perSession.add(loop.get(WARMUP + SECONDS + 120, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    double[] all = perSession.stream().flatMapToDouble(java.util.Arrays::stream).sorted().toArray();
    return new Result(kind.name(), all, failures.get(), firstFailure[0], SECONDS, kind.hasGoal());
  }

  /** Opens a page (unmeasured); a session the portal lost goes through Keycloak's single sign-on again, counted. */
  private HttpResponse<String> openAgainIfLost(Session s, String path) throws IOException, InterruptedException {
    HttpResponse<String> page = s.client.get(path);
    if (page.statusCode() / 100 == 3) {
      loginsAgain.incrementAndGet();
      page = s.client.follow(page);
    }
    return page;
  }

  private String pageChange(Session s) throws Exception {
    int first = PAGE * s.random.nextInt(1, 20);
    return partial(s, "queue-form", "queue-form:queue", "queue-form:queue", "queue-form:queue", Map.of(
        "queue-form:queue_pagination", "true",
        "queue-form:queue_first", String.valueOf(first),
        "queue-form:queue_rows", String.valueOf(PAGE),
        "queue-form:queue_skipChildren", "true",
        "queue-form:queue_encodeFeature", "true"), "<tr");
  }

  private String sort(Session s) throws Exception {
    String column = SORT_COLUMNS[s.random.nextInt(SORT_COLUMNS.length)];
    return partial(s, "queue-form", "queue-form:queue", "queue-form:queue", "queue-form:queue", Map.of(
        "queue-form:queue_sorting", "true",
        "queue-form:queue_skipChildren", "true",
        "queue-form:queue_encodeFeature", "true",
        "queue-form:queue_sortKey", "queue-form:queue:" + column,
        "queue-form:queue_sortDir", s.random.nextBoolean() ? "1" : "-1"), "<tr");
  }

  /** The filter form's Apply: one payer, or the start of a patient's name, as coders narrow the queue. */
  private String filter(Session s) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("queue-form:apply", "queue-form:apply");
    boolean byPayer = s.random.nextBoolean();
    fields.put("queue-form:search", byPayer ? "" : NAME_STARTS[s.random.nextInt(NAME_STARTS.length)]);
    fields.put("queue-form:status", "");
    fields.put("queue-form:payer", byPayer ? String.valueOf(payerIds.get(s.random.nextInt(payerIds.size()))) : "");
    fields.put("queue-form:therapist", "");
    fields.put("queue-form:from", "");
    fields.put("queue-form:to", "");
    fields.put("queue-form:waiting", "");
    return partial(s, "queue-form", "queue-form:apply",
        "queue-form:apply queue-form:search queue-form:status queue-form:payer queue-form:therapist queue-form:from queue-form:to queue-form:waiting queue-form:errors",
        "queue-form", fields, "queue-form:queue");
  }

  /** Approve on one row of the approval list (rows spread over the sessions; a row another took is refused, not failed). */
  private String approve(Session s) throws Exception {
    String button = "approval-form:approval:" + (s.index % PAGE) + ":approve";
    return partial(s, "approval-form", button, button, "approval-form messages", Map.of(button, button), "approval-form");
  }

  /** A PrimeFaces AJAX post, as the page's script sends it; right when a partial response without an error came back. */
  private static String partial(Session s, String form, String source, String execute, String render, Map<String, String> extra,
      String expected) throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("jakarta.faces.partial.ajax", "true");
    fields.put("jakarta.faces.source", source);
    fields.put("jakarta.faces.partial.execute", execute);
    fields.put("jakarta.faces.partial.render", render);
    fields.put(form, form);
    fields.putAll(extra);
    fields.put("jakarta.faces.ViewState", s.viewState);
    if (s.nonce != null) {
      fields.put("primefaces.nonce", s.nonce);
    }
    String path = form.equals("queue-form") ? QUEUE : form.equals("approval-form") ? APPROVAL : chartPath();
    HttpResponse<String> r = s.client.post(path, fields,
        Map.of("Faces-Request", "partial/ajax", "X-Requested-With", "XMLHttpRequest", "Accept", "application/xml, text/xml, */*; q=0.01"));
    if (r.statusCode() != 200) {
      return "HTTP " + r.statusCode() + " from " + source;
    }
    String body = r.body();
    if (!body.contains("<partial-response") || body.contains("<error>") || body.contains("<redirect")) {
      return "not a clean partial response from " + source + ": " + body.substring(0, Math.min(300, body.length()));
    }
    return body.contains(expected) ? null : "no " + expected + " in the answer to " + source;
  }

  private static String chartPath() {
    return "/chart.xhtml?patient=" + heavyPatientId;
  }

  /**
   * What one user waits for on the patient with 1,000 visits, with nobody else working: the chart
   * opened 20 times one after the other (server time, but for the loopback), and the admin's
   * recording of the physician's signature, which scores every open visit of the plan again.
   */
  private static String singleUser(Session coder) throws Exception {
    List<Double> chart = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      String wrong = page(coder.client.get(chartPath()), "plans-form");
      chart.add((System.nanoTime() - start) / 1e6);
      assertThat(wrong).as("chart of the patient with 1,000 visits").isNull();
    }
    chart.sort(null);
    Session admin = new Session(PortalClient.loggedIn("admin1"), 0);
    admin.opened(admin.client.get(chartPath()).body());
    LocalDate today = LocalDate.now();
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("plans-form:plan", String.valueOf(heavyPlanId));
    fields.put("plans-form:signed-on", today.toString());
    fields.put("plans-form:through", today.plusDays(30).toString());
    fields.put("plans-form:certify", "plans-form:certify");
    long start = System.nanoTime();
    String wrong = partial(admin, "plans-form", "plans-form:certify", "plans-form", "plans-form messages", fields, "scored again");
    double certify = (System.nanoTime() - start) / 1e6;
    assertThat(wrong).as("recording the signature on the plan with 1,000 visits").isNull();
    return String.format(Locale.ROOT, "%nOne user alone, the patient with %,d visits (ms, client side over loopback):%n%n"
            + "| what | p50 | p90 | max |%n|---|---:|---:|---:|%n| chart opened (GET, 20 times) | %.1f | %.1f | %.1f |%n"
            + "| physician's signature recorded: every open visit of the plan scored again (AJAX, once) | %.1f | | |%n",
        SeedVisits.HEAVY_VISITS, chart.get(9), chart.get(17), chart.get(19), certify);
  }

  private static String page(HttpResponse<String> r, String expected) {
    if (r.statusCode() != 200) {
      return "HTTP " + r.statusCode() + " for " + r.uri();
    }
    return r.body().contains(expected) ? null : "no " + expected + " in " + r.uri();
  }

  private static String viewState(String body) throws IOException {
    Matcher m = VIEW_STATE.matcher(body);
    if (!m.find()) {
      throw new IOException("no view state in the page");
    }
    return m.group(1);
  }

  private static String report(String name, List<Result> results, long visits) throws IOException {
    Result floor = results.get(0);
    StringBuilder md = new StringBuilder();
    StringBuilder csv = new StringBuilder("kind,requests,failures,p50_ms,p90_ms,p99_ms,throughput_per_s,p90_ratio_to_floor\n");
    md.append(String.format(Locale.ROOT, "# Load report%n%n%,d visits; %d coder and %d supervisor sessions, closed loop; "
        + "%d s measured per kind after %d s warm-up; times in ms, client side.%n%n", visits, SESSIONS, SESSIONS, SECONDS, WARMUP));
    md.append("| request kind | requests | failed | p50 | p90 | p99 | per second | p90 ÷ floor p90 |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Result r : results) {
      double ratio = r.percentile(90) / floor.percentile(90);
      md.append(String.format(Locale.ROOT, "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f | %.2f%s |%n", r.name(), r.millis().length,
          r.failures(), r.percentile(50), r.percentile(90), r.percentile(99), r.throughput(), ratio,
          r == floor || !r.hasGoal() ? "" : ratio <= GOAL ? "" : " ✗"));
      csv.append(String.format(Locale.ROOT, "%s,%d,%d,%.1f,%.1f,%.1f,%.1f,%.2f%n", r.name().replace(',', ';'), r.millis().length,
          r.failures(), r.percentile(50), r.percentile(90), r.percentile(99), r.throughput(), ratio));
    }
    md.append(String.format(Locale.ROOT, "%nGoal: every kind's p90 at most %.0f × the floor's p90 (%.1f ms). The reference row has no "
        + "goal: it is what the portal's lightest page (the layout, one sentence, no data) costs on the same server.%n", GOAL, floor.percentile(90)));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target", name + ".md"), md);
    Files.writeString(Path.of("target", name + ".csv"), csv);
    return md.toString();
  }
}
