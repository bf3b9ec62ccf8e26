package com.quarterhour.reference;

import java.io.Serializable;

/** A patient as a search offers it: the id and "Whitfield, Ada (DEMO-0001)". */
public record PatientChoice(Long id, String label) implements Serializable {}
