package com.quarterhour.load;

import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.FeeSchedule;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.identity.Clinician;
import com.quarterhour.reference.Patient;
import com.quarterhour.visit.ServiceLine;
import com.quarterhour.visit.Visit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.flywaydb.core.Flyway;

/**
 * Fills a PostgreSQL database with realistic visits for load tests: a year of sessions by 12
 * therapists (PT, OT, SLP) for 20,000 patients, 1–4 lines each with their discipline's codes and
 * minutes, units and findings from the real rules engine, and the states a clinic's year leaves
 * (most ready to bill, a working queue of submitted, in-review and rejected visits). Migrates the
 * schema first. Deterministic (fixed seed), so two runs make the same data.
 *
 * <p>Arguments: jdbcUrl user password [visits, default 100000].
 */
public final class SeedVisits {

  private static final int PATIENTS = 20_000;
  /**
   * One patient has this many Medicare PT visits over the last year, all in one plan of care whose
   * certification is unsigned and all still open in review: the chart of a patient with 1,000 visits
   * and the rescoring a signature sets off are measured on it (issue 9's speed goals).
   */
  static final int HEAVY_VISITS = 1_000;
  static final String HEAVY_MRN = "LOAD-HEAVY";
  private static final int BATCH = 2_000;
  private static final String[] FIRST = {"Avery", "Blake", "Casey", "Devon", "Emery", "Finley", "Harper", "Jules", "Kai", "Logan", "Morgan", "Noel", "Parker", "Quinn", "Reese", "Sage", "Taylor", "Rowan"};
  private static final String[] LAST = {"Abbott", "Baker", "Castillo", "Dawson", "Ellis", "Fischer", "Garcia", "Hughes", "Ito", "Jensen", "Kowalski", "Lopez", "Moreau", "Nguyen", "Okafor", "Patel", "Rossi", "Schmidt", "Tanaka", "Vega", "Walsh", "Young"};
  private static final String[][] CODES = {
    {"97110", "97112", "97140", "97530", "97116", "97035", "97012", "97161", "97162"}, // PT
    {"97530", "97535", "97110", "97140", "97112", "97165", "97166"}, // OT
    {"97129", "97130", "97535", "97530", "97112"}, // SLP
  };

  private final Random random = new Random(20261126L);
  private final ScoringEngine engine = ScoringEngine.bundled();
  /** The aggregate scores each visit: only the ids it is stored under are the seeder's own. */
  private final Patient anyPatient = new Patient("LOAD", "Load", "Patient", LocalDate.of(1950, 1, 1));

  public static void main(String[] args) throws SQLException {
    String url = args[0];
    int visits = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
    Flyway.configure()
        .dataSource(url, args[1], args[2])
        .locations("classpath:db/migration", "classpath:db/vendor/postgresql")
        .load()
        .migrate();
    long start = System.nanoTime();
    try (Connection c = DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true", args[1], args[2])) {
      c.setAutoCommit(false);
      new SeedVisits().seed(c, visits);
      c.commit();
      // As autovacuum would after a day of work: the visibility map lets counts use index-only scans.
      c.setAutoCommit(true);
      try (Statement s = c.createStatement()) {
        // What the portal does once a minute: the dashboard's day figures take in the new visits.
        s.execute("select visit_figures_compact()");
        s.execute("vacuum analyze");
      }
    }
    System.out.printf("Seeded %,d visits in %.1f s%n", visits, (System.nanoTime() - start) / 1e9);
  }

  private record Payer(long id, com.quarterhour.reference.Payer entity) {}

  private record Therapist(long id, Discipline discipline, Clinician entity) {}

