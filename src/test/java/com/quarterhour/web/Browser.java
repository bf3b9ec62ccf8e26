package com.quarterhour.web;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: Selenium Manager never runs,
 * nothing is downloaded. A fresh profile per browser, so no login leaks between tests.
 */
final class Browser implements AutoCloseable {

  static final String PORTAL = "http://127.0.0.1:" + System.getProperty("qh.http.port", "8080");

  final WebDriver driver;
  final WebDriverWait wait;

  Browser() {
    this(null);
  }

  /** A browser that saves downloads, without asking, into the given directory. */
  Browser(java.nio.file.Path downloads) {
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + tempProfile());
    if (downloads != null) {
      options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
          "download.prompt_for_download", false, "safebrowsing.enabled", false));
    }
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    // AJAX updates replace table rows while a condition is being checked: look again.
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
  }

  private static String tempProfile() {
    try {
      File dir = Files.createTempDirectory("qh-chromium").toFile();
      dir.deleteOnExit();
      return dir.getAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the portal, signs in on Keycloak's own login page and waits to be back in the portal. */
  void login(String user) {
    driver.get(PORTAL + "/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
    driver.findElement(By.id("password")).sendKeys("demo");
    driver.findElement(By.id("kc-login")).click();
    try {
      wait.until(d -> d.getCurrentUrl().startsWith(PORTAL) && !d.findElements(By.id("user-name")).isEmpty());
    } catch (TimeoutException e) {
      // Say where the login got stuck: the page the browser shows is the first clue.
      String text = driver.findElement(By.tagName("body")).getText();
      throw new AssertionError(user + " was not back in the portal after the login; the browser shows " + driver.getCurrentUrl()
          + ": " + text.substring(0, Math.min(400, text.length())), e);
    }
    ready();
  }

  void open(String path) {
    driver.get(PORTAL + path);
    ready();
  }

  /** Waits until the page has loaded and PrimeFaces has set up its widgets. */
  void ready() {
    wait.until(
        d ->
            (Boolean)
                ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return document.readyState === 'complete' && !!window.PrimeFaces"));
  }

  String path() {
    return driver.getCurrentUrl().substring(PORTAL.length());
  }

  WebElement find(String id) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  String text(String id) {
    return find(id).getText();
  }

  /** HTTP status of a GET with the browser's own session (a page's status is invisible to Selenium). */
  long status(String path) {
    return (Long)
        ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0], {redirect: 'manual'}).then(r => done(r.status));",
                PORTAL + path);
  }

  /** Searches the patient by part of the name or MRN and picks the offered entry, as a therapist does. */
  void choosePatient(String typed, String label) {
    find("visit-form:patient_input").sendKeys(typed);
    wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//li[contains(@class,'ui-autocomplete-item') and normalize-space(.)='" + label + "']"))).click();
    wait.until(d -> d.findElement(By.id("visit-form:patient_input")).getAttribute("value").equals(label));
  }

  /**
   * Chooses an entry of a PrimeFaces select menu through its widget: clicking the animated overlay
   * proved flaky in headless Chromium, and the widget call fires the same change as a click.
   */
  void pick(String menuId, String label) {
    ((org.openqa.selenium.JavascriptExecutor) driver)
        .executeScript(
            "const w = PrimeFaces.getWidgetById(arguments[0]);"
                + "const o = Array.from(document.getElementById(arguments[0] + '_input').options)"
                + "  .find(o => o.text === arguments[1]);"
                + "w.selectValue(o.value);"
                // selectValue is silent; the select's change event runs the menu's AJAX (the live rescore).
                + "w.input.trigger('change');",
            menuId,
            label);
    wait.until(d -> d.findElement(By.id(menuId + "_label")).getText().equals(label));
  }

  /** Narrows the coder queue (open) to a visit number or patient, as a coder looks one up. */
  void searchQueue(String text) {
    WebElement search = find("queue-form:search");
    search.clear();
    search.sendKeys(text);
    WebElement before = find("queue-form:queue");
    find("queue-form:apply").click();
    wait.until(ExpectedConditions.stalenessOf(before)); // the filtered table replaced it
    wait.until(d -> {
      var ids = d.findElements(By.cssSelector("[id='queue-form:queue'] .visit-id"));
      return !ids.isEmpty() && ids.stream().allMatch(e -> !text.matches("\\d+") || e.getText().equals(text));
    });
  }

  /** The row of a visit in a table of visits; fails naming what the table shows when it is not there. */
  WebElement visitRow(String tableId, String visitId) {
    WebElement table = find(tableId);
    return table.findElements(By.cssSelector("tbody tr")).stream()
        .filter(r -> !r.findElements(By.className("visit-id")).isEmpty())
        .filter(r -> r.findElement(By.className("visit-id")).getText().equals(visitId))
        .findFirst()
        .orElseThrow(() -> new AssertionError("visit " + visitId + " is not listed in " + tableId + ":\n" + table.getText()));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
