package com.quarterhour.rules;

/** A table file does not have the expected layout; the message names the line and column. */
public class ImportException extends Exception {

  private final int line;
  private final int column;

  public ImportException(String source, int line, int column, String problem) {
    super(source + " line " + line + (column > 0 ? " column " + column : "") + ": " + problem);
    this.line = line;
    this.column = column;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }
}
