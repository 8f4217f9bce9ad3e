package io.kairos.config;

import io.kairos.KairosException;
import io.kairos.data.audit.AuditCheck;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Parsers for raw setting values; each says what it expects when the value does not fit. */
final class ValueParsers {

    private ValueParsers() {
    }

    static Function<String, Integer> integer(int min, int max) {
        return raw -> {
            int value;
            try {
                value = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ".");
            }
            if (value < min || value > max) {
                throw new IllegalArgumentException("expected a whole number from " + min + " to " + max + ".");
            }
            return value;
        };
    }

    static Function<String, Double> decimal(double above, double below) {
        return raw -> {
            try {
                double value = Double.parseDouble(raw);
                if (value > above && value < below) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("expected a number above " + above + " and below " + below + ".");
        };
    }

    /** A column name: lower-case letters, digits and underscores, starting with a letter. */
    static Function<String, String> identifier() {
        return raw -> {
            if (raw.matches("[a-z][a-z0-9_]*")) {
                return raw;
            }
            throw new IllegalArgumentException("expected a column name (lower-case letters, digits and _).");
        };
    }

    /** A number from 0 to 1, both included. */
    static Function<String, Double> fraction() {
        return raw -> {
            try {
                double value = Double.parseDouble(raw);
                if (value >= 0 && value <= 1) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("expected a number from 0 to 1.");
        };
    }

    /** A fraction of equity for a risk limit, exact: above 0 and at most 1. */
    static Function<String, BigDecimal> limitFraction() {
        return raw -> {
            try {
                BigDecimal value = new BigDecimal(raw);
                if (value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0) {
                    return value;
                }
            } catch (NumberFormatException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("expected a number above 0 and at most 1, e.g. 0.10 for 10%.");
        };
    }

    /** A comma-separated list of audit check names, possibly empty. */
    static Function<String, Set<AuditCheck>> auditChecks() {
        return raw -> {
            Set<AuditCheck> checks = EnumSet.noneOf(AuditCheck.class);
            for (String id : raw.split(",")) {
                if (!id.isBlank()) {
                    try {
                        checks.add(AuditCheck.fromId(id));
                    } catch (KairosException unknown) {
                        throw new IllegalArgumentException(unknown.getMessage());
                    }
                }
            }
            return checks;
        };
    }

    static Function<String, Long> anyLong() {
        return raw -> {
            try {
                return Long.parseLong(raw);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number.");
            }
        };
    }

    static Function<String, String> oneOf(String... choices) {
        return raw -> {
            String lower = raw.toLowerCase(Locale.ROOT);
            if (Arrays.asList(choices).contains(lower)) {
                return lower;
            }
            throw new IllegalArgumentException("expected one of " + String.join(", ", choices) + ".");
        };
    }

    static Function<String, String> httpUrl() {
        return raw -> {
            try {
                URI uri = URI.create(raw);
                if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                    return raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
                }
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            throw new IllegalArgumentException("expected an http(s) URL such as https://data.nasdaq.com/api/v3.");
        };
    }

    static Function<String, String> memorySize() {
        return raw -> {
            if (raw.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|TB|KiB|MiB|GiB|TiB)")) {
                return raw;
            }
            throw new IllegalArgumentException("expected a size such as 512MB or 2GB.");
        };
    }

    /** A path; relative ones are taken from KAIROS_HOME so the launcher works from any folder. */
    static Function<String, Path> pathUnder(Path home) {
        return raw -> {
            if (raw.isBlank()) {
                throw new IllegalArgumentException("expected a path.");
            }
            Path path = Path.of(raw);
            return path.isAbsolute() ? path : home.resolve(path).normalize();
        };
    }
}
