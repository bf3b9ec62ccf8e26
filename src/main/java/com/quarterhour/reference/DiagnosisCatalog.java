package com.quarterhour.reference;

import com.quarterhour.identity.Roles;
import com.quarterhour.shared.Icd10;
import com.quarterhour.shared.LikePattern;
import com.quarterhour.shared.RefusedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The ICD-10-CM codes the portal knows: searched by plans of care, replaced by an admin import. */
@Stateless
@RolesAllowed({Roles.THERAPIST, Roles.CODER, Roles.SUPERVISOR, Roles.ADMIN})
public class DiagnosisCatalog {

  /** How many codes a search returns at most (a pick list, not a browser). */
  public static final int SEARCH_LIMIT = 20;

  /** Rows written between flushes during an import (the full classification has ~74,000). */
  private static final int IMPORT_BATCH = 1_000;

  @PersistenceContext private EntityManager em;

  /** Codes starting with the text (with or without the dot), or whose description contains it. */
  public List<DiagnosisCode> search(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String typed = text.strip();
    String code = Icd10.withDot(typed);
    // LikePattern matches in lower case.
    return em.createQuery("select d from DiagnosisCode d where lower(d.code) like :code escape '\\'"
                + " or lower(d.description) like :words escape '\\' order by d.code", DiagnosisCode.class)
        .setParameter("code", LikePattern.prefix(code))
        .setParameter("words", LikePattern.contains(typed))
        .setMaxResults(SEARCH_LIMIT)
        .getResultList();
  }

  public long count() {
    return em.createQuery("select count(d) from DiagnosisCode d", Long.class).getSingleResult();
  }

  /**
   * Replaces the codes with those of CMS's ICD-10-CM order file. Every line is checked first; a
   * file with a bad line is refused, naming the lines, and nothing changes.
   *
   * @return how many codes the portal knows now
   */
  @RolesAllowed(Roles.ADMIN)
  public int importOrderFile(InputStream file) throws RefusedException {
    DiagnosisOrderFile.Result read;
    // The order file is plain ASCII; Latin-1 reads any byte, so a stray one is reported, not fatal.
    try (BufferedReader in = new BufferedReader(new InputStreamReader(file, StandardCharsets.ISO_8859_1))) {
      read = DiagnosisOrderFile.read(in);
    } catch (IOException e) {
      throw new RefusedException("The order file could not be read (" + e.getMessage() + "); nothing changed.");
    }
    if (!read.accepted()) {
      throw new RefusedException("The order file was not imported; nothing changed. " + String.join(" ", read.problems()));
    }
    em.createQuery("delete from DiagnosisCode").executeUpdate();
    int written = 0;
    for (DiagnosisOrderFile.Code c : read.codes()) {
      em.persist(new DiagnosisCode(c.code(), c.billable(), c.description()));
      if (++written % IMPORT_BATCH == 0) {
        em.flush();
        em.clear();
      }
    }
    em.flush();
    return written;
  }
}
