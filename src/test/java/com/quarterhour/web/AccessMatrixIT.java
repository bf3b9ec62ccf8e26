package com.quarterhour.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.quarterhour.testsupport.PortalClient;
import com.quarterhour.testsupport.TestDatabase;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every page of the portal requested by every role and by nobody, each answer compared with what
 * web.xml's security constraints say it must be; then every page that takes a visit id asked for
 * somebody else's visit. The pages are read from src/main/webapp, so a new page is in the matrix
 * without anyone adding it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

  private static final Path WEBAPP = Path.of("src/main/webapp");
  /** Demo users and their one realm role. */
  private static final Map<String, String> USERS = Map.of(
      "therapist1", "therapist", "coder1", "coder", "supervisor1", "supervisor", "admin1", "admin");

  private static List<Constraint> constraints;
  private static final Map<String, PortalClient> clients = new LinkedHashMap<>();

  /** A security constraint: its URL patterns and roles (null: no auth-constraint, open to all). */
  private record Constraint(List<String> patterns, Set<String> roles) {}

  @BeforeAll
  static void readConstraintsAndSignIn() throws Exception {
    constraints = constraints(WEBAPP.resolve("WEB-INF/web.xml"));
    for (String user : USERS.keySet()) {
      clients.put(user, PortalClient.loggedIn(user));
    }
  }

  @Test
  void everyPageAnswersEveryRoleAsWebXmlSays() throws Exception {
    List<String> pages = pages();
    assertThat(pages).contains("/visit.xhtml", "/coder/index.xhtml", "/admin/index.xhtml", "/session-ended.html");
    List<String> cells = new ArrayList<>();
    for (String page : pages) {
      Set<String> required = requiredRoles(page);
      for (Map.Entry<String, String> user : USERS.entrySet()) {
        HttpResponse<String> answer = clients.get(user.getKey()).get(page);
        boolean allowed = required == null || required.contains("**") || required.contains(user.getValue());
        String cell = page + " as " + user.getKey() + " → " + answer.statusCode();
        cells.add(cell);
        if (allowed) {
          assertThat(answer.statusCode()).as(cell).isIn(200, 302);
          if (answer.statusCode() == 302) {
            String location = answer.headers().firstValue("Location").orElse("");
            assertThat(location.startsWith("/") || location.startsWith(PortalClient.PORTAL + "/")).as(cell + " to " + location).isTrue();
          }
        } else {
          assertThat(answer.statusCode()).as(cell).isEqualTo(403);
          assertThat(answer.body()).as(cell).contains("error-403");
        }
      }
      HttpResponse<String> anonymous = PortalClient.anonymous().get(page);
      String cell = page + " as nobody → " + anonymous.statusCode();
      cells.add(cell);
      if (required == null) {
        assertThat(anonymous.statusCode()).as(cell).isEqualTo(200);
      } else {
        // Not signed in: off to Keycloak's login, never the page.
        assertThat(anonymous.statusCode()).as(cell).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).as(cell).contains("/realms/quarterhour/protocol/openid-connect/auth");
      }
    }
    assertThat(cells).hasSize(pages.size() * (USERS.size() + 1));
  }

  @Test
  void theSiteIconNeedsNoLoginSoABrowsersOwnRequestForItStartsNone() throws Exception {
    HttpResponse<String> icon = PortalClient.anonymous().get("/favicon.ico");
    assertThat(icon.statusCode()).isEqualTo(200);
    assertThat(icon.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/"));
    // No redirect to Keycloak and no login state cookie that would replace the one of the user's own login.
    assertThat(icon.headers().firstValue("Location")).isEmpty();
    assertThat(icon.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.toLowerCase(Locale.ROOT).contains("state"));
  }

  @Test
  void aTherapistCannotOpenAnotherTherapistsVisitByItsNumber() throws Exception {
    long visit = visitOf("therapist1");
    String patient = patientOf(visit);
    PortalClient therapist2 = PortalClient.loggedIn("therapist2");

    HttpResponse<String> page = therapist2.get("/visit.xhtml?id=" + visit);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("id=\"not-found\"").doesNotContain(patient);

    HttpResponse<String> edit = therapist2.get("/therapist/visit.xhtml?id=" + visit);
    assertThat(edit.body()).contains("Visit " + visit + " is not one of your visits.").doesNotContain(patient);

    // The owner and the coder do see it: the refusal above is about who asks, not a broken page.
    assertThat(clients.get("therapist1").get("/visit.xhtml?id=" + visit).body()).contains(patient);
    assertThat(clients.get("coder1").get("/visit.xhtml?id=" + visit).body()).contains(patient);
  }

  @Test
  void aVisitNumberThatIsNotANumberIsExplainedNotAnError() throws Exception {
    HttpResponse<String> page = clients.get("coder1").get("/visit.xhtml?id=x1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Visit: the id must be a number.");
  }

  @Test
  void pagesCarryTheSecurityHeadersAndTheSessionCookieIsLax() throws Exception {
    HttpResponse<String> page = clients.get("coder1").get("/coder/index.xhtml");
    assertThat(page.headers().allValues("Content-Security-Policy"))
        .anySatisfy(p -> assertThat(p).contains("frame-ancestors 'none'"))
        .anySatisfy(p -> assertThat(p).contains("script-src 'self' 'nonce-"));
    assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    // Plain http here: no HSTS, no Secure flag.
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();

    HttpResponse<String> first = PortalClient.anonymous().get("/coder/index.xhtml");
    assertThat(first.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
        .allSatisfy(c -> assertThat(c).contains("HttpOnly").containsIgnoringCase("SameSite=Lax").doesNotContain("Secure"));
    assertThat(first.headers().firstValue("X-Frame-Options")).hasValue("DENY");
  }

  /** Every page under src/main/webapp that a browser may ask for (not WEB-INF, not resources). */
  private static List<String> pages() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(Files::isRegularFile)
          .map(p -> "/" + WEBAPP.relativize(p).toString().replace('\\', '/'))
          .filter(p -> !p.startsWith("/WEB-INF/") && !p.startsWith("/resources/") && !p.startsWith("/META-INF/"))
          .filter(p -> p.endsWith(".xhtml") || p.endsWith(".html"))
          .sorted()
          .toList();
    }
  }

  /** The roles the servlet container demands for a path: exact pattern first, then the longest prefix. */
  private static Set<String> requiredRoles(String path) {
    Constraint best = null;
    int bestLength = -1;
    for (Constraint c : constraints) {
      for (String pattern : c.patterns()) {
        int length;
        if (pattern.equals(path)) {
          length = Integer.MAX_VALUE;
        } else if (pattern.endsWith("/*") && (path.startsWith(pattern.substring(0, pattern.length() - 1)) || pattern.equals("/*"))) {
          length = pattern.length();
        } else {
          continue;
        }
        if (length > bestLength) {
          best = c;
          bestLength = length;
        }
      }
    }
    return best == null ? null : best.roles();
  }

  private static List<Constraint> constraints(Path webXml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(webXml.toFile());
    NodeList list = doc.getElementsByTagNameNS("*", "security-constraint");
    List<Constraint> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      Element c = (Element) list.item(i);
      List<String> patterns = texts(c, "url-pattern");
      NodeList auth = c.getElementsByTagNameNS("*", "auth-constraint");
      Set<String> roles = auth.getLength() == 0 ? null : new HashSet<>(texts((Element) auth.item(0), "role-name"));
      out.add(new Constraint(patterns, roles));
    }
    return out;
  }

  private static List<String> texts(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagNameNS("*", tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().trim());
    }
    return out;
  }

  private static long visitOf(String therapist) throws Exception {
    try (Connection c = database();
        PreparedStatement s = c.prepareStatement(
            "select v.id from visit v join clinician c on c.id = v.clinician_id where c.username = ? order by v.id limit 1")) {
      s.setString(1, therapist);
      try (ResultSet r = s.executeQuery()) {
        assertThat(r.next()).as("a visit of " + therapist).isTrue();
        return r.getLong(1);
      }
    }
  }

  private static String patientOf(long visit) throws Exception {
    try (Connection c = database();
        PreparedStatement s = c.prepareStatement("select p.last_name from visit v join patient p on p.id = v.patient_id where v.id = ?")) {
      s.setLong(1, visit);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getString(1);
      }
    }
  }

  private static Connection database() throws Exception {
    return TestDatabase.connectAsTheServer();
  }

}
