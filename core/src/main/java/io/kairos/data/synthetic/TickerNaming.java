package io.kairos.data.synthetic;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Made-up company names ("Vorant Therapeutics") and ticker symbols abbreviated from them ("VRNT"),
 * unique within one market. Names are handed out in ticker order from one stream, so the same seed
 * always names the same ticker the same way.
 */
final class TickerNaming {

    /** A company's ticker symbol and name. */
    record Naming(String symbol, String name) {
    }

    static final int MIN_SYMBOL_LENGTH = 2;
    static final int MAX_SYMBOL_LENGTH = 5;

    private static final String[] ONSETS = {"b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s",
        "t", "v", "w", "z", "br", "cr", "dr", "fr", "gr", "pr", "tr", "st", "sp", "cl", "pl", "th", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "a", "e", "o", "ai", "ea", "io", "y"};
    private static final String[] CODAS = {"n", "r", "l", "x", "s", "m", "nt", "rk", "th", "ss", "ck", "v"};
    private static final List<String> GENERIC_SUFFIXES = List.of("Inc.", "Corp.", "Holdings", "Group");
    private static final String CONSONANTS = "BCDFGHJKLMNPQRSTVWXZ";
    private static final int SUBSEQUENCE_TRIES = 20;
    private static final int RANDOM_TRIES_PER_LENGTH = 200;

    private final SplittableRandom random;
    private final Set<String> symbolsTaken = new HashSet<>();
    private final Set<String> namesTaken = new HashSet<>();

    TickerNaming(SplittableRandom random) {
        this.random = random;
    }

    /** The next company: a name fitting {@code sector} and a free symbol of {@code symbolLength} letters. */
    Naming next(Sector sector, int symbolLength) {
        if (symbolLength < MIN_SYMBOL_LENGTH || symbolLength > MAX_SYMBOL_LENGTH) {
            throw new IllegalArgumentException("symbols have 2 to 5 letters, asked for " + symbolLength);
        }
        String name;
        do {
            List<String> suffixes = random.nextBoolean() ? sector.nameSuffixes() : GENERIC_SUFFIXES;
            name = capitalized(word()) + " " + suffixes.get(random.nextInt(suffixes.size()));
        } while (!namesTaken.add(name));
        return new Naming(symbol(name.toUpperCase(Locale.ROOT).replaceAll("[^A-Z]", ""), symbolLength), name);
    }

    private String word() {
        int syllables = random.nextDouble() < 0.7 ? 2 : 3;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(pick(ONSETS)).append(pick(VOWELS));
        }
        if (random.nextDouble() < 0.7) {
            word.append(pick(CODAS));
        }
        return word.toString();
    }

    /**
     * The abbreviation a listing desk would try first (first letter, then consonants), then other
     * letters of the name in order, then random letters, growing longer only when a length is full.
     */
    private String symbol(String letters, int length) {
        String abbreviation = abbreviation(letters, length);
        if (symbolsTaken.add(abbreviation)) {
            return abbreviation;
        }
        for (int attempt = 0; attempt < SUBSEQUENCE_TRIES; attempt++) {
            String candidate = orderedSubsequence(letters, length);
            if (symbolsTaken.add(candidate)) {
                return candidate;
            }
        }
        for (int size = length; ; size = Math.min(size + 1, MAX_SYMBOL_LENGTH)) {
            for (int attempt = 0; attempt < RANDOM_TRIES_PER_LENGTH; attempt++) {
                StringBuilder candidate = new StringBuilder().append(letters.charAt(0));
                while (candidate.length() < size) {
                    candidate.append((char) ('A' + random.nextInt(26)));
                }
                if (symbolsTaken.add(candidate.toString())) {
                    return candidate.toString();
                }
            }
        }
    }

    private static String abbreviation(String letters, int length) {
        StringBuilder consonants = new StringBuilder().append(letters.charAt(0));
        StringBuilder vowels = new StringBuilder();
        for (int i = 1; i < letters.length(); i++) {
            char c = letters.charAt(i);
            (CONSONANTS.indexOf(c) >= 0 ? consonants : vowels).append(c);
        }
        return consonants.append(vowels).substring(0, length);
    }

    /** The first letter and {@code length - 1} other letters of {@code letters}, kept in their order. */
    private String orderedSubsequence(String letters, int length) {
        boolean[] chosen = new boolean[letters.length()];
        int needed = length - 1;
        for (int remaining = letters.length() - 1, i = 1; needed > 0; i++, remaining--) {
            // selection sampling: take position i with probability needed / remaining
            if (random.nextInt(remaining) < needed) {
                chosen[i] = true;
                needed--;
            }
        }
        StringBuilder candidate = new StringBuilder().append(letters.charAt(0));
        for (int i = 1; i < letters.length(); i++) {
            if (chosen[i]) {
                candidate.append(letters.charAt(i));
            }
        }
        return candidate.toString();
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String capitalized(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
