package io.kairos.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CommandLineBasicsTest {

    @TempDir
    Path home;

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        CliRun.Result help = new CliRun(home).run("--help");
        assertEquals(0, help.exitCode(), help::toString);
        for (String command : List.of("download", "data-audit", "features", "labels", "train", "calibrate", "model-status",
                "check-data", "generate-picks", "execute", "account", "positions", "orders", "cancel-all", "liquidate", "kill-switch",
                "verify-audit", "calendar", "check-rebalance", "db",
                "config", "generate-completion")) {
            assertTrue(help.out().contains("  " + command + " "), command + " missing from:\n" + help.out());
        }
        assertTrue(help.out().contains("Exit codes: 0 success, 1 failure, 2 usage error, 3 refused by a safety check."));
    }

    @Test
    void everySubcommandHasHelp() {
        CommandLine root = KairosCli.create(new KairosContext(Map.of(), CliRun.AFTER_CLOSE_2026_11_20, home, false));
        List<List<String>> paths = new ArrayList<>();
        collect(root, new ArrayList<>(), paths);
        assertTrue(paths.size() >= 13, "found " + paths);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(path);
            args.add("--help");
            CliRun.Result result = new CliRun(home).run(args.toArray(String[]::new));
            assertEquals(0, result.exitCode(), () -> path + ": " + result);
            assertTrue(result.out().startsWith("Usage: kairos " + String.join(" ", path)), () -> path + ": " + result.out());
        }
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> paths) {
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            List<String> subPath = new ArrayList<>(path);
            subPath.add(sub.getKey());
            paths.add(subPath);
            collect(sub.getValue(), subPath, paths);
        }
    }

    @Test
    void versionNamesTheBuild() {
        CliRun.Result version = new CliRun(home).run("--version");
        assertEquals(0, version.exitCode());
        assertTrue(version.out().startsWith("kairos 0.1.0\nJava "), version.out());
    }

    @Test
    void completionScriptIsBashForKairos() {
        CliRun.Result completion = new CliRun(home).run("generate-completion");
        assertEquals(0, completion.exitCode());
        assertTrue(completion.out().contains("complete -F _complete_kairos"), completion.out().lines().limit(5).toList().toString());
        assertTrue(completion.out().contains("check-rebalance"));
    }

    @Test
    void missingSubcommandIsAUsageError() {
        CliRun.Result bare = new CliRun(home).run("calendar");
        assertEquals(2, bare.exitCode());
        assertTrue(bare.err().startsWith("Missing subcommand: one of sessions, early-closes."), bare.err());
        assertEquals(2, new CliRun(home).run().exitCode());
    }

    @Test
    void badConfigurationExitsTwoNamingFileAndLine() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/kairos.yaml"), "rebalance:\n  frequency: fortnightly\n");
        CliRun.Result result = new CliRun(home).run("check-rebalance", "next", "--count", "1", "--from", "2026-11-21");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals("kairos: Invalid value 'fortnightly' for rebalance.frequency (config/kairos.yaml line 2): expected one of"
                + " monthly, weekly.\n", result.err());
    }

    @Test
    void configShowTellsWhereEachValueCameFromAndMasksSecrets() throws Exception {
        Files.createDirectories(home.resolve("config"));
        Files.writeString(home.resolve("config/kairos.yaml"), "rebalance:\n  frequency: weekly\n");
        Files.writeString(home.resolve(".env"), "NASDAQ_DATA_LINK_API_KEY=fake-test-key-0123\n");
        CliRun.Result result = new CliRun(home).env("KAIROS_SYNTHETIC_SEED", "7").env("APCA_API_SECRET_KEY", "topsecretvalue42")
                .run("config", "show", "--db", "elsewhere.duckdb");
        assertEquals(0, result.exitCode(), result::toString);
        String out = result.out();
        assertTrue(out.startsWith("# KAIROS_HOME " + home + "\n"), out);
        assertTrue(out.matches("(?s).*\nrebalance\\.frequency\\s+weekly\\s+config/kairos\\.yaml line 2\n.*"), out);
        assertTrue(out.matches("(?s).*\nsynthetic\\.seed\\s+7\\s+environment variable KAIROS_SYNTHETIC_SEED\n.*"), out);
        assertTrue(out.matches("(?s).*\nstore\\.db\\s+" + home.resolve("elsewhere.duckdb") + "\\s+flag --db\n.*"), out);
        assertTrue(out.matches("(?s).*\nNASDAQ_DATA_LINK_API_KEY or NASDAQ_API_KEY\\s+\\*{8} \\(set\\)\\s+\\.env line 1 \\(NASDAQ_DATA_LINK_API_KEY\\)\n.*"), out);
        assertTrue(out.matches("(?s).*\nALPACA_API_KEY_ID or APCA_API_KEY_ID\\s+\\(not set\\)\n.*"), out);
        assertTrue(!out.contains("fake-test-key") && !out.contains("topsecretvalue42"), "a secret was printed:\n" + out);
    }

    @Test
    void configOptionPointsAtAnotherFileBeforeOrAfterTheSubcommand() throws Exception {
        Files.writeString(home.resolve("weekly.yaml"), "rebalance:\n  frequency: weekly\n");
        CliRun.Result before = new CliRun(home).run("--config", "weekly.yaml", "check-rebalance", "next", "--count", "1",
                "--from", "2026-03-30");
        assertEquals("2026-04-02\n", before.out(), before::toString);
        CliRun.Result after = new CliRun(home).run("check-rebalance", "next", "--count", "1", "--from", "2026-03-30",
                "--config", "weekly.yaml");
        assertEquals("2026-04-02\n", after.out(), after::toString);

        CliRun.Result missing = new CliRun(home).run("--config", "nope.yaml", "config", "show");
        assertEquals(2, missing.exitCode());
        assertEquals("kairos: No configuration file at " + home.resolve("nope.yaml") + ": check the --config path.\n", missing.err());
    }

    @Test
    void aJvmWithoutTheArrowOpensIsToldWhatToDoInsteadOfHanging() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "features").redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), said);
        assertTrue(said.startsWith("kairos: start Java with --add-opens=java.base/java.nio=ALL-UNNAMED"), said);
    }
}
