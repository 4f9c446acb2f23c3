package org.suanli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.suanli.data.AtomicFiles;
import org.suanli.data.DataFiles;
import org.suanli.index.BookReading;
import org.suanli.index.Calibration;
import org.suanli.index.IndexModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code suanli calibrate}: re-fits the book reading's k by the rule declared in {@code data/calibration.json} and
 * compares it with the recorded value; {@code --write} records the new fit. Needed whenever {@code data/indicators.csv}
 * changes, because k was fitted on it.
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
        description = {"Re-fit the book reading's reference factor k on the calibration statements declared in",
                "data/calibration.json (by its declared grid and rule) and compare with the recorded fit.",
                "--write records the new fit in data/calibration.json and in the toolkit's bundled copy."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the recorded fit is what the rule gives (or --write recorded it)", "1:the recorded fit differs",
                "2:the declaration cannot be read or fitted"})
public final class CalibrateCommand implements Callable<Integer> {
    private static final Pattern FITTED = Pattern.compile("(?m)^(\\s*\"fitted\":\\s*)\\{[^}\\n]*}");

    @Option(names = "--write", description = "Record the fit in data/calibration.json (and toolkit/src/main/resources" + BookReading.RESOURCE + ")")
    boolean write;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file;
        BookReading declared;
        Calibration.Fit fit;
        try {
            file = DataFiles.path("calibration.json");
            declared = BookReading.load(file);
            fit = Calibration.fit(IndexModel.standard(), declared);
        } catch (Exception e) {
            err.println("suanli calibrate: " + e.getMessage());
            return 2;
        }
        out.println("fit:      " + fit.summary());
        out.println(String.format(Locale.ROOT, "recorded: k = %s (k in [%s, %s]) in %s", declared.k(), declared.holdsFrom(), declared.holdsTo(), file));
        boolean same = declared.k() == fit.k() && declared.holdsFrom() == fit.holdsFrom() && declared.holdsTo() == fit.holdsTo();
        if (same) {
            out.println("up to date");
            return 0;
        }
        if (!write) {
            err.println("suanli calibrate: the recorded fit differs from what the declared rule gives on the data; run `suanli calibrate --write`");
            return 1;
        }
        String block = String.format(Locale.ROOT, "{\"k\": %s, \"holds_from\": %s, \"holds_to\": %s, \"calibration_holds\": %d, \"data\": \"data/indicators.csv\"}",
                fit.k(), fit.holdsFrom(), fit.holdsTo(), fit.maxHolds());
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Matcher m = FITTED.matcher(text);
            if (!m.find()) {
                err.println("suanli calibrate: " + file + " has no one-line \"fitted\": {…} entry to replace");
                return 2;
            }
            String updated = text.substring(0, m.start()) + m.group(1) + block + text.substring(m.end());
            AtomicFiles.writeString(file, updated);
            out.println("wrote " + file);
            Path bundled = file.getParent().getParent().resolve("toolkit/src/main/resources" + BookReading.RESOURCE);
            if (Files.isRegularFile(bundled)) {
                AtomicFiles.writeString(bundled, updated);
                out.println("wrote " + bundled + " (rebuild the toolkit)");
            }
        } catch (IOException e) {
            err.println("suanli calibrate: cannot write " + file + ": " + e.getMessage());
            return 2;
        }
        return 0;
    }
}
