package io.kairos.research.assemble;

import io.kairos.KairosException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the research folder a portfolio is assembled from. */
public final class ResearchFolders {

    private ResearchFolders() {
    }

    /** The newest {@code <research>/<date>/} (by its date name) that holds a leaderboard.csv. */
    public static Optional<Path> newestWithLeaderboard(Path research) {
        if (!Files.isDirectory(research)) {
            return Optional.empty();
        }
        try (Stream<Path> folders = Files.list(research)) {
            return folders.filter(folder -> isDate(folder.getFileName().toString()))
                    .filter(folder -> Files.isRegularFile(folder.resolve(LeaderboardFile.FILE)))
                    .max(Comparator.comparing(folder -> folder.getFileName().toString()));
        } catch (IOException e) {
            throw KairosException.failure("Cannot list " + research + ": " + e.getMessage(), e);
        }
    }

    private static boolean isDate(String name) {
        try {
            LocalDate.parse(name);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
