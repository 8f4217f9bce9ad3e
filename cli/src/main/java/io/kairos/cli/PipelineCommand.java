package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.pipeline.Checkpoint;
import io.kairos.pipeline.InputFingerprint;
import io.kairos.pipeline.Pipeline;
import io.kairos.pipeline.PipelineLock;
import io.kairos.pipeline.PipelineStage;
import io.kairos.pipeline.PipelineSummary;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = {"The weekly routine in order (docs/OPERATIONS.md): download, audit, features, labels, train, calibrate,",
            "backtest, validate, check-rebalance, generate-picks, and with --execute execute. A checkpoint after each",
            "stage in outputs/pipeline/<date>/; --resume skips the stages that finished with unchanged inputs. A stage",
            "refused by a safety check (exit 3) stops the run with exit 3 unless --force, which is recorded. One run",
            "at a time (state/pipeline.lock)."})
final class PipelineCommand implements Callable<Integer> {

    static final List<String> STAGES = List.of("download", "audit", "features", "labels", "train", "calibrate", "backtest", "validate",
            "check-rebalance", "generate-picks", "execute");

    private final KairosContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private StoreOption store;

    @Option(names = "--date", paramLabel = "D", description = "The rebalance date the run is for (default: the last completed session).")
    private LocalDate date;

    @Option(names = "--stage", paramLabel = "NAME", description = "Run this stage only.")
    private String stage;

    @Option(names = "--from-stage", paramLabel = "NAME", description = "Run from this stage on.")
    private String fromStage;

    @Option(names = "--resume", description = "Skip the stages this date's run finished whose inputs have not changed.")
    private boolean resume;

    @Option(names = "--force", description = "Go on past a stage refused by a safety check (recorded in the checkpoint and the log).")
    private boolean force;

    @Option(names = "--execute", description = "End with execute --execute (default: stop after generate-picks).")
    private boolean execute;

    @Option(names = "--source", paramLabel = "SOURCE", defaultValue = "synthetic",
            description = "download --source: synthetic (default), csv, sharadar or alpaca.")
    private String source;

    @Option(names = "--symbols", paramLabel = "A,B", description = "download --symbols: narrow the download.")
    private String symbols;

    @Option(names = "--start", paramLabel = "D", description = "download and backtest --start.")
    private LocalDate start;

    @Option(names = "--end", paramLabel = "D", description = "download --end.")
    private LocalDate end;

    PipelineCommand(KairosContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        KairosConfig config = context.config(store.flags(context));
        LocalDate day = date != null ? date : context.lastCompletedSession();
        List<PipelineStage> all = stages(config, day);
        int first = firstStage();
        int last = stage != null ? first + 1 : all.size();
        PrintWriter out = spec.commandLine().getOut();
        Path folder = config.paths().outputs().resolve("pipeline").resolve(day.toString());
        PipelineSummary summary;
        try (PipelineLock lock = PipelineLock.acquire(config.home().resolve("state").resolve(PipelineLock.FILE))) {
            if (lock.takenOver() != null) {
                out.println("note: " + lock.takenOver());
            }
            out.printf("pipeline for %s%s%s: %d stages, checkpoints in %s%n", day, resume ? ", resumed" : "", force ? ", FORCED" : "",
                    last - first, folder);
            out.flush();
            summary = new Pipeline(folder, config.home().resolve("state").resolve("heartbeat"), context.clock(), line -> {
                out.println(line);
                out.flush();
            }).run(day.toString(), all.subList(first, last), first + 1, resume, force);
        }
        print(summary, out, folder);
        return summary.exitCode();
    }

    private int firstStage() {
        if (stage != null && fromStage != null) {
            throw KairosException.usage("Give --stage or --from-stage, not both.");
        }
        String name = stage != null ? stage : fromStage;
        if (name == null) {
            return 0;
        }
        int index = STAGES.indexOf(name.toLowerCase(Locale.ROOT));
        if (index < 0 || (index == STAGES.size() - 1 && !execute)) {
            throw KairosException.usage("Unknown stage " + name + ": one of " + String.join(", ", STAGES)
                    + " (execute needs --execute).");
        }
        return index;
    }

