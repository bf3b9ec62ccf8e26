package com.quarterhour.visit;

import java.io.Serializable;

/**
 * What is wrong with one input field.
 *
 * @param field the field's name on the form: patient, payer, dateOfService, lines, or
 *     lines[i].code / lines[i].minutes with i counted from 0
 * @param message a sentence for the user, naming the field
 */
public record FieldProblem(String field, String message) implements Serializable {}
