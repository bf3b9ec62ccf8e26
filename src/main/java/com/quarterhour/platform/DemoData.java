package com.quarterhour.platform;

import com.quarterhour.rules.Discipline;
import com.quarterhour.rules.UnitMethod;
import com.quarterhour.identity.Clinician;
import com.quarterhour.identity.Credential;
import com.quarterhour.reference.Patient;
import com.quarterhour.reference.Payer;
import com.quarterhour.visit.Visit;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import com.quarterhour.rules.ScoringEngine;
import com.quarterhour.visit.VisitChanges;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.logging.Logger;

/**
 * Demo clinic for ./run.sh and the browser tests (QH_DEMO_DATA=true). Idempotent: it seeds only
 * when the first demo patient is missing, so a restart never duplicates anything. Names are
 * invented.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final String MARKER_MRN = "DEMO-0001";

  @PersistenceContext private EntityManager em;
  @Inject private ScoringEngine engine;
  @Inject private VisitChanges changes;

  @PostConstruct
  void seed() {
    if (!Boolean.parseBoolean(System.getenv("QH_DEMO_DATA"))) {
      return;
    }
    boolean seeded =
        !em.createQuery("select p.id from Patient p where p.mrn = :mrn")
            .setParameter("mrn", MARKER_MRN)
            .getResultList()
            .isEmpty();
    if (seeded) {
      LOG.info("Demo data already present");
      return;
    }
    Payer medicare = persist(new Payer("Medicare Part B", UnitMethod.CMS_TOTAL_TIME, true));
    Payer commercial = persist(new Payer("Acme Health PPO", UnitMethod.PER_CODE, false));

    List<Patient> patients =
        List.of(
            persist(new Patient(MARKER_MRN, "Ada", "Whitfield", LocalDate.of(1948, 3, 14))),
            persist(new Patient("DEMO-0002", "Bruno", "Kessler", LocalDate.of(1961, 11, 2))),
            persist(new Patient("DEMO-0003", "Carmen", "Ibarra", LocalDate.of(1979, 6, 23))),
            persist(new Patient("DEMO-0004", "Dmitri", "Novak", LocalDate.of(1990, 1, 9))),
            persist(new Patient("DEMO-0005", "Esi", "Mensah", LocalDate.of(2004, 8, 30))));

    Clinician pt = persist(new Clinician("therapist1", "Dana Ortiz, PT", Discipline.PT));
    Clinician ot = persist(new Clinician("therapist2", "Sam Lee, OT", Discipline.OT));
    // Sample NPIs that pass the check digit (the first is CMS's own worked example).
    pt.describeAsProvider(Credential.PT, "1234567893");
    ot.describeAsProvider(Credential.OT, "9876543213");
    Clinician coder = persist(new Clinician("coder1", "Riley Chen, CPC", null));
    persist(new Clinician("supervisor1", "Morgan Diaz, DPT", null));
    persist(new Clinician("admin1", "Alex Park", null));

    LocalDate today = LocalDate.now();
    // The CMS example: 33 + 7 minutes = 40 total -> 3 units (97110 x2, 97140 x1).
    Visit submitted = visit(patients.get(0), pt, medicare, today.minusDays(2), "97110", 33, "97140", 7);
    step(submitted, pt, submitted::submit);
    visit(patients.get(1), pt, commercial, today.minusDays(1), "97112", 24, "97110", 23);
    Visit coded = visit(patients.get(2), ot, medicare, today.minusDays(5), "97530", 30, "97535", 15);
    step(coded, ot, coded::submit);
    step(coded, coder, () -> coded.claim(coder));
    step(coded, coder, () -> coded.markCoded(coder));
    LOG.info("Demo data seeded: 2 payers, 5 patients, 5 clinicians, 3 visits");
  }

  /**
   * A demo visit documented and scored the way the entry form does it. Its history is authored by
   * the system (nobody is logged in at start-up), not by the clinicians it names.
   */
  private Visit visit(
      Patient patient, Clinician by, Payer payer, LocalDate dos, String code1, int min1, String code2, int min2) {
    Visit v = new Visit(patient, by, payer, dos);
    List<String> modifiers = List.of(by.getDiscipline().modifier());
    v.rewrite(patient, payer, dos, by.getDiscipline(), List.of(
        new Visit.DocumentedLine(code1, modifiers, min1, null, null),
        new Visit.DocumentedLine(code2, modifiers, min2, null, null)));
    v.rescore(engine);
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
