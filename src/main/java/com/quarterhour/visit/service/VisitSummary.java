package com.quarterhour.visit.service;

import com.quarterhour.visit.domain.VisitStatus;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One row of a visit list: what a queue shows without loading the lines. */
public record VisitSummary(
    Long id,
    String patientName,
    String patientMrn,
    String clinicianName,
    String payerName,
    LocalDate dateOfService,
    VisitStatus status,
    long lineCount,
    long totalMinutes,
    long totalUnits,
    Instant updatedAt)
    implements Serializable {}
