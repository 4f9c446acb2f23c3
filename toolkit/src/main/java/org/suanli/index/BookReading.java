package org.suanli.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import org.suanli.data.DataFiles;

/**
 * The declaration behind {@link IndexChoices#bookReading()}, read from {@code data/calibration.json}: the scale's base
 * year, the reference factor k, the calibration statements k was fitted on, the search grid and the fitted value.
 * Keeping the declaration in a data file, written before the first fit, is what lets every other statement count as
 * validation (docs/index.md, "The book reading").
 *
 * @param baseYear              the year whose maxima fix the references; never re-anchored
 * @param k                     the fitted reference factor, R_i = max_i ÷ k
 * @param holdsFrom             the smallest grid k on which the fit's maximum of calibration statements held
 * @param holdsTo               the largest such k (of the run the fitted k lies in)
 * @param calibrationStatements the statement ids k was fitted on; every other index and economy statement validates
 * @param searchFrom            the grid's first k
 * @param searchTo              the grid's last k
 * @param searchStep            the grid's step
 * @param source                where the declaration was read from
 */
public record BookReading(int baseYear, double k, double holdsFrom, double holdsTo, List<String> calibrationStatements,
                          double searchFrom, double searchTo, double searchStep, String source) {

    /** The copy bundled in the toolkit jar (identical to {@code data/calibration.json}; a test keeps them equal). */
    public static final String RESOURCE = "/org/suanli/index/calibration.json";

    private static volatile BookReading shipped;

    public BookReading {
        calibrationStatements = List.copyOf(calibrationStatements);
        if (!(k > 0)) {
            throw new IllegalArgumentException(source + ": the fitted k must be positive, not " + k);
        }
        if (!(searchStep > 0) || !(searchTo > searchFrom)) {
            throw new IllegalArgumentException(source + ": the search needs from < to and a positive step");
        }
    }

    /**
     * The shipped declaration: {@code data/calibration.json} when the data folder is found, else the copy bundled in
     * the jar, so a model built on a user's own panel still has its default.
     */
    public static BookReading shipped() {
        BookReading b = shipped;
        if (b == null) {
            Optional<Path> file = DataFiles.find().map(d -> d.resolve("calibration.json")).filter(Files::isRegularFile);
            try {
                if (file.isPresent()) {
                    // named as the project names it, so outputs do not depend on where the checkout lives
                    try (Reader in = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                        b = parse(in, "data/calibration.json");
                    }
                } else {
                    try (InputStream in = BookReading.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("The toolkit jar lacks " + RESOURCE + "; rebuild it.");
                        }
                        b = parse(new InputStreamReader(in, StandardCharsets.UTF_8), "calibration.json (bundled)");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the calibration declaration: " + e.getMessage(), e);
            }
            shipped = b;
        }
        return b;
    }

    /** Reads a declaration of the same shape as {@code data/calibration.json}. */
    public static BookReading load(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(in, file.toString());
        }
    }

    /** Parses a declaration; {@code where} names it in messages. */
    public static BookReading parse(Reader in, String where) {
        JsonObject o;
        try {
            o = JsonParser.parseReader(in).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new IllegalArgumentException(where + " is not a JSON object: " + e.getMessage(), e);
        }
        try {
            List<String> ids = new ArrayList<>();
            o.getAsJsonArray("calibration_statements").forEach(e -> ids.add(e.getAsString()));
            JsonObject search = o.getAsJsonObject("search");
            JsonObject fitted = o.getAsJsonObject("fitted");
            return new BookReading(o.get("base_year").getAsInt(), fitted.get("k").getAsDouble(),
                    fitted.get("holds_from").getAsDouble(), fitted.get("holds_to").getAsDouble(), ids,
                    search.get("from").getAsDouble(), search.get("to").getAsDouble(), search.get("step").getAsDouble(), where);
        } catch (NullPointerException | ClassCastException | IllegalStateException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(where + ": needs base_year, calibration_statements (array of ids), "
                    + "search {from, to, step} and fitted {k, holds_from, holds_to}: " + e, e);
        }
    }

    /** The same declaration with another k (what {@link Calibration#fit} produces, and what a user tries). */
    public BookReading withK(double newK, double from, double to) {
        return new BookReading(baseYear, newK, from, to, calibrationStatements, searchFrom, searchTo, searchStep, source);
    }

    /** The standardiser of this reading, with k's provenance in its settings. */
    public Standardiser standardiser() {
        return new Standardiser.RatioToFixedReference(k, "fitted on " + String.join(", ", calibrationStatements)
                + " (the run of k on which the most of them held: [" + Calibration.fmt(holdsFrom) + ", " + Calibration.fmt(holdsTo)
                + "]; " + fileName() + ")");
    }

    /** The choices of the book reading: this scale, anchored to the base year, and the other defaults. */
    public IndexChoices choices() {
        return new IndexChoices(standardiser(), Aggregation.ARITHMETIC, baseYear, MissingPolicy.refuse(), null, null,
                TieRule.MIN, Tiers.standard());
    }

    /** Whether a statement id belongs to the calibration set. */
    public boolean isCalibration(String id) {
        return calibrationStatements.contains(id);
    }

    private String fileName() {
        return source.endsWith("(bundled)") ? source : "data/calibration.json";
    }
}
