package com.quarterhour.dashboard.web;

import com.quarterhour.dashboard.service.DashboardFigures.Figure;
import java.util.List;

/** Chart.js configurations for p:chart, written as JSON (PrimeFaces 15 takes the raw configuration). */
final class ChartJson {

  private ChartJson() {}

  /**
   * A bar chart of one series.
   *
   * @param horizontal bars left to right, for long labels such as finding ids
   */
  static String bar(String seriesLabel, List<Figure> figures, String color, boolean horizontal) {
    StringBuilder labels = new StringBuilder();
    StringBuilder values = new StringBuilder();
    for (Figure f : figures) {
      labels.append(labels.length() == 0 ? "" : ",").append(quote(f.label()));
      values.append(values.length() == 0 ? "" : ",").append(f.text());
    }
    String valueAxis = horizontal ? "x" : "y";
    return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[{\"label\":" + quote(seriesLabel)
        + ",\"data\":[" + values + "],\"backgroundColor\":" + quote(color) + "}]},\"options\":{"
        + (horizontal ? "\"indexAxis\":\"y\"," : "")
        + "\"maintainAspectRatio\":false,\"animation\":false,\"plugins\":{\"legend\":{\"display\":false}},"
        + "\"scales\":{\"" + valueAxis + "\":{\"beginAtZero\":true}}}}";
  }

  /** One stack of a stacked bar chart: its label, color and a value per category. */
  record Stack(String label, String color, double[] values) {}

  /** A stacked bar chart: a bar per category, each stack one color (dollars on the value axis). */
  static String stackedBar(List<String> categories, List<Stack> stacks) {
    StringBuilder labels = new StringBuilder();
    for (String c : categories) {
      labels.append(labels.length() == 0 ? "" : ",").append(quote(c));
    }
    StringBuilder datasets = new StringBuilder();
    for (Stack stack : stacks) {
      StringBuilder values = new StringBuilder();
      for (double v : stack.values()) {
        values.append(values.length() == 0 ? "" : ",").append(String.format(java.util.Locale.ROOT, "%.2f", v));
      }
      datasets.append(datasets.length() == 0 ? "" : ",").append("{\"label\":").append(quote(stack.label()))
          .append(",\"data\":[").append(values).append("],\"backgroundColor\":").append(quote(stack.color())).append('}');
    }
    return "{\"type\":\"bar\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]},\"options\":{"
        + "\"maintainAspectRatio\":false,\"animation\":false,"
        + "\"scales\":{\"x\":{\"stacked\":true},\"y\":{\"stacked\":true,\"beginAtZero\":true}}}}";
  }

  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '<' -> out.append("\\u003c"); // never close a script element
        default -> {
          if (ch < 0x20) {
            out.append(String.format("\\u%04x", (int) ch));
          } else {
            out.append(ch);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
