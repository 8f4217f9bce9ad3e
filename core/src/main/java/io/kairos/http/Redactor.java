package io.kairos.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Keeps a request's secrets out of everything a person sees: the URL shown in messages and log
 * lines has its key parameters masked, and any text (an error body that echoes the request, an
 * I/O message) has the secret values themselves replaced.
 */
final class Redactor {

    static final String MASK = "REDACTED";

    private static final Set<String> SECRET_QUERY_PARAMETERS = Set.of("api_key");
    private static final Set<String> SECRET_HEADERS = Set.of("apca-api-key-id", "apca-api-secret-key", "x-api-token");

    private final String url;
    private final List<String> secrets;

    private Redactor(String url, List<String> secrets) {
        this.url = url;
        this.secrets = secrets;
    }

    static Redactor of(Request request) {
        List<String> secrets = new ArrayList<>();
        HttpUrl.Builder shown = request.url().newBuilder();
        for (String name : request.url().queryParameterNames()) {
            if (SECRET_QUERY_PARAMETERS.contains(name.toLowerCase(Locale.ROOT))) {
                for (String value : request.url().queryParameterValues(name)) {
                    if (value != null) {
                        secrets.add(value);
                    }
                }
                shown.setQueryParameter(name, MASK);
            }
        }
        for (String name : request.headers().names()) {
            if (SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                secrets.addAll(request.headers(name));
            }
        }
        List<String> withEncodings = new ArrayList<>();
        for (String secret : secrets) {
            if (!secret.isEmpty()) {
                withEncodings.add(secret);
                withEncodings.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
            }
        }
        return new Redactor(shown.build().toString(), List.copyOf(withEncodings));
    }

    /** The request URL with secret parameters masked. */
    String url() {
        return url;
    }

    /** {@code text} with every secret value of the request masked. */
    String scrub(String text) {
        String clean = text;
        for (String secret : secrets) {
            clean = clean.replace(secret, MASK);
        }
        return clean;
    }
}
