package com.quarterhour.claims;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a payer's adjustment and remark codes mean, in words, from the bundled table
 * (adjustment-codes.csv): group codes, claim adjustment reason codes (CARC) and remittance advice
 * remark codes (RARC). A code the table lacks is still shown, as its number.
 */
public final class AdjustmentCodes {

  private static final Map<String, String> MEANINGS = load();

  private AdjustmentCodes() {}

  /** "CO-50: Contractual obligation … — Non-covered service: not deemed a medical necessity by the payer". */
  public static String adjustment(String group, String reason) {
    String groupMeaning = MEANINGS.get("GROUP," + group);
    String reasonMeaning = MEANINGS.get("CARC," + reason);
    return group + "-" + reason + ": " + (reasonMeaning != null ? reasonMeaning : "reason code " + reason + " (not in Quarterhour's table)")
        + (groupMeaning != null ? " (" + groupMeaning.split(":")[0].toLowerCase(java.util.Locale.ROOT) + ")" : "");
  }

  /**
   * The payer's reasons as every screen shows them: each adjustment with its amount ("$12.00 CO-45:
   * …"), then each remark code in words.
   */
  public static List<String> inWords(List<ClaimAdjustment> adjustments, List<String> remarks) {
    List<String> words = new java.util.ArrayList<>(adjustments.size() + remarks.size());
    adjustments.forEach(a -> words.add(com.quarterhour.rules.Money.usd(a.getAmountCents()) + " " + adjustment(a.getGroupCode(), a.getReasonCode())));
    remarks.forEach(r -> words.add(remark(r)));
    return List.copyOf(words);
  }

  /** "N115: This decision was based on a Local Coverage Determination (LCD)". */
  public static String remark(String code) {
    String meaning = MEANINGS.get("RARC," + code);
    return code + ": " + (meaning != null ? meaning : "remark code not in Quarterhour's table");
  }

  private static Map<String, String> load() {
    Map<String, String> meanings = new HashMap<>();
    try (InputStream in = AdjustmentCodes.class.getResourceAsStream("adjustment-codes.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split(",", 3);
        meanings.put(parts[0] + "," + parts[1], parts[2]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("adjustment-codes.csv cannot be read", e);
    }
    return Map.copyOf(meanings);
  }
}
