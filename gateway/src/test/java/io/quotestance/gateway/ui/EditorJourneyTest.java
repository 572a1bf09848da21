package io.quotestance.gateway.ui;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.gateway.e2e.RunningServices;
import io.quotestance.gateway.e2e.E2e;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.startsWith;

/**
 * An editor's day in a real headless Chromium against the running system: the gateway serving the UI, the packaged
 * quotes-service and stance-service on their own databases. The seed is pasted and stored through the UI once.
 */
@QuarkusTest
@WithTestResource(RunningServices.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditorJourneyTest {

    private static final String TOKEN = E2e.TOKEN;
    private static final Map<String, String> NAMED_SPEAKERS = Map.of("Christophe Lemoine", "concern",
            "Andrii Yermak", "confirm", "Mark Rutte", "uncertain", "Dmitry Peskov", "deny",
            "Leif-Eric Easley", "concern");

    @TestHTTPResource("/")
    URL base;

    private Browser browser;
    private long seedId;

    /** Once per class; in a @BeforeEach because the test URL and the services' configuration are known only then. */
    @BeforeEach
    void pasteAndStoreTheSeed() throws IOException {
        if (browser != null) {
            return;
        }
        E2e.cleanData();
        browser = new Browser(base);
        browser.open("#/");
        browser.find("#token-input").sendKeys(TOKEN);
        browser.find("#token-save").click();
        browser.find("#token-forget");
        paste(resource("samples/seed-article.txt"));
        browser.find("#article-title").sendKeys("North Korea sends troops to Russia, Seoul says");
        browser.find("#article-outlet").sendKeys("Sample News");
        browser.find("#store-button").click();
        browser.await().until(d -> d.getCurrentUrl().matches(".*#/articles/\\d+$"));
        browser.waitIdle();
        seedId = Long.parseLong(browser.driver().getCurrentUrl().replaceAll(".*#/articles/", ""));
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void pastedSeedIsStoredAndTheBoardShowsTheFiveNamedSpeakersUnderTheirLabels() {
        browser.open("#/articles/" + seedId);
        assertThat(browser.find("h1.view-heading").getText()).isEqualTo("North Korea sends troops to Russia, Seoul says");
        NAMED_SPEAKERS.forEach((speaker, label) -> {
            WebElement group = browser.find(".board-group[data-label='" + label + "']");
            assertThat(group.findElements(By.cssSelector(".board-speaker")))
                    .as(speaker + " under " + label)
                    .anyMatch(item -> item.getText().startsWith(speaker));
        });
        JsonPath stored = given().get("/api/articles/{id}", seedId).then().statusCode(200).extract().jsonPath();
        assertThat(browser.all(".article-text a.q")).hasSize(stored.getList("quotes").size());
        assertThat(browser.find(".chart-figure svg").getAttribute("aria-label")).isEqualTo(String.format(
                "Quotes per label: confirm %d, deny %d, uncertain %d, concern %d",
                stored.getInt("stanceSummary.confirm"), stored.getInt("stanceSummary.deny"),
                stored.getInt("stanceSummary.uncertain"), stored.getInt("stanceSummary.concern")));
        browser.screenshot("article-board", true);
    }

    @Test
    void everyHighlightSitsOnItsQuoteAndCarriesItsLabelWord() {
        browser.open("#/articles/" + seedId);
        List<Map<String, Object>> quotes = given().get("/api/articles/{id}", seedId).then().extract().path("quotes");
        List<WebElement> marks = browser.all(".article-text a.q");
        for (Map<String, Object> quote : quotes) {
            @SuppressWarnings("unchecked")
            String label = (String) ((Map<String, Object>) quote.get("stance")).get("label");
            assertThat(marks).as((String) quote.get("text"))
                    .anyMatch(mark -> mark.findElement(By.cssSelector(".q-text")).getText().equals(quote.get("text"))
                            && mark.findElement(By.cssSelector(".q-tag")).getText().equalsIgnoreCase(label)
                            && mark.getAttribute("class").contains("q-" + label));
        }
    }

    @Test
    void ruttesQuoteOpensWithSpeakerDetailsAndItsEvidenceHighlighted() {
        browser.open("#/articles/" + seedId);
        mark("At this moment, our official position").click();
        WebElement detail = browser.find(".quote-detail");
        assertThat(detail.findElement(By.tagName("h3")).getText()).isEqualTo("Quote by Mark Rutte");
        assertThat(detail.findElement(By.cssSelector(".facts")).getText())
                .contains("NATO Secretary-General").contains("NATO").contains("said").contains("direct")
                .contains("uncertain");
        JsonPath rutte = given().queryParam("speaker", "Rutte").get("/api/quotes").then().statusCode(200)
                .extract().jsonPath();
        List<String> evidence = rutte.getList("items[0].stance.evidence.findAll { it.start != null }.text");
        assertThat(evidence).isNotEmpty();
        assertThat(detail.findElements(By.cssSelector(".detail-quote mark.evidence")))
                .extracting(WebElement::getText).containsExactlyInAnyOrderElementsOf(evidence);
        browser.reveal(".reading");
        browser.screenshot("quote-detail", false);
    }

    @Test
    void quoteOpensWithEnterFromTheKeyboard() {
        browser.open("#/articles/" + seedId);
        WebElement yermak = mark("It is definitely happening");
        browser.script("arguments[0].focus()", yermak);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.await().until(d -> d.findElements(By.cssSelector(".quote-detail h3")).stream()
                .anyMatch(heading -> heading.getText().equals("Quote by Andrii Yermak")));
        assertThat(browser.script("return document.activeElement.textContent")).isEqualTo("Quote by Andrii Yermak");
        assertThat(browser.driver().getCurrentUrl()).matches(".*#/articles/" + seedId + "/quotes/\\d+");
    }

    @Test
    void overriddenLabelIsKeptAfterReloadWithTheAutomaticLabelInTheHistory() {
        String quoteStart = "more North Korean troops are expected";
        String automatic = given().queryParam("q", quoteStart).get("/api/quotes").then().statusCode(200).extract()
                .path("items[0].stance.label");
        String chosen = "uncertain".equals(automatic) ? "concern" : "uncertain";
        browser.open("#/articles/" + seedId);
        mark(quoteStart).click();
        browser.find(".override-form");
        new Select(browser.find("#override-label")).selectByValue(chosen);
        browser.find("#override-note").sendKeys("Expected is not yet sent: the agency hedges.");
        browser.find(".override-form button[type='submit']").click();
        browser.await().until(d -> d.findElements(By.cssSelector(".detail-body .notice.success")).size() == 1);

        browser.driver().navigate().refresh();
        browser.waitIdle();
        WebElement detail = browser.find(".quote-detail");
        assertThat(detail.findElement(By.cssSelector(".facts")).getText()).contains(chosen + " set by an editor");
        WebElement history = browser.find(".history");
        browser.await().until(d -> !history.findElements(By.cssSelector(".history-list li")).isEmpty());
        assertThat(history.findElement(By.cssSelector(".automatic-label .badge")).getText()).isEqualTo(automatic);
        List<String> changes = history.findElements(By.cssSelector(".history-list li")).stream()
                .map(WebElement::getText).toList();
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0)).startsWith(chosen + " by alice").contains("Expected is not yet sent");
        assertThat(changes.get(1)).startsWith(automatic + " automatic");
        assertThat(mark(quoteStart).getAttribute("class")).contains("q-" + chosen);
        browser.reveal(".override");
        browser.screenshot("override-history", false);
    }

    @Test
    void searchingFakeNewsFindsPeskovsQuote() {
        browser.open("#/quotes");
        browser.find("#filter-q").sendKeys("fake news");
        browser.find(".search-form button[type='submit']").click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("#/quotes?q=fake+news"));
        browser.waitIdle();
        assertThat(browser.find("#results-heading").getText()).isEqualTo("1 quote");
        WebElement card = browser.find(".quote-card");
        assertThat(card.findElement(By.tagName("blockquote")).getText()).isEqualTo("another piece of fake news");
        assertThat(card.getText()).contains("deny").contains("Dmitry Peskov").contains("North Korea sends troops");
        browser.screenshot("search", false);
    }

    @Test
    void filtersCombineAndAnEmptySearchSaysSo() {
        browser.open("#/quotes?stance=deny");
        assertThat(browser.all(".quote-card")).isNotEmpty()
                .allMatch(card -> card.findElement(By.cssSelector(".badge")).getText().equals("deny"));
        browser.open("#/quotes?stance=confirm&q=fake+news");
        assertThat(browser.find(".state.empty").getText()).isEqualTo("No quotes match these filters.");
    }

    @Test
    void speakerPageListsTheirQuotesAndTheirStanceOverTime() {
        // An earlier article by the same speaker: the seed, without a date, counts from when it was stored.
        given().auth().oauth2(TOKEN).contentType("application/json").body(Map.of("title", "Kremlin on the reports",
                "publishedAt", "2024-11-02T08:00:00Z", "text", "Kremlin spokesman Dmitry Peskov said on Monday that "
                        + "the reports were “not something we can confirm or deny at this point.”"))
                .post("/api/articles").then().statusCode(201);
        browser.open("#/articles/" + seedId);
        browser.find(".board-group[data-label='deny']").findElement(By.linkText("Dmitry Peskov")).click();
        browser.await().until(d -> d.getCurrentUrl().matches(".*#/speakers/\\d+"));
        browser.waitIdle();
        assertThat(browser.find("h1.view-heading").getText()).isEqualTo("Dmitry Peskov");
        long id = speakerId("Peskov");
        String affiliation = given().get("/api/speakers/{id}", id).then().extract().path("affiliation");
        assertThat(browser.find(".facts").getText()).contains(affiliation);
        Map<String, String> labelByText = given().queryParam("speaker", id).get("/api/quotes").then().extract()
                .jsonPath().getMap("items.collectEntries { [it.text, it.stance.label] }");
        assertThat(labelByText).hasSize(2);
        List<WebElement> overTime = browser.all(".over-time li");
        assertThat(overTime).extracting(item -> item.findElement(By.tagName("a")).getText())
                .containsExactly("Kremlin on the reports", "North Korea sends troops to Russia, Seoul says");
        String earlierLabel = labelByText.entrySet().stream()
                .filter(quote -> !quote.getKey().equals("another piece of fake news"))
                .map(Map.Entry::getValue).findFirst().orElseThrow();
        assertThat(overTime.get(0).findElement(By.cssSelector(".badge")).getText()).isEqualTo(earlierLabel);
        assertThat(overTime.get(1).findElement(By.cssSelector(".badge")).getText()).isEqualTo("deny");
        assertThat(browser.all(".timeline circle")).hasSize(2);
        assertThat(browser.all(".quote-card blockquote")).extracting(WebElement::getText)
                .contains("another piece of fake news");
        browser.screenshot("speaker", true);
    }

    @Test
    void markupInAQuoteIsShownAsTextAndNeverRuns() {
        browser.open("#/");
        browser.find("#article-text")
                .sendKeys("“<img src=x onerror=alert(1)> is what they sent,” spokesman Tom Reed said.");
        browser.find("#article-title").sendKeys("<b>bold</b> title");
        browser.find("#store-button").click();
        browser.await().until(d -> d.getCurrentUrl().matches(".*#/articles/\\d+$"));
        browser.waitIdle();
        assertThat(browser.find("h1.view-heading").getText()).isEqualTo("<b>bold</b> title");
        assertThat(browser.find(".article-text a.q .q-text").getText())
                .isEqualTo("<img src=x onerror=alert(1)> is what they sent");
        browser.find(".article-text a.q").click();
        assertThat(browser.find(".detail-quote").getText()).contains("<img src=x onerror=alert(1)>");
        browser.open("#/quotes?q=onerror");
        assertThat(browser.find(".quote-card blockquote").getText())
                .isEqualTo("<img src=x onerror=alert(1)> is what they sent");
        assertThat(browser.all("img")).isEmpty();
        assertThat(browser.all("b")).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void analysingShowsHighlightsWithoutStoringAnything() {
        int before = given().get("/api/articles").then().extract().path("total");
        browser.open("#/");
        paste("France is worried. “We are deeply concerned by this,” foreign ministry spokesman Anne Roy said.");
        browser.find("#analyze-button").click();
        WebElement highlight = browser.find(".preview .article-text a.q");
        assertThat(highlight.findElement(By.cssSelector(".q-text")).getText())
                .isEqualTo("We are deeply concerned by this");
        highlight.click();
        assertThat(browser.find(".preview .quote-detail h3").getText()).isEqualTo("Quote by Anne Roy");
        assertThat(browser.all(".preview .override-form")).isEmpty();
        browser.screenshot("analyze", true);
        assertThat((int) given().get("/api/articles").then().extract().path("total")).isEqualTo(before);
    }

    @Test
    void storingWithoutATokenAsksForOneAndStoresNothing() {
        int before = given().get("/api/articles").then().extract().path("total");
        browser.open("#/");
        browser.find("#token-forget").click();
        try {
            paste("“Nothing to add,” spokesman Sam Lee said.");
            browser.find("#store-button").click();
            assertThat(browser.find(".analyze-form [role='alert']").getText()).contains("editor token");
            assertThat((Object) browser.script("return document.activeElement.id")).isEqualTo("token-input");
            assertThat(browser.driver().getCurrentUrl()).doesNotContain(TOKEN);
            assertThat((int) given().get("/api/articles").then().extract().path("total")).isEqualTo(before);
        } finally {
            browser.find("#token-input").sendKeys(TOKEN);
            browser.find("#token-save").click();
            browser.find("#token-forget");
        }
    }

    @Test
    void articleListLinksToTheStoredSeedAndTheTokenStaysInSessionStorageOnly() {
        given().get("/api/articles").then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("X-Frame-Options", "DENY");
        browser.open("#/articles");
        WebElement link = browser.find(".article-list")
                .findElement(By.linkText("North Korea sends troops to Russia, Seoul says"));
        assertThat(link.getAttribute("href")).endsWith("#/articles/" + seedId);
        assertThat(browser.script("return sessionStorage.getItem('quotestance.token')")).isEqualTo(TOKEN);
        assertThat(browser.script("return localStorage.length")).isEqualTo(0L);
        link.click();
        browser.await().until(d -> d.getCurrentUrl().endsWith("#/articles/" + seedId));
        browser.waitIdle();
        assertThat(browser.driver().getCurrentUrl()).doesNotContain(TOKEN);
    }

    @Test
    void unknownArticleShowsAnError() {
        browser.open("#/articles/999999999");
        assertThat(browser.find("[role='alert']").getText()).contains("There is no such article");
    }

    @Test
    void everyScreenFitsA360PixelWidePhoneWithoutSidewaysScrolling() {
        browser.emulateWidth(360, 780);
        try {
            for (String route : List.of("#/", "#/articles", "#/articles/" + seedId, "#/quotes?q=troops",
                    "#/speakers/" + speakerId("Rutte"))) {
                browser.open(route);
                if (route.startsWith("#/articles/")) {
                    mark("At this moment, our official position").click();
                    browser.find(".history-list");
                }
                assertThat(browser.script("return window.innerWidth")).isEqualTo(360L);
                assertThat((Long) browser.script("return document.documentElement.scrollWidth")).as(route)
                        .isLessThanOrEqualTo(360L);
            }
            browser.open("#/articles/" + seedId);
            browser.screenshot("phone-article", false);
        } finally {
            browser.stopEmulating();
        }
    }

    @Test
    void screensLoadWithoutConsoleErrorsUnderTheContentSecurityPolicy() {
        browser.consoleErrors();
        for (String route : List.of("#/", "#/articles", "#/articles/" + seedId, "#/quotes",
                "#/speakers/" + speakerId("Lemoine"))) {
            browser.open(route);
        }
        assertThat(browser.consoleErrors()).isEmpty();
        assertThat(browser.all("link[rel='stylesheet']")).hasSize(1);
        assertThat(browser.script("return getComputedStyle(document.querySelector('.site-header')).backgroundColor"))
                .isEqualTo("rgb(36, 41, 47)");
    }

    private WebElement mark(String textStart) {
        return browser.await().until(d -> d.findElements(By.cssSelector("a.q")).stream()
                .filter(mark -> mark.findElement(By.cssSelector(".q-text")).getText().startsWith(textStart))
                .findFirst().orElse(null));
    }

    /** Puts text in the article box as a paste would: at once, not key by key. */
    private void paste(String text) {
        WebElement box = browser.find("#article-text");
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'))", box, text);
    }

    private long speakerId(String name) {
        return given().queryParam("q", name).get("/api/speakers").then().statusCode(200).extract()
                .jsonPath().getLong("items[0].id");
    }


    private static String resource(String name) throws IOException {
        try (InputStream in = EditorJourneyTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
