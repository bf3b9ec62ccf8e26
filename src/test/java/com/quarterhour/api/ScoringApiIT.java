package com.quarterhour.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.testsupport.ServiceAccount;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST /api/v1/score over HTTP with a real Keycloak service-account token. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScoringApiIT {

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static String token;

  @BeforeAll
  static void serviceAccountToken() throws Exception {
    token = ServiceAccount.token();
  }

  private static HttpResponse<String> post(String json, String bearer) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(ServiceAccount.PORTAL + "/api/v1/score"))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json, application/problem+json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void scoresAVisitWithUnitsExplanationAndFindings() throws Exception {
    HttpResponse<String> response =
        post(
            """
            {"dateOfService": "2026-06-01", "unitMethod": "cms", "medicare": true, "discipline": "PT",
             "lines": [{"code": "97110", "modifiers": ["GP"], "minutes": 33},
                       {"code": "97140", "minutes": 7}]}
            """,
            token);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body())
        .contains("\"totalUnits\":3")
        .contains("{\"code\":\"97110\",\"line\":1,\"units\":2}")
        .contains("{\"code\":\"97140\",\"line\":2,\"units\":1}")
        .contains("The 3rd unit goes to 97140")
        .contains("\"id\":\"MISSING_DISCIPLINE_MODIFIER\"")
        .contains("\"lines\":[2]");
  }

  @Test
  void namesEveryBadFieldWith400() throws Exception {
    HttpResponse<String> response =
        post(
            """
            {"dateOfService": "2026-13-01", "unitMethod": "weekly",
             "lines": [{"code": "9711", "minutes": -5},
                       {"code": "97150", "start": "10:00", "stop": "09:30"},
                       {"code": "97110", "modifiers": ["GP", "59", "XU", "KX", "CQ"], "minutes": 1500}]}
            """,
            token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body())
        .contains("\"field\":\"dateOfService\"")
        .contains("\"field\":\"unitMethod\"")
        .contains("\"field\":\"lines[0].code\"")
        .contains("Line 1: minutes -5 are fewer than 1.")
        .contains("Line 2: stop time 09:30 is not after start time 10:00.")
        .contains("Line 3: 5 modifiers given; a line carries at most 4.")
        .contains("Line 3: minutes 1500 are more than 480 (8 hours), the most one line carries.");
  }

  @Test
  void malformedJsonIsA400ProblemNotA500() throws Exception {
    HttpResponse<String> response = post("{\"dateOfService\": \"2026-06-01\", \"lines\": [", token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"title\":\"Malformed JSON\"").doesNotContain("Exception");
  }

  @Test
  void moreLinesThanAVisitHoldsAreA400NamingTheLines() throws Exception {
    String line = "{\"code\": \"97110\", \"modifiers\": [\"GP\"], \"minutes\": 8}";
    String lines = String.join(",", java.util.Collections.nCopies(21, line));
    HttpResponse<String> response =
        post("{\"dateOfService\": \"2026-06-01\", \"unitMethod\": \"cms\", \"lines\": [" + lines + "]}", token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"lines\"").contains("21 lines; a visit has at most 20");
  }

  @Test
  void aBodyOverSixtyFourKilobytesIsA400ProblemBeforeParsing() throws Exception {
    String padding = "x".repeat(70 * 1024);
    HttpResponse<String> response =
        post("{\"dateOfService\": \"2026-06-01\", \"note\": \"" + padding + "\", \"lines\": []}", token);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(response.body()).contains("\"title\":\"Request body too large\"").contains("64 KB");
  }

  @Test
  void aChunkedBodyOverTheLimitIsRefusedWhileReading() throws Exception {
    byte[] body = ("{\"dateOfService\": \"2026-06-01\", \"note\": \"" + "y".repeat(100 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(ServiceAccount.PORTAL + "/api/v1/score"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + token)
            // No length known in advance: the client sends the body chunked.
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)))
            .build();
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("Request body too large");
  }

  @Test
  void requestsWithoutATokenAreRefusedWith401() throws Exception {
    HttpResponse<String> response = post("{}", null);

    assertThat(response.statusCode()).isEqualTo(401);
  }
}
