package io.kairos.data.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.kairos.calendar.NyseCalendar;
import io.kairos.ops.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditArtifactsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 5, 3);

    @TempDir
    Path dir;

    @Test
    void auditJsonIsWrittenUnderItsDateWithTotalsTickersAndFindings() throws Exception {
        NyseCalendar calendar = NyseCalendar.create();
        try (PlantedStore planted = DataAuditPlantedFaultsTest.plantFaults(new PlantedStore(dir.resolve("kairos.duckdb"), calendar))) {
            DataAudit audit = new DataAudit(calendar, AuditSettings.DEFAULTS);
            Path outputs = dir.resolve("outputs");
            Map<String, Object> inputs = Map.of("store", planted.store().file().toString());

            Path folder = AuditArtifacts.write(audit.run(planted.store(), AS_OF), AuditArtifacts.defaultFolder(outputs, AS_OF), inputs,
                    Clock.fixed(Instant.parse("2024-05-03T21:00:00Z"), ZoneOffset.UTC));
            byte[] first = Files.readAllBytes(folder.resolve("audit.json"));
            Path again = AuditArtifacts.write(audit.run(planted.store(), AS_OF), AuditArtifacts.defaultFolder(outputs, AS_OF), inputs,
                    Clock.fixed(Instant.parse("2024-05-03T22:30:00Z"), ZoneOffset.UTC));
            byte[] second = Files.readAllBytes(again.resolve("audit.json"));

            assertEquals(outputs.resolve("audit/2024-05-03").toAbsolutePath(), folder);
            assertArrayEquals(first, second, "the same store and as-of date give the same bytes");
            JsonNode json = Json.mapper().readTree(first);
            assertEquals("2024-05-03", json.at("/asOf").asText());
            assertTrue(json.at("/blocked").asBoolean());
            List<String> sections = new ArrayList<>();
            json.fieldNames().forEachRemaining(sections::add);
            assertEquals(List.of("asOf", "blocked", "settings", "store", "totals", "quarantine", "tickers", "findings"),
                    sections);
            List<String> blocking = new ArrayList<>();
            json.at("/settings/blocking").forEach(check -> blocking.add(check.asText()));
            assertEquals(List.of("duplicate_rows", "non_positive_prices", "stale_data"), blocking);
            assertEquals(3, json.at("/totals/calendar_gaps/count").asInt());
            assertEquals(2, json.at("/totals/suspect_jumps/findings").asInt());
            assertEquals(13, json.at("/tickers").size());
            assertEquals("GAPS", json.at("/tickers/3/ticker").asText());
            assertEquals(3, json.at("/tickers/3/missingSessions").asInt());
            assertEquals(2, json.at("/tickers/3/findingCounts/calendar_gaps").asInt());
            assertEquals("calendar_gaps", json.at("/findings/0/check").asText());
            assertEquals("WARNING", json.at("/findings/0/severity").asText());
            assertEquals("2024-03-12", json.at("/findings/0/from").asText());
            JsonNode manifest = Json.mapper().readTree(folder.resolve("manifest.json").toFile());
            assertEquals("audit", manifest.at("/stage").asText());
            assertEquals("2024-05-03", manifest.at("/parameters/as_of").asText());
            assertEquals(1.2, manifest.at("/parameters/bad_print_ratio").asDouble());
            assertEquals(first.length, manifest.at("/files/audit.json/bytes").asInt());
        }
    }
}
