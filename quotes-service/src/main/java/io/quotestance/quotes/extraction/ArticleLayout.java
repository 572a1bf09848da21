package io.quotestance.quotes.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs, quotation spans and sentences of an article, all as article offsets. Sentences never break inside
 * quotation marks, so a multi-sentence quote and its attribution stay in one sentence.
 */
final class ArticleLayout {

    /** A paragraph, its quotation spans and its sentences. */
    record Paragraph(int start, int end, List<QuotationSpan> quotations, List<Sentence> sentences) {

        boolean opensWithQuotation() {
            return !quotations.isEmpty() && quotations.get(0).open() == start;
        }

        boolean endsInsideQuotation() {
            return !quotations.isEmpty() && !quotations.get(quotations.size() - 1).closed();
        }
    }

    /** A sentence span inside a paragraph. */
    record Sentence(int start, int end, int paragraph) {
    }

    private static final String DOUBLE_OPENERS = "“«„";
    private static final String DOUBLE_CLOSERS = "”»";
    private static final String CLOSING_PUNCTUATION = "”»\"’')]";
    private static final String TERMINAL = ".!?…";

    private final List<Paragraph> paragraphs;

    private ArticleLayout(List<Paragraph> paragraphs) {
        this.paragraphs = List.copyOf(paragraphs);
    }

    List<Paragraph> paragraphs() {
        return paragraphs;
    }

