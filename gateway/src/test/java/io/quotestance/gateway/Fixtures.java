package io.quotestance.gateway;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The downstream services' answers, shaped as docs/internal-api.md describes them. */
final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> speaker() {
        Map<String, Object> speaker = new LinkedHashMap<>();
        speaker.put("id", 3);
        speaker.put("name", "Christophe Lemoine");
        speaker.put("mention", "foreign ministry spokesman Christophe Lemoine");
        speaker.put("kind", "person");
        speaker.put("role", "foreign ministry spokesman");
        speaker.put("affiliation", "France");
        return speaker;
    }

    static Map<String, Object> storedQuote(long id, long articleId) {
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("id", id);
        quote.put("articleId", articleId);
        quote.put("text", "statement " + id + " is very worrying");
        quote.put("type", "direct");
        quote.put("cue", "said");
        quote.put("start", 100 + id);
        quote.put("end", 130 + id);
        quote.put("stanceLabel", "concern");
        quote.put("speaker", speaker());
        return quote;
    }

    static List<Map<String, Object>> storedQuotes(long articleId, long firstId, int count) {
        return LongStream.range(firstId, firstId + count).mapToObj(id -> storedQuote(id, articleId)).toList();
    }

    static Map<String, Object> storedArticle(long id, List<Map<String, Object>> quotes) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", id);
        article.put("url", "https://example.org/news/" + id);
        article.put("title", "Article " + id);
        article.put("outlet", "Example News");
        article.put("publishedAt", "2024-10-18T09:30:00Z");
        article.put("createdAt", "2024-10-18T10:02:11Z");
        article.put("contentHash", "9f86d081884c7d659a2feaa0c55ad015");
        article.put("quotes", quotes);
        return article;
    }

    static Map<String, Object> articleSummary(long id) {
        Map<String, Object> article = new LinkedHashMap<>(storedArticle(id, List.of()));
        article.remove("contentHash");
        article.remove("quotes");
        article.put("quoteCount", 6);
        return article;
    }

    static Map<String, Object> speakerSummary(long id) {
        Map<String, Object> speaker = new LinkedHashMap<>(speaker());
        speaker.put("id", id);
        speaker.remove("mention");
        speaker.put("aliases", List.of("Lemoine"));
        speaker.put("quoteCount", 4);
        speaker.put("stanceSummary", Map.of("confirm", 1, "deny", 2, "uncertain", 0, "concern", 1));
        return speaker;
    }

    static Map<String, Object> page(List<?> items, int page, int size, long total) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("items", items);
        result.put("page", page);
        result.put("size", size);
        result.put("total", total);
        return result;
    }

    static Map<String, Object> stance(String label, String source) {
        Map<String, Object> stance = new LinkedHashMap<>();
        stance.put("label", label);
        stance.put("confidence", 0.71);
        stance.put("scores", Map.of("confirm", 0.71, "deny", 0.04, "uncertain", 0.15, "concern", 0.10));
        stance.put("evidence", List.of(Map.of("text", "very worrying", "start", 12, "end", 25, "rule", "worry-cue")));
        stance.put("source", source);
        stance.put("modelVersion", "rules-1.0");
        return stance;
    }

    static Map<String, Object> label(long quoteId, String label, String source) {
        Map<String, Object> stored = new LinkedHashMap<>(stance(label, source));
        stored.put("quoteId", quoteId);
        stored.put("version", "human".equals(source) ? 2 : 1);
        stored.put("updatedAt", "2024-10-18T11:00:00Z");
        stored.put("editor", "human".equals(source) ? "alice" : null);
        stored.put("note", null);
        stored.put("automatic", stance("concern", "auto"));
        return stored;
    }

    static Map<String, Object> labels(List<Map<String, Object>> labels) {
        return Map.of("labels", labels);
    }

    static List<Map<String, Object>> labelsFor(List<Map<String, Object>> quotes, String label) {
        List<Map<String, Object>> labels = new ArrayList<>();
        for (Map<String, Object> quote : quotes) {
            labels.add(label(((Number) quote.get("id")).longValue(), label, "auto"));
        }
        return labels;
    }

    static Map<String, Object> problem(int status, String field, String message) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Bad Request");
        problem.put("status", status);
        problem.put("detail", "org.hibernate.exception.ConstraintViolationException: could not execute statement");
        problem.put("instance", "/articles");
        problem.put("violations", List.of(Map.of("field", field, "message", message)));
        return problem;
    }
}
