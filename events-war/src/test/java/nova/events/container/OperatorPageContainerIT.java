package nova.events.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import nova.platform.events.CloudEvent;
import nova.platform.events.EventConsumer;
import nova.testsupport.Deployments;
import nova.testsupport.Events;
import nova.testsupport.Http;
import nova.testsupport.InContainer;
import nova.testsupport.LibertyServer;
import nova.testsupport.Local;
import nova.testsupport.TopicReader;
import nova.testsupport.Topics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The operator's page in a real browser: Debian's headless chromium, driven by Selenium through Debian's
 * chromedriver, against this WAR alone on its test server (real PostgreSQL and broker). The test signs in as the
 * operator, sees the picture of the contexts, an event it sent appear in the log with its trace followed, and a
 * dead letter it caused listed and replayed with the page's button (the event is back on its topic). Screenshots:
 * {@code target/operator-page/*.png}, taken after the sign-in form is cleared (no password in them).
 */
@InContainer
class OperatorPageContainerIT {

    static final Path SCREENSHOTS = Path.of("target", "operator-page");
    static final Duration WAIT = Duration.ofSeconds(60);

    private WebDriver browser;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.war();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Local.env("NOVA_CHROMIUM", "/usr/bin/chromium"));
        // --no-sandbox: the tests may run as root (CI containers), where chromium's sandbox refuses to start
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,2200",
                "--disable-gpu", "--no-first-run", "--password-store=basic");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Local.env("NOVA_CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOperatorSignsInSeesLiveDataAndReplaysADeadLetterWithTheButton() throws Exception {
        String topic = Topics.create("nova.it");
        try (TopicReader replays = new TopicReader(topic)) {
            browser.get(LibertyServer.base().resolve("/operator").toString());
            // the page redraws every 5 s: an element found a moment ago may be gone by the time it is read
            WebDriverWait wait = new WebDriverWait(browser, WAIT, Duration.ofMillis(250));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-form")));
            assertFalse(browser.findElement(By.id("console")).isDisplayed(), "nothing is shown before signing in");
            screenshot("1-sign-in");

            browser.findElement(By.id("user")).sendKeys(Local.adminUser());
            browser.findElement(By.id("password")).sendKeys(Local.adminPassword());
            browser.findElement(By.id("sign-in")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("console")));
            assertEquals("", browser.findElement(By.id("password")).getAttribute("value"), "the password field is cleared");
            assertEquals(Local.adminUser(), browser.findElement(By.id("who")).getText());

            // the picture: every context, with events' consumer group (nova.events.intake) reading the context topics
            wait.until(d -> d.findElements(By.cssSelector("#flow-svg g.node")).size() == 9);
            wait.until(d -> !d.findElements(By.cssSelector("#flow-svg g.edge[data-to='events']")).isEmpty());
            wait.until(d -> !d.findElements(By.cssSelector("#lag-rows tr[data-group='nova.events.intake']")).isEmpty());
            // the sagas section is drawn from the saga store's GET /sagas (none on a server without it: 404, empty)
            wait.until(d -> "true".equals(d.findElement(By.id("sagas")).getAttribute("data-loaded")));
            WebElement sagas = browser.findElement(By.id("sagas"));
            assertTrue(browser.findElement(By.id("sagas-empty")).isDisplayed()
                    || !sagas.findElements(By.cssSelector("#sagas-rows tr")).isEmpty(), sagas.getText());

            // live data: a dead letter and an event caused now appear without reloading the page
            CloudEvent original = CloudEvent.of("content", "content.post.created", "page-" + UUID.randomUUID(),
                    Json.createObjectBuilder().add("n", 1).build());
            CloudEvent letter = Events.deadLetter(original, topic, "nova.it.page", "content", "refused by the page test");
            Topics.send(EventConsumer.DEAD_LETTER_TOPIC, letter);
            String trace = Probes.traceId();
            CloudEvent probe = Probes.probe("media", "page-" + UUID.randomUUID(), Instant.now(), trace);
            Topics.send("nova.media", probe);

            By row = By.id("dl-" + letter.id());
            wait.until(ExpectedConditions.visibilityOfElementLocated(row));
            wait.until(d -> d.findElement(row).findElement(By.className("error-text")).getText()
                    .equals("refused by the page test"));
            wait.until(d -> d.findElement(By.cssSelector("#flow-svg g.node[data-context='media'] text")).getText()
                    .matches("media · [0-9.]+/min") && !d.findElement(By.cssSelector("#flow-svg g.node[data-context='media'] text"))
                    .getText().equals("media · 0/min"));
            screenshot("2-overview-with-dead-letter");

            // the log: the event by its subject, then its trace followed
            WebElement subject = browser.findElement(By.id("ev-subject"));
            subject.clear();
            subject.sendKeys(probe.subject());
            By logged = By.cssSelector("#ev-rows tr[data-id='" + probe.id() + "']");
            wait.until(d -> {
                d.findElement(By.id("ev-search")).click();
                return !d.findElements(logged).isEmpty();
            });
            browser.findElement(logged).findElement(By.cssSelector("button.trace")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trace")));
            assertEquals(trace, browser.findElement(By.id("trace-id")).getText());
            List<WebElement> steps = browser.findElements(By.cssSelector("#trace-steps li"));
            assertEquals(1, steps.size());
            assertEquals("media", steps.get(0).getAttribute("data-context"));
            screenshot("3-event-log-and-trace");

            // the catalogue lists the declared types, with events' group among the consumers
            By banned = By.cssSelector("#cat-rows tr[data-type='user.banned']");
            wait.until(d -> {
                d.findElement(By.id("cat-reload")).click();
                return d.findElements(banned).stream().anyMatch(r -> r.getText().contains("nova.events.intake"));
            });

            // replay with the button: the letter leaves the pending list, the event is back on its topic
            wait.until(d -> {
                d.findElement(row).findElement(By.cssSelector("button.replay")).click();
                return true;
            });
            wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
            assertTrue(browser.findElement(By.id("dl-outcome")).getText().contains(letter.id().toString()));
            replays.awaitAll(List.of(original), Duration.ofSeconds(30));
            HttpResponse<String> stored = Http.to(LibertyServer.base()).asOperator().get("/dead-letters/" + letter.id());
            assertEquals("replayed", Http.json(stored).getString("status"));
            assertEquals(Local.adminUser(), Http.json(stored).getString("resolvedBy"));
            screenshot("4-replayed");
        } finally {
            Topics.delete(topic);
        }
    }

    @Test
    void thePageIsServedWithAStrictPolicyAndItsDataNeedsTheOperator() {
        Http anonymous = Http.to(LibertyServer.base());
        HttpResponse<String> page = anonymous.get("/operator");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertEquals(200, anonymous.get("/operator/operator.js").statusCode());
        assertEquals(404, anonymous.get("/operator/server.xml").statusCode());
        assertEquals(401, anonymous.get("/operator/overview").statusCode());
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
