package com.quarterhour.platform;

import com.quarterhour.claims.BillingDetails;
import com.quarterhour.claims.ClinicBilling;
import com.quarterhour.reference.Physician;
import com.quarterhour.reference.Physicians;
import com.quarterhour.chart.Authorizations;
import com.quarterhour.chart.CareHistory;
import com.quarterhour.chart.PlanOfCare;
import com.quarterhour.identity.Clinician;
import com.quarterhour.identity.Credential;
import com.quarterhour.identity.Roles;
import com.quarterhour.money.Fees;
import com.quarterhour.reference.NewPolicy;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.PatientDetails;
import com.quarterhour.reference.PatientRegistry;
import com.quarterhour.reference.Relationship;
import com.quarterhour.reference.Sex;
import com.quarterhour.shared.ClusterLock;
import com.quarterhour.shared.RefusedException;
import com.quarterhour.reference.Payer;
import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.visit.Visit;
import com.quarterhour.visit.VisitChanges;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds the demo clinic. Nobody is logged in at start-up, so it runs as admin towards the services
 * it uses (visits are filed under their plans of care and scored with their history as the real
 * screens do), and writes the history of each demo step as authored by the system.
 *
 * <p>The story: every patient is in a certified PT and OT episode; Frances Oyelaran (Medicare) is
 * $40 below this year's KX threshold; Bruno Kessler's PT certification ends next week; Carmen
 * Ibarra's new PT plan is unsigned and within its 30 days; Bruno's PPO has 2 of his 6 authorized
 * visits left; Ada's session today was split with a PTA and lacks CQ. Every patient is registered with an address, a phone and insurance in order.
 */
@Stateless
@RunAs(Roles.ADMIN)
@PermitAll
public class DemoClinic {

