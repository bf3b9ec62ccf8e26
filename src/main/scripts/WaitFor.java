import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until every URL answers with a status below 400 (redirects are not followed, so a login
 * redirect counts as "up"). Usage: java WaitFor.java TIMEOUT_SECONDS URL... ; exit 1 on timeout.
 * Plain Java so the scripts need nothing beyond the JDK.
 */
public class WaitFor {
  public static void main(String[] args) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(Long.parseLong(args[0])).toNanos();
    HttpClient http =
        HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    for (int i = 1; i < args.length; i++) {
      while (!up(http, args[i])) {
        if (System.nanoTime() > deadline) {
          System.err.println("timed out waiting for " + args[i]);
          System.exit(1);
        }
        Thread.sleep(500);
      }
    }
  }

  private static boolean up(HttpClient http, String url) {
    try {
      // Ask as a browser does: without text/html the portal takes the call for an API client (401);
      // JSON stays acceptable for Keycloak's endpoints.
      HttpRequest req =
          HttpRequest.newBuilder(URI.create(url))
              .header("Accept", "text/html,application/xhtml+xml,application/json;q=0.9,*/*;q=0.8")
              .timeout(Duration.ofSeconds(5))
              .build();
      return http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode() < 400;
    } catch (Exception e) {
      return false;
    }
  }
}
