package org.suanli.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Optional;

/**
 * Finds the project's {@code data/} folder, so a notebook can say {@code DataFiles.path("indicators.csv")} whether
 * it runs from {@code notebooks/}, from the repository root or under the runner.
 *
 * <p>Order: the system property {@code suanli.data}, the environment variable {@code SUANLI_DATA}, then the first
 * {@code data/} folder holding {@code framework.csv} in the working directory or one of its parents.
 */
public final class DataFiles {

    private DataFiles() {
    }

    public static Path dir() {
        return find().orElseThrow(() -> new IllegalStateException("Cannot find the data folder: no data/framework.csv in "
                + Paths.get("").toAbsolutePath() + " or its parents. Run from the repository, or set -Dsuanli.data=DIR"
                + " or SUANLI_DATA=DIR"));
    }

    public static Optional<Path> find() {
        String configured = System.getProperty("suanli.data", System.getenv("SUANLI_DATA"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Paths.get(configured).toAbsolutePath());
        }
        for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("data").resolve("framework.csv"))) {
                return Optional.of(dir.resolve("data"));
            }
        }
        return Optional.empty();
    }

    /** A file in the data folder. */
    public static Path path(String name) {
        return dir().resolve(name);
    }

    /** The shipped indicator data, {@code data/indicators.csv}. */
    public static IndicatorData indicators() {
        return IndicatorData.load(path("indicators.csv"));
    }

    /** The shipped economic data, {@code data/economy.csv}. */
    public static IndicatorData economy() {
        return IndicatorData.load(path("economy.csv"));
    }
}
