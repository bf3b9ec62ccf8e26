package com.quarterhour.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The history column of compliance.csv (format: src/test/resources/cases/README.md), e.g.
 * {@code ytd=2450.00 fee=97110:30.00 poc=2026-05-01/2026-05-05/2026-07-29 asst=1/0/30/0}.
 */
final class HistoryTokens {

  private HistoryTokens() {}

  static VisitHistory parse(String tokens, int lines, ScoringEngine engine) {
    long ytd = 0;
    Map<String, BigDecimal> fees = new HashMap<>();
    VisitHistory.PlanOfCare plan = null;
    int progress = 0;
    boolean report = false;
    VisitHistory.Authorization auth = null;
    AssistantMinutes assistants = null;
    int[] busy = null;
    if (!"-".equals(tokens.trim())) {
      for (String token : tokens.trim().split("\\s+")) {
        int eq = token.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException("'" + token + "' is not NAME=VALUE");
        }
        String value = token.substring(eq + 1);
        switch (token.substring(0, eq)) {
          case "ytd" -> ytd = Money.cents(new BigDecimal(value));
          case "fee" -> fees.put(value.substring(0, value.indexOf(':')), new BigDecimal(value.substring(value.indexOf(':') + 1)));
          case "poc" -> {
            String[] p = value.split("/");
            plan = new VisitHistory.PlanOfCare(LocalDate.parse(p[0]), date(p[1]), date(p[2]));
          }
          case "progress" -> progress = Integer.parseInt(value);
          case "report" -> report = "yes".equals(value);
          case "asst" -> {
            String[] a = value.split("/");
            assistants = (assistants == null ? AssistantMinutes.forLines(lines) : assistants)
                .line(Integer.parseInt(a[0]) - 1, Integer.parseInt(a[1]), Integer.parseInt(a[2]), Integer.parseInt(a[3]));
          }
          case "auth" -> {
            String[] a = value.split("/");
            auth = new VisitHistory.Authorization(null, Integer.parseInt(a[0]), Integer.parseInt(a[1]), null, null);
          }
          case "busy" -> {
            String[] spans = value.split(",");
            busy = new int[spans.length];
            for (int k = 0; k < spans.length; k++) {
              busy[k] = VisitInput.clockSpan(minute(spans[k].substring(0, 4)), minute(spans[k].substring(5)));
            }
          }
          default -> throw new IllegalArgumentException("unknown history token '" + token + "'");
        }
      }
    }
    return new VisitHistory(ytd, engine.fees(fees), plan, progress, report, auth, assistants, busy);
  }

  private static LocalDate date(String value) {
    return "-".equals(value) ? null : LocalDate.parse(value);
  }

  private static int minute(String hhmm) {
    return LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2))).toSecondOfDay() / 60;
  }
}
