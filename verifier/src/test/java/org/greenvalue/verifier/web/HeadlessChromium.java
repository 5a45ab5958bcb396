package org.greenvalue.verifier.web;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.greenvalue.service.testing.TestDirectories;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium through /usr/bin/chromedriver, for the web page tests. */
final class HeadlessChromium {

  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  private HeadlessChromium() {}

  /** A browser with a fresh profile, 1280 × 1800; fails the test when Chromium is missing. */
  static ChromeDriver start() throws IOException {
    if (!Files.isExecutable(CHROMEDRIVER) || !Files.isExecutable(CHROMIUM)) {
      fail(
          "the web page tests need Debian's chromium and chromium-driver ("
              + CHROMIUM
              + ", "
              + CHROMEDRIVER
              + "): apt-get install chromium chromium-driver (.ci/run installs them)");
    }
    Path profile = TestDirectories.create("verifier-chromium");
    // given explicitly, so Selenium Manager never looks for or downloads a driver or browser
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--user-data-dir=" + profile,
        "--window-size=1280,1800");
    var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile());
    var browser = new ChromeDriver(service.build(), options);
    browser.manage().window().setSize(new Dimension(1280, 1800));
    return browser;
  }
}
