package io.kairos.http;

/** A remote service as its operator knows it: its name, and how to read its refusals. */
public interface HttpService {

    /** The name used in messages, e.g. {@code Nasdaq Data Link}. */
    String name();

    /**
     * What a failed response means and what the operator should do, from its status and body.
     * The body may be anything (an HTML error page from a CDN, empty); never throws.
     */
    String explain(int status, String body);
}
