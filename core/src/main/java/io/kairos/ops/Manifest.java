package io.kairos.ops;

import java.time.Instant;
import java.util.Map;

/**
 * The last file of every artifact folder: what produced it, from what, with which parameters, and
 * the sha256 of every other file, so an operator can tell whether two runs agree.
 */
public record Manifest(String stage, String kairosVersion, Instant createdAt, Map<String, Object> inputs,
        Map<String, Object> parameters, Map<String, FileDigest> files) {

    /** One file of the folder. */
    public record FileDigest(String sha256, long bytes) {
    }
}
