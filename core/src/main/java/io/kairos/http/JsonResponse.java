package io.kairos.http;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed JSON answer and where it came from.
 *
 * @param body the parsed document
 * @param url  the request URL with secrets masked, safe to put in messages
 */
public record JsonResponse(JsonNode body, String url) {
}
