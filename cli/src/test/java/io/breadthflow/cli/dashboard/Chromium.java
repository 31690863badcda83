package io.breadthflow.cli.dashboard;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Debian's Chromium driven by Playwright, headless, with the flags this machine's closed network
 * needs. Pages record their console errors and uncaught exceptions.
 */
final class Chromium implements AutoCloseable {
  static final Path EXECUTABLE = Path.of("/usr/bin/chromium");
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Playwright playwright;
  private final Browser browser;

  /** Launches Chromium with a new, empty profile (Playwright makes one per launch). */
  Chromium() {
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(EXECUTABLE)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  static boolean installed() {
    return Files.isExecutable(EXECUTABLE);
  }

  /** A page in a fresh context (no stored login), collecting console errors into {@code errors}. */
  Page page(List<String> errors, int width, int height) {
    Page page =
        browser
            .newContext(new Browser.NewContextOptions().setViewportSize(width, height))
            .newPage();
    page.onConsoleMessage(
        message -> {
          if (message.type().equals("error")) {
            errors.add(message.text());
          }
        });
    page.onPageError(error -> errors.add("uncaught: " + error));
    return page;
  }

  static List<String> errors() {
    return new CopyOnWriteArrayList<>();
  }

  /** Saves a full-page screenshot as target/screenshots/{name}.png. */
  static void screenshot(Page page, String name) {
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
  }

  /**
   * Pixels of the canvases inside {@code selector} within a small distance of the theme colour
   * {@code variable} (e.g. {@code up}): a chart drew its data there when this is large.
   */
  static int inkOf(Page page, String selector, String variable) {
    Object count =
        page.evaluate(
            "([selector, variable]) => {"
                + "  const probe = document.createElement('div');"
                + "  probe.style.color = getComputedStyle(document.documentElement)"
                + "    .getPropertyValue('--' + variable).trim() || variable;"
                + "  document.body.append(probe);"
                + "  const [r, g, b] = getComputedStyle(probe).color.match(/\\d+/g).map(Number);"
                + "  probe.remove();"
                + "  let ink = 0;"
                + "  for (const canvas of document.querySelectorAll(selector + ' canvas')) {"
                + "    if (!canvas.width || !canvas.height) continue;"
                + "    const data = canvas.getContext('2d')"
                + "      .getImageData(0, 0, canvas.width, canvas.height).data;"
                + "    for (let i = 0; i < data.length; i += 4) {"
                + "      if (data[i + 3] > 200 && Math.abs(data[i] - r) + Math.abs(data[i + 1] - g)"
                + "          + Math.abs(data[i + 2] - b) < 60) ink++;"
                + "    }"
                + "  }"
                + "  return ink;"
                + "}",
            List.of(selector, variable));
    return ((Number) count).intValue();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
