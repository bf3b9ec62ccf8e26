package com.quarterhour.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A logged-in portal user over plain HTTP, for tests that ask many pages without a browser: signs
 * in on Keycloak's own login form as a browser does and keeps the cookies. Keycloak marks its
 * cookies Secure even on http://127.0.0.1, which Java's CookieManager then withholds; this jar
 * keeps cookies by name and sends them back on the loopback address, as Chromium does there.
 */
public final class PortalClient {

  public static final String PORTAL = "http://127.0.0.1:" + System.getProperty("qh.http.port", "8080");
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");
  private static final Pattern FORM_ACTION_FIRST = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*id=\"kc-form-login\"");

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
      .connectTimeout(Duration.ofSeconds(10)).build();
  private final Map<String, String> cookies = new LinkedHashMap<>();

  /** A client that has not signed in. */
  public static PortalClient anonymous() {
    return new PortalClient();
  }

  /** Signs in as a demo user (password "demo") and lands on the portal. */
  public static PortalClient loggedIn(String user) throws IOException, InterruptedException {
    return new PortalClient().signIn(user);
  }

  /**
   * Signs in as a demo user on one node of the cluster: the balancer's sticky cookie (QHNODE, see
   * src/main/scripts/cluster.sh) names the node, as if the balancer had chosen it.
   */
  public static PortalClient loggedInOn(String node, String user) throws IOException, InterruptedException {
    PortalClient client = new PortalClient();
    client.cookies.put("QHNODE", node);
    return client.signIn(user);
  }

  private PortalClient signIn(String user) throws IOException, InterruptedException {
    PortalClient client = this;
    HttpResponse<String> login = client.follow(client.get("/"));
    String action = loginAction(login.body());
    String form = "username=" + enc(user) + "&password=demo&credentialId=";
    HttpResponse<String> back = client.follow(client.send(HttpRequest.newBuilder(URI.create(action))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form))));
    if (back.statusCode() != 200 || !back.uri().toString().startsWith(PORTAL)) {
      throw new IOException("login as " + user + " ended at " + back.uri() + " with " + back.statusCode());
    }
    return client;
  }

  private static String loginAction(String page) throws IOException {
    Matcher m = FORM_ACTION.matcher(page);
    if (!m.find()) {
      m = FORM_ACTION_FIRST.matcher(page);
      if (!m.find()) {
        throw new IOException("no Keycloak login form in the page");
      }
    }
    return m.group(1).replace("&amp;", "&");
  }

  /** GET a portal path (or an absolute URL) without following redirects. */
  public HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
    String url = pathOrUrl.startsWith("http") ? pathOrUrl : PORTAL + pathOrUrl;
    return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html,application/xhtml+xml").GET());
  }

  /** POST a form to a portal path, as a page's AJAX or plain submit would. */
  public HttpResponse<String> post(String path, Map<String, String> form, Map<String, String> headers)
      throws IOException, InterruptedException {
    String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(PORTAL + path))
        .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request);
  }

  /** Follows redirects by hand, so every hop's cookies are kept. */
  public HttpResponse<String> follow(HttpResponse<String> response) throws IOException, InterruptedException {
    HttpResponse<String> current = response;
    for (int hops = 0; hops < 10 && current.statusCode() / 100 == 3; hops++) {
      String location = current.headers().firstValue("Location").orElseThrow();
      current = get(current.uri().resolve(location).toString());
    }
    return current;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    List<String> set = response.headers().allValues("Set-Cookie");
    for (String cookie : set) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      if (value.isEmpty() || value.equals("\"\"") || cookie.toLowerCase().contains("max-age=0")) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    return response;
  }

  /** The value of a cookie the portal or Keycloak set, or null. */
  public String cookie(String name) {
    return cookies.get(name);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
