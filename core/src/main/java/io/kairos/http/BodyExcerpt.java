package io.kairos.http;

/** The start of an error body, on one line, for messages about answers that are not the expected JSON. */
public final class BodyExcerpt {

    private static final int LENGTH = 200;

    private BodyExcerpt() {
    }

    /** At most 200 characters of {@code body} with whitespace runs collapsed; {@code empty} for none. */
    public static String of(String body) {
        String flat = body == null ? "" : body.strip().replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "empty";
        }
        return flat.length() <= LENGTH ? flat : flat.substring(0, LENGTH) + "...";
    }
}