  void seed(Connection c, int visits) throws SQLException {
    List<Payer> payers = List.of(
        payer(c, "Load: Medicare Part B", UnitMethod.CMS_TOTAL_TIME, true),
        payer(c, "Load: Medicare Advantage", UnitMethod.CMS_TOTAL_TIME, true),
        payer(c, "Load: Blue Valley PPO", UnitMethod.PER_CODE, false),
        payer(c, "Load: State Medicaid", UnitMethod.CMS_TOTAL_TIME, false),
        payer(c, "Load: Workers' Comp Mutual", UnitMethod.PER_CODE, false));
    List<Therapist> therapists = new ArrayList<>();
    Discipline[] disciplines = {Discipline.PT, Discipline.PT, Discipline.PT, Discipline.PT, Discipline.PT, Discipline.OT,
        Discipline.OT, Discipline.OT, Discipline.OT, Discipline.SLP, Discipline.SLP, Discipline.PT};
    for (int i = 0; i < disciplines.length; i++) {
      String name = FIRST[i % FIRST.length] + " " + LAST[(i * 5) % LAST.length] + ", " + disciplines[i];
      String username = String.format("load-therapist%02d", i + 1);
      therapists.add(new Therapist(clinician(c, username, name, disciplines[i].name()), disciplines[i], new Clinician(username, name, disciplines[i])));
    }
    long[] coders = new long[4];
    for (int i = 0; i < coders.length; i++) {
      coders[i] = clinician(c, "load-coder" + (i + 1), FIRST[(i + 7) % FIRST.length] + " " + LAST[(i + 11) % LAST.length] + ", CPC", null);
    }
    long supervisor = clinician(c, "load-supervisor1", "Jamie Rivers, DPT", null);
    long firstPatient = patients(c);
    long heavyPatient = insert(c, "insert into patient (mrn, first_name, last_name, date_of_birth) values (?,?,?,?)",
        HEAVY_MRN, "Hollis", "Marsh", LocalDate.of(1947, 2, 3));
    LocalDate planStart = LocalDate.now(ZoneOffset.UTC).minusDays(364);
    long heavyPlan = insert(c, "insert into plan_of_care (patient_id, discipline, first_treatment) values (?,?,?)",
        heavyPatient, "PT", planStart);
    try (Statement st = c.createStatement()) {
      st.execute("insert into plan_diagnosis (plan_id, position, code) values (" + heavyPlan + ", 0, 'M54.50')");
      // Medicare payers bill under the shipped Medicare fee schedule, as the portal's own do.
      st.execute("update payer set fee_schedule_id = (select id from fee_schedule where name = '"
          + com.quarterhour.money.Fees.MEDICARE_SCHEDULE + "') where medicare = true and fee_schedule_id is null");
    }
    FeeSchedule medicareFees = medicareFees(c);

    long visitId = next(c, "visit");
    long lineId = next(c, "service_line");
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    try (PreparedStatement v = c.prepareStatement(
            "insert into visit (id, patient_id, clinician_id, payer_id, date_of_service, status, created_at, updated_at, version,"
                + " claimed_by_id, coded_by_id, approved_by_id, line_count, total_minutes, total_units, error_count,"
                + " open_warning_count, submitted_at, updated_by, warning_count, discipline, plan_of_care_id, allowed_cents)"
                + " values (?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        PreparedStatement l = c.prepareStatement(
            "insert into service_line (id, visit_id, line_no, cpt_code, modifiers, minutes, units) values (?,?,?,?,?,?,?)");
        PreparedStatement fi = c.prepareStatement("insert into visit_finding (visit_id, finding_id) values (?,?)")) {
      for (int n = 0; n < visits; n++, visitId++) {
        boolean heavy = n < Math.min(HEAVY_VISITS, visits / 10);
        Therapist t = heavy ? therapists.get(0) : therapists.get(random.nextInt(therapists.size()));
        Payer payer = heavy ? payers.get(0) : payers.get(random.nextInt(payers.size()));
        LocalDate dos = heavy ? planStart.plusDays(n * 364L / HEAVY_VISITS) : today.minusDays(random.nextInt(365));
        String status = heavy ? "SUBMITTED" : status(dos, today);
        // Errors block submission, so past drafts a visit is clean, but for the few that a later
        // table update caught (2 %): the "has errors" filter has something to find.
        boolean mayHaveErrors = status.equals("DRAFT") || random.nextInt(100) < 2;
        Visit visit;
        do {
          visit = new Visit(anyPatient, t.entity(), payer.entity(), dos);
          visit.rewrite(anyPatient, payer.entity(), dos, t.discipline(), lines(t.discipline()));
          visit.rescore(engine);
        } while (!mayHaveErrors && visit.getErrorCount() > 0);
        for (String findingId : new java.util.TreeSet<>(visit.getFindingIds())) {
          fi.setLong(1, visitId);
          fi.setString(2, findingId);
          fi.addBatch();
        }
        Instant created = dos.atTime(17, random.nextInt(60)).toInstant(ZoneOffset.UTC);
        Instant submitted = status.equals("DRAFT") ? null : created.plusSeconds(random.nextInt(3 * 86_400));
        boolean claimed = !List.of("DRAFT", "SUBMITTED", "RETURNED").contains(status);
        boolean coded = List.of("CODED", "READY_TO_BILL").contains(status);
        long coder = coders[random.nextInt(coders.length)];
        for (ServiceLine line : visit.getLines()) {
          l.setLong(1, lineId++);
          l.setLong(2, visitId);
          l.setInt(3, line.getLineNo());
          l.setString(4, line.getCptCode());
          l.setString(5, String.join(",", line.getModifiers()));
          l.setInt(6, line.getMinutes());
          l.setInt(7, line.getUnits());
          l.addBatch();
        }
        v.setLong(1, visitId);
        v.setLong(2, heavy ? heavyPatient : firstPatient + random.nextInt(PATIENTS));
        v.setLong(3, t.id());
        v.setLong(4, payer.id());
        v.setObject(5, dos);
        v.setString(6, status);
        v.setTimestamp(7, Timestamp.from(created));
        v.setTimestamp(8, Timestamp.from(submitted == null ? created : submitted));
        setId(v, 9, claimed ? coder : null);
        setId(v, 10, coded ? coder : null);
        setId(v, 11, status.equals("READY_TO_BILL") ? supervisor : null);
        v.setInt(12, visit.getLines().size());
        v.setInt(13, visit.getTotalMinutes());
        v.setInt(14, visit.getTotalUnits());
        v.setInt(15, visit.getErrorCount());
        v.setInt(16, coded ? 0 : visit.getOpenWarningCount());
        v.setTimestamp(17, submitted == null ? null : Timestamp.from(submitted));
        v.setString(18, "load seed");
        v.setInt(19, visit.getWarningCount());
        v.setString(20, t.discipline().name());
        setId(v, 21, heavy ? heavyPlan : null);
        v.setLong(22, payer.entity().isMedicare() ? allowedCents(visit, medicareFees) : 0);
        v.addBatch();
        if ((n + 1) % BATCH == 0 || n + 1 == visits) {
          v.executeBatch();
          l.executeBatch();
          fi.executeBatch();
        }
      }
    }
    try (Statement s = c.createStatement()) {
      for (String table : List.of("visit", "service_line", "patient", "clinician", "payer")) {
        s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
      }
      s.execute("analyze");
    }
  }

