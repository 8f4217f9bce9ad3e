package io.kairos.ops;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.KairosException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void extendingAFolderKeepsItsFilesAddsNewOnesAndRewritesTheManifest() throws Exception {
        Path target = dir.resolve("models/2026-11-20");
        ArtifactFolder trained = ArtifactFolder.begin(target);
        trained.write("model.json", "{}\n".getBytes(StandardCharsets.UTF_8));
        trained.write("notes.txt", "old\n".getBytes(StandardCharsets.UTF_8));
        trained.publish("train", Map.of(), Map.of(), CLOCK);
        byte[] model = Files.readAllBytes(target.resolve("model.json"));

        ArtifactFolder calibrated = ArtifactFolder.extend(target);
        calibrated.write("hello.txt", "hello\n".getBytes(StandardCharsets.UTF_8));
        calibrated.write("notes.txt", "new\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("old\n", Files.readString(target.resolve("notes.txt")), "nothing changes before publish");
        calibrated.publish("calibrate", Map.of(), Map.of(), CLOCK);

        assertArrayEquals(model, Files.readAllBytes(target.resolve("model.json")));
        assertEquals("new\n", Files.readString(target.resolve("notes.txt")));
        JsonNode manifest = Json.mapper().readTree(target.resolve("manifest.json").toFile());
        assertEquals("calibrate", manifest.at("/stage").asText());
        assertEquals(List.of("hello.txt", "model.json", "notes.txt"), fieldNames(manifest.get("files")));
        // sha256 of "{}\n", as printed by `printf '{}\n' | sha256sum`
        assertEquals("ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356",
                manifest.at("/files/model.json/sha256").asText());
        assertEquals("5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03",
                manifest.at("/files/hello.txt/sha256").asText());
        try (Stream<Path> siblings = Files.list(target.getParent())) {
            assertEquals(1, siblings.count(), "no staging folder left behind");
        }
    }

    @Test
    void extendingAMissingFolderSaysSoAndLeavesNothingBehind() {
        Path target = dir.resolve("models/2026-11-20");
        KairosException error = assertThrows(KairosException.class, () -> ArtifactFolder.extend(target));
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertFalse(Files.exists(target));
        assertEquals(0, dir.resolve("models").toFile().list().length);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
