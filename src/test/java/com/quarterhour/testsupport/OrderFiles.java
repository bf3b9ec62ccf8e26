package com.quarterhour.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CMS's ICD-10-CM order file as tests write it: fixed width, codes without their dot. */
public final class OrderFiles {

  private OrderFiles() {}

  /** One line laid out exactly as the order file lays it out (short description cut at 60). */
  public static String line(int order, String code, boolean billable, String shortText, String longText) {
    String cut = shortText.length() > 60 ? shortText.substring(0, 60) : shortText;
    return String.format("%05d %-7s %d %-60s %s", order, code.replace(".", ""), billable ? 1 : 0, cut, longText);
  }

  /** The diagnoses the portal ships (migration V10) as an order file: importing it restores them. */
  public static String shipped() throws IOException {
    String sql = Files.readString(Path.of("src/main/resources/db/migration/V10__diagnosis_codes.sql"));
    Matcher m = Pattern.compile("\\('([^']+)', (true|false), '((?:[^']|'')*)'\\)").matcher(sql);
    StringBuilder file = new StringBuilder();
    int order = 1;
    while (m.find()) {
      String text = m.group(3).replace("''", "'");
      file.append(line(order++, m.group(1), Boolean.parseBoolean(m.group(2)), text, text)).append('\n');
    }
    return file.toString();
  }
}
