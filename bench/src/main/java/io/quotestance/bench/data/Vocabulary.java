package io.quotestance.bench.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

import io.quotestance.bench.data.CorpusGenerator.ArticleText;
import io.quotestance.bench.data.CorpusGenerator.GeneratedQuote;
import io.quotestance.bench.data.CorpusGenerator.GeneratedSpeaker;

/** Words, names and outlets of the generated archive, and how they are drawn: a few often, most rarely. */
final class Vocabulary {

    private static final String[] FIRST_NAMES = ("Anna Ben Carla David Elena Farid Grace Hiro Ines Jonas Kofi Lena"
            + " Marta Nadia Omar Pilar Quentin Rosa Samir Tomas Ute Viktor Wen Xavier Yara Zofia Ahmed Bianca Chen"
            + " Dmitri Emma Felipe Greta Hassan Irina Jakub Kateryna Luis Maya Nils Olga Pedro Rania Sven Tariq"
            + " Valeria William Yusuf").split(" ");
    private static final String[] SURNAMES = ("Abbott Bauer Castillo Dubois Eriksen Fischer Garcia Haddad Ivanova"
            + " Jensen Kowalski Lindqvist Moreau Nakamura Okafor Petrov Quinn Rossi Schmidt Tanaka Ueda Varga"
            + " Weber Xu Yilmaz Zielinski Alvarez Becker Costa Dalton Evans Ferrari Gruber Hoffmann Iqbal Janssen"
            + " Keller Lambert Meyer Novak Olsen Park Reyes Santos Torres Novotny Walsh Young Ziegler Brennan"
            + " Carvalho Dimitrov Engel Fontaine Horvat Kaur Lopez Mendes Nguyen").split(" ");
    private static final String[] ROLES = ("minister spokesperson senator governor analyst professor chief executive"
            + " ambassador general director mayor economist researcher commissioner prosecutor lawyer").split(" ");
    private static final String[] BODIES = ("Ministry of Defence|Foreign Ministry|Central Bank|Supreme Court|"
            + "City Council|National Health Service|Energy Agency|Police Department|Electoral Commission|"
            + "Trade Union Federation|Chamber of Commerce|Institute for Strategic Studies|University of Lisbon|"
            + "World Food Programme|Red Cross|European Commission|Port Authority|Air Force|Navy|Parliament")
            .split("\\|");
    private static final String[] CUES = { "said", "told reporters", "added", "warned", "insisted", "wrote",
            "denied", "confirmed", "argued", "stressed", "noted", "claimed" };
    private static final String[] OUTLETS = { "Daily Ledger", "Morning Wire", "The Northern Post",
            "Coastal Herald", "Metro Times", "Global Dispatch", "The Evening Record", "Capital Observer" };
    // Which word follows which in real news copy, with repetitions: walking it writes sentences whose words and
    // word pairs are as common or as rare as in the news they were learnt from.
    private final Map<String, List<String>> followers = new HashMap<>();
    private final List<String> starts = new ArrayList<>();

    /** Learns the word chain from these texts (news articles; plain text). */
    Vocabulary(List<String> texts) {
        for (String text : texts) {
            String[] words = text.replaceAll("[\u201C\u201D\u2018\u2019\"()\\[\\]]", " ").trim().split("\\s+");
            for (int i = 0; i + 1 < words.length; i++) {
                String word = words[i];
                followers.computeIfAbsent(word, any -> new ArrayList<>()).add(words[i + 1]);
                if (Character.isUpperCase(word.charAt(0)) && (i == 0 || words[i - 1].endsWith("."))) {
                    starts.add(word);
                }
            }
        }
        if (starts.isEmpty()) {
            throw new IllegalArgumentException("no sentences to learn words from");
        }
    }

