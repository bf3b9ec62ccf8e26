package com.quarterhour.rules;

/**
 * The size limits of a visit, the same for the portal, the database and the scoring API: a
 * treatment session is at most a working day per line and a screenful of lines. Beyond them input
 * is refused with a message naming the field, before any work is done on it.
 */
public final class Limits {

  /** Minutes documented on one line: at least one, at most a working day. */
  public static final int MIN_MINUTES = 1;
  public static final int MAX_MINUTES = 480;

  /** Lines on one visit; a long session has eight or ten, twenty leaves room without abuse. */
  public static final int MAX_LINES = 20;

  /** Modifiers on one line: the claim form has four places. */
  public static final int MAX_MODIFIERS = 4;

  /** Units a coder may set by hand on one line (a day of 15-minute units is 32). */
  public static final int MAX_UNITS = 96;

  /** Bytes of one API request body: a visit of 20 lines is about 2 KB of JSON. */
  public static final int MAX_REQUEST_BYTES = 64 * 1024;

  private Limits() {}
}
