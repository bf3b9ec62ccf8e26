package com.quarterhour.rules;

/**
 * What an edit found, before it is put into words: the lines involved (0-based, -1 when unused)
 * and one number of detail (e.g. which modifier). Scoring stays cheap; {@link Finding}s with their
 * sentences are made only when someone reads them.
 */
public record Hit(Edit edit, int first, int second, int detail) {}
