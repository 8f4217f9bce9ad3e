package io.kairos.cli;

import io.kairos.KairosException;
import io.kairos.config.KairosConfig;
import io.kairos.data.store.PriceStore;
import io.kairos.pipeline.Checkpoint;
import io.kairos.pipeline.InputFingerprint;
import io.kairos.pipeline.Pipeline;
import io.kairos.pipeline.PipelineLock;
import io.kairos.pipeline.PipelineStage;
import io.kairos.pipeline.PipelineSummary;
import java.io.PrintWriter;
import java.nio.file.Files;
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

    @Option(names = "--to-stage", paramLabel = "NAME", description = "Stop after this stage (e.g. validate: refresh the model, no picks).")
    private String toStage;

    @Option(names = "--resume", description = "Skip the stages this date's run finished whose inputs have not changed.")
    private boolean resume;

    @Option(names = "--force", description = "Go on past a stage refused by a safety check (recorded in the checkpoint and the log).")
    private boolean force;

    @Option(names = "--skip-fresh-download", description = "Skip the download when the store already holds the last completed session.")
    private boolean skipFreshDownload;

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
        KairosConfig config = context.config(store.flags());
        LocalDate day = date != null ? date : context.lastCompletedSession();
        List<PipelineStage> all = stages(config, day);
        int first = firstStage();
        int last = endStage(first, all.size());
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
        if (stage != null && (fromStage != null || toStage != null)) {
            throw KairosException.usage("Give --stage alone, or --from-stage and --to-stage.");
        }
        String name = stage != null ? stage : fromStage;
        return name == null ? 0 : stageIndex(name);
    }

    /** One past the last stage to run. */
    private int endStage(int first, int stageCount) {
        if (stage != null) {
            return first + 1;
        }
        if (toStage == null) {
            return stageCount;
        }
        int last = stageIndex(toStage);
        if (last < first) {
            throw KairosException.usage("--to-stage " + toStage + " comes before --from-stage " + fromStage + ".");
        }
        return last + 1;
    }

    private int stageIndex(String name) {
        int index = STAGES.indexOf(name.toLowerCase(Locale.ROOT));
        if (index < 0 || (index == STAGES.size() - 1 && !execute)) {
            throw KairosException.usage("Unknown stage " + name + ": one of " + String.join(", ", STAGES)
                    + " (execute needs --execute).");
        }
        return index;
    }

    private List<PipelineStage> stages(KairosConfig config, LocalDate day) {
        Path outputs = config.paths().outputs();
        Path audit = outputs.resolve("audit").resolve(day.toString());
        Path model = outputs.resolve("models").resolve(day.toString());
        Path backtest = outputs.resolve("backtest").resolve(day.toString());
        Path validation = outputs.resolve("validation").resolve(day.toString());
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
        stages.add(stage("download", withDb(download, db), List.of(shown(db) + ": sep_base, tickers"), db, List.of(), List.of())
                .withSkip(() -> skipFreshDownload ? freshStore(config) : null));
        stages.add(stage("audit", withDb(List.of("data-audit", "--as-of", day.toString(), "--output-dir", audit.toString()), db),
                List.of(shown(audit.resolve("audit.json"))), db, List.of("sep_base", "tickers"), List.of()));
        stages.add(stage("features", withDb(List.of("features"), db), List.of(shown(db) + ": feat_matrix"), db,
                List.of("sep_base", "tickers"), List.of()));
        stages.add(stage("labels", withDb(List.of("labels"), db), List.of(shown(db) + ": labels"), db, List.of("sep_base"), List.of()));
        stages.add(stage("train", withDb(List.of("train", "--date", day.toString()), db),
                List.of(shown(model) + "/", shown(db) + ": predictions"), db, List.of("feat_matrix", "labels"), List.of()));
        stages.add(stage("calibrate", withDb(List.of("calibrate"), db),
                List.of(shown(model) + "/ (calibration)", shown(db) + ": predictions.prob"), db,
                List.of("model_registry", "predictions"), List.of()));
        stages.add(stage("backtest", withDb(backtestCommand, db), List.of(shown(backtest.resolve("report.html"))), db,
                List.of("sep_base", "feat_matrix", "labels"), List.of()));
        stages.add(stage("validate", withDb(List.of("validate", "--backtest", backtest.toString(), "--output-dir", validation.toString()),
                db), List.of(shown(validation) + "/"), db, List.of("model_registry"), List.of(backtest.resolve("metrics.json"))));
        stages.add(stage("check-rebalance", List.of("check-rebalance", "check", "--date", day.toString()), List.of(), db, List.of(),
                List.of()));
        stages.add(stage("generate-picks", withDb(List.of("generate-picks", "--date", day.toString(), "--output-dir",
                picks.toString()), db), List.of(shown(picks.resolve("picks.csv"))), db,
                List.of("feat_matrix", "predictions", "model_registry"), List.of()));
        if (execute) {
            stages.add(stage("execute", withDb(List.of("execute", "--picks", picks.resolve("picks.csv").toString(), "--execute", "--yes"),
                    db), List.of(shown(outputs.resolve("execution").resolve(day.toString()).resolve("report.json"))), db, List.of(),
                    List.of(picks.resolve("picks.csv"))));
        }
        return stages;
    }

    /** Why the download need not run: the store already holds the last completed session; null when it does not. */
    private String freshStore(KairosConfig config) {
        LocalDate session = context.lastCompletedSession();
        if (!Files.exists(config.store().db())) {
            return null;
        }
        try (PriceStore priceStore = context.openStore(config, PriceStore.Access.READ_ONLY)) {
            return priceStore.latestPriceDate().filter(latest -> !latest.isBefore(session))
                    .map(latest -> "fresh: the store holds the last completed session " + session).orElse(null);
        }
    }

    /** A path as the operator finds it: from the working folder when it is under it. */
    private String shown(Path path) {
        Path here = context.resolve(Path.of(""));
        return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
    }

    private static List<String> withDb(List<String> command, Path db) {
        List<String> with = new ArrayList<>(command);
        with.addAll(List.of("--db", db.toString()));
        return with;
    }

    /** A stage that runs the kairos subcommand {@code command} in this process, its output passed through. */
    private PipelineStage stage(String name, List<String> command, List<String> outputs, Path db, List<String> tables,
            List<Path> files) {
        return new PipelineStage(name, command, outputs, () -> InputFingerprint.of(db, tables, files, command), () -> {
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
        List<Checkpoint> produced = summary.stages().stream().filter(c -> c.finishedWell() && !c.outputs().isEmpty()).toList();
        if (!produced.isEmpty()) {
            out.println("\nwhat it produced and where:");
            TextTable where = new TextTable(List.of("stage", "output"));
            produced.forEach(c -> c.outputs().forEach(output -> where.add(List.of(c.stage(), output))));
            where.print(out);
        }
        List<String> forced = summary.stages().stream().filter(c -> c.status() == Checkpoint.Status.FORCED).map(Checkpoint::stage).toList();
        String outcome = summary.stoppedAt() != null ? "STOPPED at " + summary.stoppedAt() + ": " + summary.reason()
                : forced.isEmpty() ? "done" : "done, with " + String.join(", ", forced) + " refused and passed by --force";
        out.printf(Locale.ROOT, "%s in %.1f s; summary: %s%n", outcome, summary.seconds(), folder.resolve("summary.json"));
        out.flush();
    }
}