  private static final Logger LOG = Logger.getLogger(DemoClinic.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private CareHistory careHistory;
  @Inject private VisitChanges changes;
  @Inject private PatientRegistry registry;
  @Inject private Authorizations authorizations;
  @Inject private ClinicBilling billing;
  @Inject private Physicians physicians;
  @Inject private ClusterLock clusterLock;

  /** The physician who referred the demo patients and certifies their plans. */
  private Physician referringPhysician;

  /**
   * Seeds the demo clinic unless its first patient is there already. The nodes of a cluster start
   * together: the lock makes the later ones wait for the first one's commit and then find its data.
   */
  public void seedOnce() {
    clusterLock.holdUntilCommit(ClusterLock.Task.DEMO_DATA);
    boolean seeded = !em.createQuery("select p.id from Patient p where p.mrn = :mrn")
        .setParameter("mrn", DemoData.MARKER_MRN).getResultList().isEmpty();
    if (seeded) {
      LOG.info("Demo data already present");
      return;
    }
    Payer medicare = persist(new Payer("Medicare Part B", UnitMethod.CMS_TOTAL_TIME, true));
    medicare.allowBy(((Number) em.createNativeQuery("select id from fee_schedule where name = ?1")
        .setParameter(1, Fees.MEDICARE_SCHEDULE).getSingleResult()).longValue());
    Payer commercial = persist(new Payer("Acme Health PPO", UnitMethod.PER_CODE, false));
    setUpBilling(medicare, commercial);

    List<Patient> patients = List.of(
        register(DemoData.MARKER_MRN, "Ada", "Whitfield", LocalDate.of(1948, 3, 14), Sex.F, "1412 SE Ankeny St", "97214"),
        register("DEMO-0002", "Bruno", "Kessler", LocalDate.of(1961, 11, 2), Sex.M, "88 NW 23rd Pl", "97210"),
        register("DEMO-0003", "Carmen", "Ibarra", LocalDate.of(1979, 6, 23), Sex.F, "5120 N Williams Ave", "97217"),
        register("DEMO-0004", "Dmitri", "Novak", LocalDate.of(1990, 1, 9), Sex.M, "730 SW 10th Ave", "97205"),
        register("DEMO-0005", "Esi", "Mensah", LocalDate.of(2004, 8, 30), Sex.F, "2301 NE Alberta St", "97211"),
        register("DEMO-0006", "Frances", "Oyelaran", LocalDate.of(1952, 5, 17), Sex.F, "4455 SE Hawthorne Blvd", "97215"));
    LocalDate janFirst = LocalDate.now().withDayOfYear(1);
    // Medicare beneficiary identifiers in CMS's published format (the first is CMS's own example).
    insure(patients.get(0), medicare, "1EG4-TE5-MK72", janFirst);
    insure(patients.get(2), medicare, "2FH5-UF6-NK83", janFirst);
    insure(patients.get(5), medicare, "3GJ6-VG7-PM94", janFirst);
    insure(patients.get(1), commercial, "ACM884120", janFirst);
    insure(patients.get(3), commercial, "ACM771093", janFirst);
    // Esi Mensah is covered as a child on her father's employer plan.
    policy(new NewPolicy(patients.get(4).getId(), commercial.getId(), 1, "ACM550312", "PDX-2210", Relationship.CHILD, "Kwame",
        "Mensah", LocalDate.of(1975, 4, 12), janFirst, null));

    Clinician pt = persist(new Clinician("therapist1", "Dana Ortiz, PT", Discipline.PT));
    Clinician ot = persist(new Clinician("therapist2", "Sam Lee, OT", Discipline.OT));
    // Sample NPIs that pass the check digit (the first is CMS's own worked example).
    pt.describeAsProvider(Credential.PT, "1234567893");
    ot.describeAsProvider(Credential.OT, "9876543213");
    // A PTA who works under Dana Ortiz; assistants document through their supervising therapist.
    Clinician pta = persist(new Clinician("pta1", "Jordan Reyes, PTA", Discipline.PT));
    pta.describeAsProvider(Credential.PTA, "1245319599");
    Clinician coder = persist(new Clinician("coder1", "Riley Chen, CPC", null));
    persist(new Clinician("coder2", "Jordan Blake, CCS", null));
    Clinician supervisor = persist(new Clinician("supervisor1", "Morgan Diaz, DPT", null));
    persist(new Clinician("admin1", "Alex Park", null));

    LocalDate today = LocalDate.now();
    referringPhysician = physician("Okafor", "Ngozi", "1003000126");
    for (Patient patient : patients) {
      certifiedPlan(patient, Discipline.OT, today.minusDays(40), today.minusDays(37));
    }
    for (Patient patient : List.of(patients.get(0), patients.get(3), patients.get(4))) {
      certifiedPlan(patient, Discipline.PT, today.minusDays(40), today.minusDays(37));
    }
    // Bruno Kessler: a PT certification that ends next week (begun 83 days ago, 90 days at most).
    certifiedPlan(patients.get(1), Discipline.PT, today.minusDays(83), today.minusDays(80));
    // Carmen Ibarra: a new PT plan the physician has not signed yet, 12 days into its 30.
    persist(new PlanOfCare(patients.get(2), Discipline.PT, today.minusDays(12), referringPhysician, List.of("M25.561"),
        "3x/week for 4 weeks", "Climb stairs without rails"));
    PlanOfCare nearThreshold = certifiedPlan(patients.get(5), Discipline.PT, today.minusDays(70), today.minusDays(66));
    em.flush();

    // The CMS example: 33 + 7 minutes = 40 total -> 3 units (97110 x2, 97140 x1).
    Visit submitted = visit(patients.get(0), pt, medicare, today.minusDays(2), line("97110", 33), line("97140", 7));
    step(submitted, pt, submitted::submit);
    // Bruno Kessler (Acme PPO): 6 PT visits authorized, 4 used by signed visits, 2 left; his draft of
    // yesterday will use the 5th when he signs it.
    authorize(patients.get(1), commercial, "ACME-PT-4471", 6, today.minusDays(83), today.plusDays(30));
    for (int week = 4; week >= 1; week--) {
      Visit used = visit(patients.get(1), pt, commercial, today.minusDays(7L * week), line("97112", 24), line("97110", 23));
      step(used, pt, used::submit);
    }
    visit(patients.get(1), pt, commercial, today.minusDays(1), line("97112", 24), line("97110", 23));
    Visit coded = visit(patients.get(2), ot, medicare, today.minusDays(5), line("97530", 30), line("97535", 15));
    step(coded, ot, coded::submit);
    step(coded, coder, () -> coded.claim(coder));
    step(coded, coder, () -> coded.markCoded(coder));
    // A split session: Jordan Reyes (PTA) furnished 30 of the 38 minutes of exercise alone and 8 with
    // Dana Ortiz; 2 of its units are the PTA's, so Medicare needs CQ on it (the draft shows the error).
    Visit split = new Visit(patients.get(0), pt, medicare, today);
    split.assistedBy(pta, pt);
    documentAndFile(split, patients.get(0), pt, medicare, today,
        new Visit.DocumentedLine("97110", List.of(), 38, null, null, 30, 8), line("97140", 15));
    int billed = seedNearThreshold(patients.get(5), nearThreshold, pt, coder, supervisor, medicare, today);
    LOG.info("Demo data seeded: 2 payers, 6 patients, 6 clinicians, " + (8 + billed) + " visits");
  }

  /**
   * Frances Oyelaran's year: 16 billed PT visits worth $2,440.00 at Medicare's 2026 rates (an
   * evaluation, 10 units of 97110, 18 of 97140, 45 of 97530), $40 below the KX threshold, with a
   * progress report every 8th visit.
   */
  private int seedNearThreshold(Patient patient, PlanOfCare plan, Clinician pt, Clinician coder, Clinician supervisor,
      Payer medicare, LocalDate today) {
    int visits = 16;
    for (int k = 0; k < visits; k++) {
      LocalDate dos = today.minusDays(3L * (visits - k) + 1);
      if (dos.getYear() != today.getYear()) {
        dos = today.withDayOfYear(1); // early January: the year's visits share its first day
      }
      List<Visit.DocumentedLine> lines = new ArrayList<>();
      if (k == 0) {
        lines.add(line("97161", 45));
        lines.add(line("97110", 30));
      } else {
        lines.add(line("97530", 45));
        if (k <= 9) {
          lines.add(line("97140", 30, "59")); // manual therapy in its own blocks: the NCCI pair with 97530 needs 59
        }
        if (k <= 4) {
          lines.add(line("97110", 30));
        }
      }
      if (k % 8 == 7) {
        plan.reportProgress(dos, pt);
        em.flush();
      }
      Visit v = visit(patient, pt, medicare, dos, lines.toArray(Visit.DocumentedLine[]::new));
      step(v, pt, v::submit);
      step(v, coder, () -> v.claim(coder));
      step(v, coder, () -> v.markCoded(coder));
      step(v, supervisor, () -> v.approve(supervisor));
      em.flush();
    }
    return visits;
  }

  /** A Portland patient registered through the front desk's service, so the registration is in their history. */
  private Patient register(String mrn, String first, String last, LocalDate born, Sex sex, String street, String zip) {
    String phone = "50355501" + mrn.substring(mrn.length() - 2);
    try {
      return em.find(Patient.class, registry.register(new PatientDetails(mrn, first, last, born, sex, street, null, "Portland",
          "OR", zip, phone)));
    } catch (RefusedException e) {
      throw new IllegalStateException("demo patient " + mrn + " refused: " + e.getMessage(), e);
    }
  }

  /**
   * How the clinic bills (sample numbers that pass their checks) and how each payer receives claims:
   * Noridian's Part B payer ID for Oregon, a made-up clearinghouse ID for the PPO.
   */
  private void setUpBilling(Payer medicare, Payer commercial) {
    try {
      billing.save(new BillingDetails("Quarterhour Demo Therapy", "1497758544", "93-1234567", "400 SW Main St", "Portland", "OR",
          "97204-1234", "225100000X", "QHDEMO01", "Billing Office", "(503) 555-0100", "11"));
      billing.billPayerBy(medicare.getId(), "02402", false);
      billing.billPayerBy(commercial.getId(), "ACME01", false);
    } catch (RefusedException e) {
      throw new IllegalStateException("demo billing details refused: " + e.getMessage(), e);
    }
  }

  private Physician physician(String lastName, String firstName, String npi) {
    try {
      return physicians.register(lastName, firstName, npi);
    } catch (RefusedException e) {
      throw new IllegalStateException("demo physician refused: " + e.getMessage(), e);
    }
  }

  /** The patient is the subscriber of their primary policy with the payer, from the first day given. */
  private void insure(Patient patient, Payer payer, String memberId, LocalDate from) {
    policy(new NewPolicy(patient.getId(), payer.getId(), 1, memberId, null, Relationship.SELF, null, null, null, from, null));
  }

  private void authorize(Patient patient, Payer payer, String number, int visits, LocalDate from, LocalDate through) {
    try {
      authorizations.add(new Authorizations.NewAuthorization(patient.getId(), payer.getId(), Discipline.PT, number, visits, from,
          through));
    } catch (RefusedException e) {
      throw new IllegalStateException("demo authorization refused: " + e.getMessage(), e);
    }
  }

  private void policy(NewPolicy policy) {
    try {
      registry.addPolicy(policy);
    } catch (RefusedException e) {
      throw new IllegalStateException("demo policy refused: " + e.getMessage(), e);
    }
  }

  private PlanOfCare certifiedPlan(Patient patient, Discipline discipline, LocalDate firstTreatment, LocalDate signedOn) {
    PlanOfCare plan = persist(new PlanOfCare(patient, discipline, firstTreatment, referringPhysician, List.of("M54.50", "M62.81"),
        "2x/week for 8 weeks", "Return to prior level of function"));
    plan.certify(signedOn, firstTreatment.plusDays(89));
    return plan;
  }

  /** A line documented in minutes, with modifiers beyond the discipline's (which {@link #visit} adds). */
  private static Visit.DocumentedLine line(String code, int minutes, String... modifiers) {
    return new Visit.DocumentedLine(code, List.of(modifiers), minutes, null, null);
  }

  /**
   * A demo visit documented and scored the way the entry form does it, under the patient's open plan
   * of the therapist's discipline. Its history is authored by the system, not by the clinicians it names.
   */
  private Visit visit(Patient patient, Clinician by, Payer payer, LocalDate dos, Visit.DocumentedLine... documented) {
    return documentAndFile(new Visit(patient, by, payer, dos), patient, by, payer, dos, documented);
  }

  private Visit documentAndFile(Visit v, Patient patient, Clinician by, Payer payer, LocalDate dos,
      Visit.DocumentedLine... documented) {
    List<Visit.DocumentedLine> lines = new ArrayList<>();
    for (Visit.DocumentedLine d : documented) {
      List<String> modifiers = new ArrayList<>(List.of(by.getDiscipline().modifier()));
      modifiers.addAll(d.modifiers());
      lines.add(new Visit.DocumentedLine(d.code(), modifiers, d.minutes(), null, null, d.assistantMinutes(), d.togetherMinutes()));
    }
    v.rewrite(patient, payer, dos, by.getDiscipline(), lines);
    careHistory.fileAndRescore(v);
    v.touch(by.getDisplayName());
    persist(v);
    em.flush();
    changes.publish(v);
    return v;
  }

  /** A workflow step of a demo visit, with its history line as the real screens write it. */
  private void step(Visit v, Clinician by, Runnable transition) {
    transition.run();
    v.touch(by.getDisplayName());
    changes.publish(v);
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }
}
