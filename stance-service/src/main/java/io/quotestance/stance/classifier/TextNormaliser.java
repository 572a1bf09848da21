package io.quotestance.stance.classifier;

/**
 * Lower-cases text and unifies apostrophes without changing its length, so that offsets found in the normalised
 * text are offsets in the original.
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            // Per-char lower-casing: String.toLowerCase may change the length (e.g. 'İ').
            chars[i] = switch (c) {
                case '\u2019', '\u2018', '\u02BC', '`' -> '\'';
                default -> Character.toLowerCase(c);
            };
        }
        return new String(chars);
    }
}
