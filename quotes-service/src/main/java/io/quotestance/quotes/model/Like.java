package io.quotestance.quotes.model;

/** LIKE patterns that treat the user's {@code %}, {@code _} and {@code \} literally (escape character {@code \}). */
public final class Like {

    private Like() {
    }

    public static String containing(String fragment) {
        return "%" + fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