  /** Old visits are billed; the last weeks hold the working queue. */
  private String status(LocalDate dos, LocalDate today) {
    int age = (int) (today.toEpochDay() - dos.toEpochDay());
    int roll = random.nextInt(100);
    if (age > 30) {
      return roll < 97 ? "READY_TO_BILL" : roll < 99 ? "CODED" : "REJECTED";
    }
    return roll < 8 ? "DRAFT" : roll < 48 ? "SUBMITTED" : roll < 63 ? "IN_REVIEW" : roll < 68 ? "RETURNED"
        : roll < 71 ? "REJECTED" : roll < 85 ? "CODED" : "READY_TO_BILL";
  }

  private List<Visit.DocumentedLine> lines(Discipline discipline) {
    String[] pool = CODES[discipline.ordinal() % CODES.length];
    List<String> modifiers = List.of(discipline.modifier());
    int count = 1 + random.nextInt(4);
    List<Visit.DocumentedLine> lines = new ArrayList<>();
    List<String> used = new ArrayList<>();
    while (lines.size() < count) {
      String code = pool[random.nextInt(pool.length)];
      if (used.contains(code)) {
        continue;
      }
      used.add(code);
      lines.add(new Visit.DocumentedLine(code, modifiers, 5 + random.nextInt(34), null, null));
    }
    return lines;
  }

  private static void setId(PreparedStatement s, int index, Long id) throws SQLException {
    if (id == null) {
      s.setNull(index, java.sql.Types.BIGINT);
    } else {
      s.setLong(index, id);
    }
  }

  private static long next(Connection c, String table) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select coalesce(max(id), 0) + 1000 from " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  private long patients(Connection c) throws SQLException {
    long first = next(c, "patient");
    try (PreparedStatement p = c.prepareStatement(
        "insert into patient (id, mrn, first_name, last_name, date_of_birth) values (?,?,?,?,?)")) {
      for (int i = 0; i < PATIENTS; i++) {
        p.setLong(1, first + i);
        p.setString(2, String.format("L-%06d", i + 1));
        p.setString(3, FIRST[random.nextInt(FIRST.length)]);
        p.setString(4, LAST[random.nextInt(LAST.length)]);
        p.setObject(5, LocalDate.of(1935 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        p.addBatch();
      }
      p.executeBatch();
    }
    return first;
  }

  /** Medicare's allowed amounts as migration V13 ships them. */
  private FeeSchedule medicareFees(Connection c) throws SQLException {
    java.util.Map<String, java.math.BigDecimal> perUnit = new java.util.HashMap<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
        "select e.code, e.allowed_per_unit from fee_schedule_entry e join fee_schedule f on f.id = e.schedule_id where f.name = '"
            + com.quarterhour.money.Fees.MEDICARE_SCHEDULE + "'")) {
      while (r.next()) {
        perUnit.put(r.getString(1), r.getBigDecimal(2));
      }
    }
    return engine.fees(perUnit);
  }

  /** What the portal stores as the visit's allowed amount: units × allowed per unit, over the lines. */
  private static long allowedCents(Visit visit, FeeSchedule fees) {
    long cents = 0;
    for (ServiceLine line : visit.getLines()) {
      cents += line.getUnits() * fees.centsPerUnit(line.getCptCode());
    }
    return cents;
  }

  private static Payer payer(Connection c, String name, UnitMethod method, boolean medicare) throws SQLException {
    long id = insert(c, "insert into payer (name, unit_method, medicare) values (?,?,?)", name, method.name(), medicare);
    return new Payer(id, new com.quarterhour.reference.Payer(name, method, medicare));
  }

  private static long clinician(Connection c, String username, String name, String discipline) throws SQLException {
    return insert(c, "insert into clinician (username, display_name, discipline) values (?,?,?)", username, name, discipline);
  }

  private static long insert(Connection c, String sql, Object... values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      s.executeUpdate();
      try (ResultSet keys = s.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }
}
