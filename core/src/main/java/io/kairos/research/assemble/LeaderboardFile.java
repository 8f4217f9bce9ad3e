package io.kairos.research.assemble;

import io.kairos.KairosException;
import io.kairos.data.csv.CsvFields;
import io.kairos.research.ResearchArtifacts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the kept rows of a research folder's {@code leaderboard.csv} (written by {@code kairos research}; columns
 * {@code rank,symbol,strategy,parameters,result_file,score,sharpe,...,status,reason}, RFC 4180 quoting), by column name.
 * Rows whose {@code status} is not {@code kept} (the discarded ones) are left out.
 */
public final class LeaderboardFile {

    public static final String FILE = ResearchArtifacts.LEADERBOARD;

    private static final List<String> NEEDED = List.of("rank", "symbol", "strategy", "parameters", "result_file", "sharpe", "status");

    private LeaderboardFile() {
    }

    /** The kept rows in rank order. */
    public static List<LeaderboardEntry> kept(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw KairosException.failure("Cannot read " + file + ": " + e.getMessage(), e);
        }
        if (lines.isEmpty()) {
            throw KairosException.failure(file + " is empty: it needs a header line; run kairos research again to write it.");
        }
        List<String> header = CsvFields.split(lines.get(0).replace("\uFEFF", ""));
        int[] column = new int[NEEDED.size()];
        for (int i = 0; i < column.length; i++) {
            column[i] = header.indexOf(NEEDED.get(i));
            if (column[i] < 0) {
                throw KairosException.failure(file + " line 1: no column '" + NEEDED.get(i) + "' (the header is " + lines.get(0)
                        + "); is it a leaderboard written by kairos research?");
            }
        }
        List<LeaderboardEntry> rows = new ArrayList<>();
        for (int line = 2; line <= lines.size(); line++) {
            String text = lines.get(line - 1);
            if (text.isBlank()) {
                continue;
            }
            List<String> cells = CsvFields.split(text);
            if (cells.size() != header.size()) {
                throw KairosException.failure(file + " line " + line + ": " + cells.size() + " fields where the header has "
                        + header.size() + "; fix or rewrite the file (kairos research).");
            }
            if (cells.get(column[6]).strip().equals("kept")) {
                rows.add(new LeaderboardEntry(whole(file, line, "rank", cells.get(column[0])), cells.get(column[1]).strip(),
                        cells.get(column[2]).strip(), cells.get(column[3]).strip(), cells.get(column[4]).strip(),
                        number(file, line, "sharpe", cells.get(column[5]))));
            }
        }
        rows.sort(Comparator.comparingInt(LeaderboardEntry::rank));
        return rows;
    }

    private static int whole(Path file, int line, String name, String cell) {
        try {
            return Integer.parseInt(cell.strip());
        } catch (NumberFormatException e) {
            throw KairosException.failure(file + " line " + line + ": " + name + " '" + cell + "' is not a whole number.");
        }
    }

    private static Double number(Path file, int line, String name, String cell) {
        if (cell.isBlank()) {
            return null;
        }
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            throw KairosException.failure(file + " line " + line + ": " + name + " '" + cell + "' is not a number.");
        }
    }
}