    /** Named speakers: mostly people with a role at a body, some organisations speaking as themselves. */
    List<GeneratedSpeaker> speakers(Random random, int count) {
        List<GeneratedSpeaker> speakers = new ArrayList<>(count);
        Set<String> taken = new HashSet<>();
        for (int i = 0; speakers.size() < count; i++) {
            if (i % 10 == 9) {
                String body = BODIES[random.nextInt(BODIES.length)] + " of " + SURNAMES[random.nextInt(SURNAMES.length)]
                        + "ia";
                if (taken.add(body)) {
                    speakers.add(new GeneratedSpeaker(body, body, "organization", null, null));
                }
                continue;
            }
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String name = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " "
                    + (random.nextInt(4) == 0 ? SURNAMES[random.nextInt(SURNAMES.length)] + "-" : "") + surname
                    + (taken.size() > 2000 ? " " + Integer.toString(taken.size(), 36).toUpperCase() : "");
            if (taken.add(name)) {
                speakers.add(new GeneratedSpeaker(name, name.substring(name.lastIndexOf(' ') + 1), "person",
                        ROLES[random.nextInt(ROLES.length)], BODIES[random.nextInt(BODIES.length)]));
            }
        }
        return speakers;
    }

    String outlet(SplittableRandom random) {
        return OUTLETS[random.nextInt(OUTLETS.length)];
    }

    /** An article whose paragraphs each hold one quote; the quote's offsets point at its text inside the article. */
    ArticleText article(SplittableRandom random, List<GeneratedSpeaker> speakers, int quotes) {
        StringBuilder text = new StringBuilder();
        String title = words(random, 6 + random.nextInt(5));
        text.append(title).append("\n\n");
        List<GeneratedQuote> generated = new ArrayList<>(quotes);
        for (int position = 0; position < quotes; position++) {
            text.append(words(random, 12 + random.nextInt(12))).append(". ");
            int speakerIndex = skewed(random, speakers.size());
            GeneratedSpeaker speaker = speakers.get(speakerIndex);
            String quote = words(random, 8 + random.nextInt(22));
            String label = skewedLabel(random);
            String cue = CUES[random.nextInt(CUES.length)];
            String type;
            int start;
            if (random.nextInt(3) == 0) {
                type = "indirect";
                text.append(speaker.name()).append(' ').append(cue).append(" that ");
                start = text.length();
                quote = Character.toLowerCase(quote.charAt(0)) + quote.substring(1);
                text.append(quote).append(".\n\n");
            } else {
                type = random.nextInt(8) == 0 ? "mixed" : "direct";
                text.append('\u201C');
                start = text.length();
                text.append(quote).append(",\u201D ").append(speaker.name()).append(' ').append(cue).append(".\n\n");
            }
            generated.add(new GeneratedQuote(speakerIndex, speaker.name(), quote, type, cue, start,
                    start + quote.length(), label));
        }
        return new ArticleText(title, text.toString().strip(), generated);
    }

    /** About {@code count} words along the chain from a sentence start, without the final full stop. */
    private String words(SplittableRandom random, int count) {
        StringBuilder words = new StringBuilder();
        String word = starts.get(random.nextInt(starts.size()));
        for (int i = 0; i < count; i++) {
            words.append(i == 0 ? "" : " ").append(word);
            List<String> next = followers.get(word);
            if (next == null) {
                break;
            }
            word = next.get(random.nextInt(next.size()));
        }
        String sentence = words.toString();
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    /** An index below {@code size}, small ones far more often: the top 1 % take about a fifth of the draws. */
    static int skewed(SplittableRandom random, int size) {
        double u = random.nextDouble();
        return (int) (size * u * u * u);
    }

    /**
     * Most quotes are uncertain. Every quote has a label: unlabelled ones would be labelled by the gateway's
     * reconciliation job in the middle of the measurements.
     */
    private static String skewedLabel(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 40 ? "uncertain" : draw < 65 ? "confirm" : draw < 85 ? "deny" : "concern";
    }

    private static String capitalised(String words) {
        if (words.isEmpty()) {
            return words;
        }
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
