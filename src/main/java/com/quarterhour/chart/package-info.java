/**
 * The patient's chart beyond single visits: plans of care (diagnoses, certification,
 * recertifications, progress reports) and the history across visits the rules engine decides from.
 */
package com.quarterhour.chart;
