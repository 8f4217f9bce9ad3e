package io.kairos.http.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import okhttp3.mockwebserver.MockResponse;

/** Canned answers from test resources. */
public final class Fixtures {

    private Fixtures() {
    }

    /** The text of a resource next to {@code owner}'s package, e.g. {@code sep-page1.json}. */
    public static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200 answer with a JSON resource as its body. */
    public static MockResponse json(Class<?> owner, String name) {
        return jsonBody(200, text(owner, name));
    }

    /** An answer with the given status and JSON body. */
    public static MockResponse jsonBody(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "application/json").setBody(body);
    }
}