    private List<PipelineStage> stages(KairosConfig config, LocalDate day) {
        Path outputs = config.paths().outputs();
        Path backtest = outputs.resolve("backtest").resolve(day.toString());
        Path picks = outputs.resolve("rebalance").resolve(day.toString());
        Path db = config.store().db();
        List<String> download = new ArrayList<>(List.of("download", "--source", source));
        if (symbols != null) {
            download.addAll(List.of("--symbols", symbols));
        }
        if (start != null && !source.equals("synthetic")) {
            download.addAll(List.of("--start", start.toString()));
        }
        if (end != null) {
            download.addAll(List.of("--end", end.toString()));
        }
        List<String> backtestCommand = new ArrayList<>(List.of("backtest", "--end", day.toString(), "--output-dir", backtest.toString()));
        if (start != null) {
            backtestCommand.addAll(List.of("--start", start.toString()));
        }
        List<PipelineStage> stages = new ArrayList<>();
        stages.add(stage("download", withDb(download, db), db, List.of(), List.of()));
        stages.add(stage("audit", withDb(List.of("data-audit", "--as-of", day.toString()), db), db, List.of("sep_base", "tickers"),
                List.of()));
        stages.add(stage("features", withDb(List.of("features"), db), db, List.of("sep_base", "tickers"), List.of()));
        stages.add(stage("labels", withDb(List.of("labels"), db), db, List.of("sep_base"), List.of()));
        stages.add(stage("train", withDb(List.of("train", "--date", day.toString()), db), db, List.of("feat_matrix", "labels"),
                List.of()));
        stages.add(stage("calibrate", withDb(List.of("calibrate"), db), db, List.of("model_registry", "predictions"), List.of()));
        stages.add(stage("backtest", withDb(backtestCommand, db), db, List.of("sep_base", "feat_matrix", "labels"), List.of()));
        stages.add(stage("validate", withDb(List.of("validate", "--backtest", backtest.toString()), db), db,
                List.of("model_registry"), List.of(backtest.resolve("metrics.json"))));
        stages.add(stage("check-rebalance", List.of("check-rebalance", "check", "--date", day.toString()), db, List.of(), List.of()));
        stages.add(stage("generate-picks", withDb(List.of("generate-picks", "--date", day.toString(), "--output-dir",
                picks.toString()), db), db, List.of("feat_matrix", "predictions", "model_registry"), List.of()));
        if (execute) {
            stages.add(stage("execute", withDb(List.of("execute", "--picks", picks.resolve("picks.csv").toString(), "--execute", "--yes"),
                    db), db, List.of(), List.of(picks.resolve("picks.csv"))));
        }
        return stages;
    }

    private static List<String> withDb(List<String> command, Path db) {
        List<String> with = new ArrayList<>(command);
        with.addAll(List.of("--db", db.toString()));
        return with;
    }

    /** A stage that runs the kairos subcommand {@code command} in this process, its output passed through. */
    private PipelineStage stage(String name, List<String> command, Path db, List<String> tables, List<Path> files) {
        return new PipelineStage(name, command, () -> InputFingerprint.of(db, tables, files, command), () -> {
            CommandLine line = KairosCli.create(context).setOut(spec.commandLine().getOut()).setErr(spec.commandLine().getErr());
            return line.execute(command.toArray(String[]::new));
        });
    }

    private static void print(PipelineSummary summary, PrintWriter out, Path folder) {
        TextTable table = new TextTable(List.of("stage", "status", "exit", "seconds"));
        for (Checkpoint checkpoint : summary.stages()) {
            table.add(List.of(checkpoint.stage(), checkpoint.status().name().toLowerCase(Locale.ROOT), String.valueOf(checkpoint.exitCode()),
                    String.format(Locale.ROOT, "%.1f", checkpoint.seconds())));
        }
        out.println();
        table.print(out);
        out.printf(Locale.ROOT, "%s in %.1f s; summary: %s%n", summary.stoppedAt() == null ? "done" : "STOPPED at " + summary.stoppedAt()
                + ": " + summary.reason(), summary.seconds(), folder.resolve("summary.json"));
        out.flush();
    }
}
