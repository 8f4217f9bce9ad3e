package io.kairos.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactFolderTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T22:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void publishedFolderHasTheFilesAndAManifestWithTheirDigests() throws Exception {
        Path target = dir.resolve("audit/2026-11-20");
        ArtifactFolder folder = ArtifactFolder.begin(target);
        folder.write("hello.txt", "hello\n".getBytes(StandardCharsets.UTF_8));
        folder.writeJson("numbers.json", Map.of("b", 2, "a", 1));
        folder.publish("audit", Map.of("store", "kairos.duckdb"), Map.of("as_of", "2026-11-20"), CLOCK);

        assertEquals("hello\n", Files.readString(target.resolve("hello.txt")));
        assertEquals("{\n  \"a\" : 1,\n  \"b\" : 2\n}", Files.readString(target.resolve("numbers.json")), "keys sorted");
        JsonNode manifest = Json.mapper().readTree(target.resolve("manifest.json").toFile());
        // sha256 of "hello\n", as printed by `printf 'hello\n' | sha256sum`
        assertEquals("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03",
                manifest.at("/files/hello.txt/sha256").asText());
        assertEquals(6, manifest.at("/files/hello.txt/bytes").asInt());
        assertEquals("audit", manifest.at("/stage").asText());
        assertEquals("2026-11-20T22:00:00Z", manifest.at("/createdAt").asText());
        assertEquals("2026-11-20", manifest.at("/parameters/as_of").asText());
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            assertEquals(1, siblings.count(), "no staging folder left behind");
        }
    }

    @Test
    void republishingReplacesTheFolderWhole() throws Exception {
        Path target = dir.resolve("2026-11-20");
        ArtifactFolder first = ArtifactFolder.begin(target);
        first.write("old.txt", new byte[] {1});
        first.publish("test", Map.of(), Map.of(), CLOCK);
        ArtifactFolder second = ArtifactFolder.begin(target);
        second.write("new.txt", new byte[] {2});
        second.publish("test", Map.of(), Map.of(), CLOCK);

        assertFalse(Files.exists(target.resolve("old.txt")));
        assertTrue(Files.exists(target.resolve("new.txt")));
    }

    @Test
    void abandonedFolderLeavesThePreviousOneUntouched() throws Exception {
        Path target = dir.resolve("2026-11-20");
        ArtifactFolder first = ArtifactFolder.begin(target);
        first.write("kept.txt", new byte[] {1});
        first.publish("test", Map.of(), Map.of(), CLOCK);
        ArtifactFolder failed = ArtifactFolder.begin(target);
        failed.write("half.txt", new byte[] {2});
        failed.abandon();

        assertTrue(Files.exists(target.resolve("kept.txt")));
        assertFalse(Files.exists(target.resolve("half.txt")));
        try (Stream<Path> siblings = Files.list(dir)) {
            assertEquals(1, siblings.count());
        }
    }
}
