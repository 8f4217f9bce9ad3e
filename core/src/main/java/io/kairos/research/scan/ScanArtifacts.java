package io.kairos.research.scan;

import io.kairos.ops.ArtifactFolder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * outputs/scan/<date>/candidates.csv and manifest.json, all or nothing. The rows are the screen list, then the movers,
 * then the volume leaders, each by rank; numbers in fixed formats, so the same store and settings give the same bytes.
 */
public final class ScanArtifacts {

    public static final String STAGE = "scan";
    public static final String CANDIDATES_FILE = "candidates.csv";
    public static final String HEADER =
            "rank,ticker,list,adv,atr_pct,return_pct,volume_surge,last_close,passes_liquidity,passes_movement";

    private ScanArtifacts() {
    }

    /** The usual folder: {@code <outputs>/scan/<date>}. */
    public static Path defaultFolder(Path outputsDir, LocalDate date) {
        return outputsDir.resolve(STAGE).resolve(date.toString());
    }

    /** Publishes the scan into {@code target}; returns it. */
    public static Path write(ScanResult result, Path target, Map<String, Object> inputs, Clock clock) {
        ArtifactFolder folder = ArtifactFolder.begin(target);
        try {
            folder.write(CANDIDATES_FILE, csv(result).getBytes(StandardCharsets.UTF_8));
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("date", result.date().toString());
            parameters.put("lookback", result.settings().lookback());
            parameters.put("min_adv", result.settings().minAdv());
            parameters.put("min_atr_pct", result.settings().minAtrPct());
            parameters.put("top", result.settings().top());
            return folder.publish(STAGE, inputs, parameters, clock);
        } catch (RuntimeException e) {
            folder.abandon();
            throw e;
        }
    }

    static String csv(ScanResult result) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Candidate candidate : result.candidates()) {
            TickerMetrics row = candidate.metrics();
            csv.append(candidate.rank()).append(',').append(row.ticker()).append(',').append(candidate.list().id()).append(',')
                    .append(number("%.2f", row.adv())).append(',').append(number("%.4f", row.atrPct())).append(',')
                    .append(number("%.4f", row.returnPct())).append(',').append(number("%.4f", row.volumeSurge())).append(',')
                    .append(number("%.4f", row.lastClose())).append(',').append(row.passesLiquidity()).append(',')
                    .append(row.passesMovement()).append('\n');
        }
        return csv.toString();
    }

    /** A missing value is an empty cell. */
    private static String number(String format, double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "";
    }
}
