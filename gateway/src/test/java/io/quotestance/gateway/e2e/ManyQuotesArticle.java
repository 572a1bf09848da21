package io.quotestance.gateway.e2e;

import java.util.List;

/** An article of many short paragraphs, each one quote of its own speaker: storing it takes a statement per quote. */
final class ManyQuotesArticle {

    /** How quotes-service's first insert of a quote starts on a connection (Hibernate's SQL for the quote entity). */
    static final String QUOTE_INSERT = "insert into quotes.quote (";

    private static final List<String> FIRST_NAMES = List.of("Anna", "Bruno", "Clara", "Dmitri", "Elena", "Farid");
    private static final List<String> LAST_NAMES = List.of("Berg", "Costa", "Novak", "Lindqvist", "Moreau");

    private ManyQuotesArticle() {
    }

    /** {@code quotes} paragraphs (at most 30, one speaker each) about {@code subject}. */
    static String text(String subject, int quotes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < quotes; i++) {
            String speaker = FIRST_NAMES.get(i % FIRST_NAMES.size()) + " " + LAST_NAMES.get(i / FIRST_NAMES.size());
            text.append("“The ").append(subject).append(" will be ready in week ").append(i + 1)
                    .append(",” engineer ").append(speaker).append(" said.\n\n");
        }
        return text.toString();
    }
}
