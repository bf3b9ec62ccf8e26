package com.quarterhour.api;

import com.quarterhour.rules.Finding;
import java.util.List;

/** Units per line, the explanation and the findings, as the API returns them. */
public record ScoreResponse(List<LineUnits> lines, int totalUnits, String explanation, List<Finding> findings) {

  public record LineUnits(int line, String code, int units) {}
}
