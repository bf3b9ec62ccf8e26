package com.quarterhour.reference;

import com.quarterhour.shared.Icd10;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CMS's ICD-10-CM order file (icd10cm_order_YYYY.txt), fixed width: order number (columns
 * 1–5), code without its dot (7–13), 1 when valid for a claim or 0 for a heading (15), short
 * description (17–76), long description (78 on). Every line is checked; a file with any bad line
 * gives its problems (line by line, the first {@value #MAX_PROBLEMS}) and no codes, so that an
 * import changes nothing on a bad file.
 */
public final class DiagnosisOrderFile {

  /** How many problems a refused file lists. */
  public static final int MAX_PROBLEMS = 20;

  /** One code of the file: with its dot, whether a claim may carry it, the long description. */
  public record Code(String code, boolean billable, String description) {}

  /** The file's codes, or why it was refused; {@code lines} read in either case. */
  public record Result(List<Code> codes, List<String> problems, int lines) {
    public boolean accepted() {
      return problems.isEmpty();
    }
  }

  private DiagnosisOrderFile() {}

  public static Result read(BufferedReader in) throws IOException {
    List<Code> codes = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    int lineNo = 0;
    int bad = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String problem = problem(line);
      if (problem == null) {
        Integer earlier = firstLine.putIfAbsent(Icd10.normalize(line.substring(6, 13)), lineNo);
        problem = earlier == null ? null : line.substring(6, 13).strip() + " appears twice (first on line " + earlier + ").";
      }
      if (problem == null) {
        codes.add(new Code(Icd10.normalize(line.substring(6, 13)), line.charAt(14) == '1', line.substring(77).strip()));
      } else if (++bad <= MAX_PROBLEMS) {
        problems.add("Line " + lineNo + ": " + problem);
      }
    }
    if (bad > MAX_PROBLEMS) {
      problems.add("… and " + (bad - MAX_PROBLEMS) + " more bad lines.");
    }
    if (codes.isEmpty() && problems.isEmpty()) {
      problems.add("The file holds no codes.");
    }
    return new Result(problems.isEmpty() ? List.copyOf(codes) : List.of(), List.copyOf(problems), lineNo);
  }

  /** What is wrong with one line of the file, or null. */
  private static String problem(String line) {
    if (line.length() < 78) {
      return "too short for the order file's columns (" + line.length() + " characters; a code's line has at least 78).";
    }
    if (!line.substring(0, 5).matches("\\d{5}")) {
      return "the order number (columns 1–5) is not 5 digits: \"" + line.substring(0, 5) + "\".";
    }
    if (line.charAt(5) != ' ' || line.charAt(13) != ' ' || line.charAt(15) != ' ' || line.charAt(76) != ' ') {
      return "the columns are not where the order file has them (blanks expected at 6, 14, 16 and 77).";
    }
    String code = line.substring(6, 13).strip();
    if (Icd10.normalize(code) == null) {
      return "\"" + code + "\" (columns 7–13) is not an ICD-10-CM code.";
    }
    char flag = line.charAt(14);
    if (flag != '0' && flag != '1') {
      return "the flag in column 15 is \"" + flag + "\"; it is 1 (valid for a claim) or 0 (a heading).";
    }
    if (line.substring(77).isBlank()) {
      return "the description (column 78 on) is empty.";
    }
    return null;
  }
}
