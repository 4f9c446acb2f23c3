package org.suanli.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import org.suanli.data.CsvFormatException;
import org.suanli.data.DataFiles;
import org.suanli.data.DataValidationException;
import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.VariableCatalog;
import org.suanli.data.Severity;
import org.suanli.data.ValidationIssue;
import org.suanli.data.ValidationReport;
import org.suanli.data.Validator;

/**
 * What a command read, so its output can say so: every file with its SHA-256 and how many values it gave, and
 * for an override how many values it replaced and added. Commands print this to standard error as they read, and
 * put {@link #json()} into their {@code --json} output, so a result can be traced to the exact bytes it came from.
 *
 * <p>Data files are loaded here one by one (not with {@code IndicatorData.load(a, b)}) so that a value given twice,
 * or an override that adds a year, is told in command-line terms with the file and row.
 */
final class Inputs {

    /**
     * One file a command read.
     *
     * @param role     data, override, economy, facts, matrix…
     * @param path     as shown to the user (relative to the working directory when inside it)
     * @param sha256   hex digest of the file's bytes
     * @param values   values it gave (data files), or -1
     * @param replaced for an override: values it replaced, else -1
     * @param added    for an override: values it added (gaps filled), else -1
     */
    record InputFile(String role, String path, String sha256, int values, int replaced, int added) {
    }

    private final String command;
    private final PrintWriter log;
    private final List<InputFile> files = new ArrayList<>();

    Inputs(String command, PrintWriter log) {
        this.command = command;
        this.log = log;
    }

    /** The indicator data files (default: the shipped data/indicators.csv). */
    IndicatorData indicators(List<Path> data) {
        return data("data", data.isEmpty() ? List.of(DataFiles.path("indicators.csv")) : data);
    }

    /** The data with each override file applied in turn. */
    IndicatorData overridden(IndicatorData base, List<Path> overrides) {
        for (Path p : overrides) {
            base = override(base, p);
        }
        return base;
    }

    /** Economic data files (default: the shipped data/economy.csv). */
    IndicatorData economy(List<Path> files) {
        return data("economy", files.isEmpty() ? List.of(DataFiles.path("economy.csv")) : files);
    }

    /** Records a file read by other code (a statements file, an AHP matrix). */
    void file(String role, Path p) {
        files.add(new InputFile(role, show(p), sha256(p), -1, -1, -1));
        log.println("suanli " + command + ": read " + show(p) + " as " + role);
    }

    /** Every file read, for a {@code --json} output's {@code inputs}. */
    List<Map<String, Object>> json() {
        List<Map<String, Object>> out = new ArrayList<>();
        for (InputFile f : files) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("role", f.role());
            m.put("path", f.path());
            m.put("sha256", f.sha256());
            if (f.values() >= 0) {
                m.put("values", f.values());
            }
            if (f.replaced() >= 0) {
                m.put("replaced", f.replaced());
                m.put("added", f.added());
            }
            out.add(m);
        }
        return out;
    }

    List<InputFile> files() {
        return List.copyOf(files);
    }

    private IndicatorData data(String role, List<Path> paths) {
        Validator validator = new Validator(VariableCatalog.standard());
        Map<Observation.Key, String> origin = new LinkedHashMap<>();
        List<Observation> all = new ArrayList<>();
        List<ValidationIssue> issues = new ArrayList<>();
        for (Path p : paths) {
            ValidationReport r = validator.validate(p);
            issues.addAll(r.errors());
            if (r.hasErrors()) {
                continue;
            }
            if (r.observations().isEmpty()) {
                issues.add(new ValidationIssue(p.toString(), 0, "", Severity.ERROR,
                        "the file has a header but no data rows; there is nothing to compute with"));
                continue;
            }
            for (Observation o : r.observations()) {
                String here = p + ":" + r.lineOf(o.key());
                String previous = origin.putIfAbsent(o.key(), here);
                if (previous != null) {
                    issues.add(new ValidationIssue(p.toString(), r.lineOf(o.key()), "", Severity.ERROR, "(" + o.year()
                            + ", " + o.province().shortZh() + ", " + o.indicator() + ") is also given at " + previous
                            + "; to replace values, pass this file with --override instead of --" + role));
                } else {
                    all.add(o);
                }
            }
            record(role, p, r.observations().size(), -1, -1);
        }
        if (!issues.isEmpty()) {
            throw new DataValidationException(issues);
        }
        return IndicatorData.of(VariableCatalog.standard(), all);
    }

    private IndicatorData override(IndicatorData base, Path p) {
        ValidationReport r = Validator.standard().validate(p);
        List<ValidationIssue> issues = new ArrayList<>(r.errors());
        if (issues.isEmpty()) {
            issues.addAll(OverrideCheck.errors(base, r));
        }
        if (!issues.isEmpty()) {
            throw new DataValidationException(issues);
        }
        int replaced = 0;
        for (Observation o : r.observations()) {
            if (base.observation(o.year(), o.province().shortZh(), o.indicator()).isPresent()) {
                replaced++;
            }
        }
        int added = r.observations().size() - replaced;
        record("override", p, r.observations().size(), replaced, added);
        return base.withOverrides(IndicatorData.of(base.catalog(), r.observations()));
    }

    private void record(String role, Path p, int values, int replaced, int added) {
        files.add(new InputFile(role, show(p), sha256(p), values, replaced, added));
        log.println("suanli " + command + ": read " + show(p) + " as " + role + ": " + values + " value(s)"
                + (replaced >= 0 ? ", of which " + replaced + " replaced a value of the data and " + added
                + " filled a gap" : ""));
    }

    /** The path relative to the working directory when it lies inside it, else as given. */
    static String show(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Paths.get("").toAbsolutePath();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString() : p.toString();
    }

    /** SHA-256 of a file's bytes, in hex. */
    static String sha256(Path p) {
        if (!Files.exists(p)) {
            throw new CsvFormatException(p.toString(), 0, "", "the file does not exist");
        }
        if (Files.isDirectory(p)) {
            throw new CsvFormatException(p.toString(), 0, "", "this is a folder, not a file");
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (IOException e) {
            throw new CsvFormatException(p.toString(), 0, "", "the file cannot be read: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** The years a data set holds, for messages. */
    static SortedSet<Integer> years(IndicatorData d) {
        return new TreeSet<>(d.years());
    }
}
