package com.quarterhour.documentation.service;

import com.quarterhour.visit.VisitStatus;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored visit as the session-entry form edits it.
 *
 * @param version what the therapist saw; the save sends it back
 * @param returnQuestion the coder's question, while the visit is returned
 * @param assistantId the assistant who took part, or null
 * @param planId the plan of care the visit is filed under, or null
 */
public record VisitForm(
    Long id,
    long version,
    VisitStatus status,
    Long patientId,
    Long payerId,
    LocalDate dateOfService,
    com.quarterhour.rules.Discipline discipline,
    List<NewVisit.NewLine> lines,
    String returnQuestion,
    Long assistantId,
    Long planId)
    implements Serializable {}
