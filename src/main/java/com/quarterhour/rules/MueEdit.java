package com.quarterhour.rules;

/**
 * One Medically Unlikely Edit: the most units of a code a provider reports for a patient on a date.
 *
 * @param adjudicationIndicator 1 per claim line, 2 per date of service (policy), 3 per date of
 *     service (clinical)
 */
public record MueEdit(String code, int maxUnits, int adjudicationIndicator, String rationale) {}
