package io.quotestance.gateway.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quotestance.gateway.e2e.E2e;
import io.quotestance.gateway.e2e.RunningServices;

/**
 * The editor's screens while stance-service is unreachable, in headless Chromium against the real quotes-service: the
 * quotes are still there, and every screen says plainly that their labels are missing rather than show none.
 */
@QuarkusTest
@WithTestResource(value = RunningServices.class,
        initArgs = @ResourceArg(name = RunningServices.STANCE_ARGUMENT, value = "down"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DegradedStanceJourneyTest {

    private static final String TEXT = "“The ferry will run again on Monday,” harbour master Lina Berg said on Friday.";

    @TestHTTPResource("/")
    URL base;

    private Browser browser;
    private long articleId;

    /** Once per class; in a @BeforeEach because the test URL is known only then. */
    @BeforeEach
    void storeAnArticleWhileStanceIsDown() {
        if (browser != null) {
            return;
        }
        E2e.cleanData();
        articleId = E2e.storeArticle(Map.of("text", TEXT, "title", "Ferry returns")).jsonPath().getLong("id");
        browser = new Browser(base);
    }

    @AfterAll
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void articleShowsItsQuoteHighlightedAndSaysStanceIsUnavailable() {
        browser.open("#/articles/" + articleId);
        assertThat(browser.find(".notice.warn").getText()).startsWith("Stance unavailable.");
        WebElement highlight = browser.find("a.q");
        assertThat(highlight.findElement(By.cssSelector(".q-text")).getText())
                .startsWith("The ferry will run again on Monday");
    }

    @Test
    void quoteSearchListsTheQuoteAndSaysStanceIsUnavailable() {
        browser.open("#/quotes");
        assertThat(browser.find(".notice.warn").getText()).startsWith("Stance unavailable.");
        assertThat(browser.all(".quote-card")).hasSize(1);
        assertThat(browser.find(".quote-card").findElement(By.tagName("blockquote")).getText())
                .startsWith("The ferry will run again on Monday");
    }
}