    static ArticleLayout of(String text, Lexicon lexicon) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                List<QuotationSpan> quotations = closeUnbalanced(text, findQuotations(text, start, end),
                        nextParagraphOpensQuotation(text, lineEnd), lexicon);
                List<Sentence> sentences = splitSentences(text, start, end, quotations, paragraphs.size(), lexicon);
                paragraphs.add(new Paragraph(start, end, quotations, sentences));
            }
            lineStart = lineEnd + 1;
        }
        return new ArticleLayout(paragraphs);
    }

    /**
     * A paragraph that does not end like a sentence or a colon (a headline, a caption, a teaser cut off mid-word) is not
     * running text and holds no quotes, unless it is part of a quote running over several paragraphs.
     */
    static boolean isRunningText(String text, Paragraph paragraph) {
        if (paragraph.endsInsideQuotation()) {
            return true;
        }
        int last = paragraph.end() - 1;
        // « guillemets » are set off by spaces.
        while (last > paragraph.start() && (CLOSING_PUNCTUATION.indexOf(text.charAt(last)) >= 0
                || Character.isWhitespace(text.charAt(last)))) {
            last--;
        }
        // A paragraph ending in a colon introduces the quotation in the next one.
        return TERMINAL.indexOf(text.charAt(last)) >= 0 || text.charAt(last) == ':';
    }

    /**
     * Pairs quotation marks inside one paragraph. Typographic and guillemet marks pair by shape, straight double
     * quotes alternate, and single quotes only open at a word start and close before a non-letter, so that
     * apostrophes ({@code Ukraine’s}, {@code don't}) are never taken for marks. Marks nested inside an open double
     * quote belong to its content.
     */
    static List<QuotationSpan> findQuotations(String text, int from, int to) {
        List<QuotationSpan> spans = new ArrayList<>();
        int openAt = -1;
        boolean single = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (openAt < 0) {
                if (DOUBLE_OPENERS.indexOf(c) >= 0 || c == '"') {
                    openAt = i;
                    single = false;
                } else if ((c == '‘' || c == '\'') && opensWord(text, i, from, to)) {
                    openAt = i;
                    single = true;
                }
            } else if (single ? (c == '’' || c == '\'') && closesWord(text, i, to)
                    : DOUBLE_CLOSERS.indexOf(c) >= 0 || c == '"') {
                if (i > openAt + 1) {
                    spans.add(new QuotationSpan(openAt, openAt + 1, i, true));
                }
                openAt = -1;
            }
        }
        if (openAt >= 0 && !single && openAt + 1 < to) {
            spans.add(new QuotationSpan(openAt, openAt + 1, to, false));
        }
        return spans;
    }

    /**
     * A quotation left open in a paragraph that the next one does not continue is a missing closing mark: it ends at
     * the comma before its attribution ({@code “We are not asking for charity, said Miriam Kaya, a nurse.}).
     */
    private static List<QuotationSpan> closeUnbalanced(String text, List<QuotationSpan> spans, boolean continued,
            Lexicon lexicon) {
        if (spans.isEmpty() || continued || spans.get(spans.size() - 1).closed()) {
            return spans;
        }
        QuotationSpan open = spans.get(spans.size() - 1);
        for (int comma = text.indexOf(',', open.contentStart()); comma >= 0 && comma < open.contentEnd();
                comma = text.indexOf(',', comma + 1)) {
            if (attributionFollows(text, comma + 1, open.contentEnd(), lexicon)) {
                List<QuotationSpan> closed = new ArrayList<>(spans.subList(0, spans.size() - 1));
                closed.add(new QuotationSpan(open.open(), open.contentStart(), comma, true));
                return closed;
            }
        }
        return spans;
    }

    /** A reporting cue within the next four words, before any other punctuation. */
    private static boolean attributionFollows(String text, int from, int to, Lexicon lexicon) {
        List<Token> words = Token.tokenize(text, from, Math.min(to, from + 60));
        for (int i = 0; i < Math.min(words.size(), 4); i++) {
            Token word = words.get(i);
            if (!word.isWord()) {
                return false;
            }
            if (!word.isCapitalised() && lexicon.cue(word.text()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nextParagraphOpensQuotation(String text, int lineEnd) {
        int i = lineEnd + 1;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && (DOUBLE_OPENERS.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == '"');
    }

    private static boolean opensWord(String text, int i, int from, int to) {
        boolean startsWord = i == from || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
        return startsWord && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean closesWord(String text, int i, int to) {
        boolean afterWord = !Character.isWhitespace(text.charAt(i - 1));
        // "the hospitals' budgets": an apostrophe after a plural, before a lowercase word, is a possessive.
        boolean pluralPossessive = text.charAt(i - 1) == 's' && i + 2 < to && text.charAt(i + 1) == ' '
                && Character.isLowerCase(text.charAt(i + 2));
        return afterWord && !pluralPossessive && (i + 1 >= to || !Character.isLetter(text.charAt(i + 1)));
    }

    /**
     * Splits a paragraph after terminal punctuation (and any closing marks) that is followed by a capital, a digit
     * or an opening quote, except after abbreviations and initials and never inside a quotation.
     */
    static List<Sentence> splitSentences(String text, int from, int to, List<QuotationSpan> quotations,
            int paragraph, Lexicon lexicon) {
        List<Sentence> sentences = new ArrayList<>();
        int sentenceStart = from;
        int i = from;
        while (i < to) {
            QuotationSpan inside = spanContaining(quotations, i);
            if (inside != null) {
                int lastQuoted = inside.contentEnd() - 1;
                while (lastQuoted > inside.contentStart() && Character.isWhitespace(text.charAt(lastQuoted))) {
                    lastQuoted--;
                }
                boolean quoteEndsSentence = inside.closed() && inside.contentEnd() > inside.contentStart()
                        && TERMINAL.indexOf(text.charAt(lastQuoted)) >= 0;
                i = inside.end();
                if (quoteEndsSentence && startsNewSentence(text, i, to)) {
                    sentenceStart = addSentence(sentences, text, sentenceStart, i, paragraph);
                }
                continue;
            }
            char c = text.charAt(i);
            if (TERMINAL.indexOf(c) >= 0 && !(c == '.' && isAbbreviationDot(text, from, i, lexicon))) {
                int after = i + 1;
                while (after < to && CLOSING_PUNCTUATION.indexOf(text.charAt(after)) >= 0
                        && spanContaining(quotations, after) == null) {
                    after++;
                }
                if (after >= to || startsNewSentence(text, after, to)) {
                    sentenceStart = addSentence(sentences, text, sentenceStart, after, paragraph);
                    i = after;
                    continue;
                }
            }
            i++;
        }
        if (sentenceStart < to) {
            addSentence(sentences, text, sentenceStart, to, paragraph);
        }
        return sentences;
    }

    private static int addSentence(List<Sentence> sentences, String text, int start, int end, int paragraph) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start < end) {
            sentences.add(new Sentence(start, end, paragraph));
        }
        return end;
    }

    private static boolean startsNewSentence(String text, int at, int to) {
        if (at >= to || !Character.isWhitespace(text.charAt(at))) {
            return false;
        }
        int next = at;
        while (next < to && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return false;
        }
        char c = text.charAt(next);
        return Character.isUpperCase(c) || Character.isDigit(c) || DOUBLE_OPENERS.indexOf(c) >= 0 || c == '"'
                || c == '‘' || c == '\'';
    }

    private static boolean isAbbreviationDot(String text, int from, int dot, Lexicon lexicon) {
        int wordStart = dot;
        while (wordStart > from && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) {
            return false;
        }
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        return initial || lexicon.isAbbreviation(word);
    }

    static QuotationSpan spanContaining(List<QuotationSpan> spans, int offset) {
        for (QuotationSpan span : spans) {
            if (span.contains(offset)) {
                return span;
            }
        }
        return null;
    }
}
