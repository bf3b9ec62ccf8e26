package com.quarterhour.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bearer token of the development realm's integration client (client credentials), as an EHR or
 * a billing system calling the API gets one. The secret is the realm's labelled development one.
 */
public final class ServiceAccount {

  public static final String PORTAL = "http://127.0.0.1:8080";
  private static final String TOKEN_URL = "http://127.0.0.1:8180/realms/quarterhour/protocol/openid-connect/token";
  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

  private ServiceAccount() {}

  public static String token() throws IOException, InterruptedException {
    String form = "grant_type=client_credentials&client_id=quarterhour-ehr&client_secret="
        + URLEncoder.encode("dev-ehr-secret-not-for-production", StandardCharsets.UTF_8);
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(TOKEN_URL))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
    Matcher m = ACCESS_TOKEN.matcher(response.body());
    if (response.statusCode() != 200 || !m.find()) {
      throw new IllegalStateException("Keycloak gave no token (" + response.statusCode() + "): " + response.body());
    }
    return m.group(1);
  }
}
