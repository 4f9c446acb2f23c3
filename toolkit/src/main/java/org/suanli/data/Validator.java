package org.suanli.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a long-form data file (the shipped ones and the ones users bring) and reports every problem at once,
 * each with its file, row and column, so a user can fix a file in one pass instead of one error per run.
 */
public final class Validator {

    /** The columns of every long-form data file, in the order they are written. */
    public static final List<String> COLUMNS = List.of("year", "province", "indicator", "value", "unit", "provenance", "source");

    private final VariableCatalog catalog;

    public Validator(VariableCatalog catalog) {
        this.catalog = catalog;
    }

    /** A validator for the shipped framework and economic variables. */
    public static Validator standard() {
        return new Validator(VariableCatalog.standard());
    }

    /** Validates a file; a file that cannot be read at all (missing, not UTF-8) is one located error. */
    public ValidationReport validate(Path file) {
        try {
            return validate(CsvFile.read(file));
        } catch (CsvFormatException e) {
            return fileProblem(e);
        }
    }

    private static ValidationReport fileProblem(CsvFormatException e) {
        return new ValidationReport(e.file(), List.of(new ValidationIssue(e.file(), e.line(), e.column(), Severity.ERROR,
                e.problem())), List.of());
    }

    /** Validates CSV text; {@code name} is how messages refer to it. */
    public ValidationReport validate(Reader reader, String name) throws IOException {
        try {
            return validate(CsvFile.read(reader, name));
        } catch (CsvFormatException e) {
            return fileProblem(e);
        }
    }

    /** Validates a parsed file: the header (with hints for a wrong delimiter or case), then every row. */
    public ValidationReport validate(CsvFile csv) {
        String name = csv.name();
        List<ValidationIssue> issues = new ArrayList<>();
        List<Observation> rows = new ArrayList<>();
        List<CsvFile.Problem> headerProblems = csv.headerProblems(COLUMNS);
        for (CsvFile.Problem p : headerProblems) {
            issues.add(new ValidationIssue(name, p.line(), p.column(), Severity.ERROR, p.message()));
        }
        if (!headerProblems.isEmpty()) {
            return new ValidationReport(name, issues, rows);
        }
        List<String> header = csv.header();
        for (int i = 0; i < header.size(); i++) {
            String c = header.get(i);
            if (header.indexOf(c) != i) {
                issues.add(new ValidationIssue(name, 1, c, Severity.ERROR, "the column appears twice in the header; keep one"));
            } else if (!COLUMNS.contains(c)) {
                issues.add(new ValidationIssue(name, 1, c, Severity.WARNING, "unknown column, ignored"));
            }
        }
        if (csv.rows().isEmpty()) {
            issues.add(new ValidationIssue(name, 0, "", Severity.WARNING, "the file has a header but no data rows"));
        }
        Map<Observation.Key, Integer> firstRow = new HashMap<>();
        for (CsvFile.Row r : csv.rows()) {
            int row = r.line();
            Optional<Observation> o = validateRow(r, row, name, issues);
            if (o.isPresent()) {
                Integer previous = firstRow.putIfAbsent(o.get().key(), row);
                if (previous != null) {
                    issues.add(new ValidationIssue(name, row, "", Severity.ERROR, "duplicate of row " + previous
                            + ": (" + o.get().year() + ", " + o.get().province().shortZh() + ", " + o.get().indicator()
                            + ") may have only one value; delete one of the two rows"));
                } else {
                    rows.add(o.get());
                }
            }
        }
        issues.addAll(completeness(name, rows));
        return new ValidationReport(name, issues, rows, firstRow);
    }

    private Optional<Observation> validateRow(CsvFile.Row r, int row, String name, List<ValidationIssue> issues) {
        int before = issues.size();
        if (!r.consistent()) {
            issues.add(new ValidationIssue(name, row, "", Severity.ERROR, "the row has " + r.size()
                    + " fields, the header " + r.columns().size() + "; quote fields that contain commas"));
            return Optional.empty();
        }
        Integer year = null;
        String yearText = r.get("year");
        try {
            year = Integer.parseInt(yearText);
            if (year < 1900 || year > 2100) {
                issues.add(new ValidationIssue(name, row, "year", Severity.ERROR, "expected a year such as 2023, found " + year));
            }
        } catch (NumberFormatException e) {
            issues.add(new ValidationIssue(name, row, "year", Severity.ERROR, "expected a year such as 2023, found '" + yearText + "'"));
        }
        Province province = null;
        try {
            province = Provinces.resolve(r.get("province"));
        } catch (UnknownProvinceException e) {
            issues.add(new ValidationIssue(name, row, "province", Severity.ERROR, e.getMessage()));
        }
        String key = r.get("indicator");
        Optional<Variable> variable = catalog.find(key);
        if (variable.isEmpty()) {
            issues.add(new ValidationIssue(name, row, "indicator", Severity.ERROR, "unknown indicator '" + key
                    + "'; did you mean '" + catalog.nearestKey(key) + "'? Keys are listed in data/framework.csv"
                    + " and data/economy_variables.csv"));
        }
        String unit = r.get("unit");
        if (variable.isPresent() && !variable.get().unit().equals(unit)) {
            issues.add(new ValidationIssue(name, row, "unit", Severity.ERROR, "expected '" + variable.get().unit()
                    + "', the unit of " + key + " in the framework, found '" + unit + "'; convert the value or fix the unit"));
        }
        double value = Double.NaN;
        String valueText = r.get("value");
        if (valueText.isEmpty()) {
            issues.add(new ValidationIssue(name, row, "value", Severity.ERROR,
                    "the value is empty; leave out the row of a value you do not have (a missing value is never zero)"));
        } else {
            try {
                value = Double.parseDouble(valueText);
                if (!Double.isFinite(value)) {
                    issues.add(new ValidationIssue(name, row, "value", Severity.ERROR, "expected a finite number, found '" + valueText + "'"));
                } else if (value < 0) {
                    issues.add(new ValidationIssue(name, row, "value", Severity.ERROR,
                            "expected a number of at least 0, found " + valueText + "; every indicator is a size or count"));
                }
            } catch (NumberFormatException e) {
                issues.add(new ValidationIssue(name, row, "value", Severity.ERROR, "expected a number such as 140.4, found '"
                        + valueText + "' (write numbers without units, thousands separators or 万/亿)"));
            }
        }
        Optional<Provenance> provenance = Provenance.parse(r.get("provenance"));
        if (r.get("provenance").isEmpty()) {
            issues.add(new ValidationIssue(name, row, "provenance", Severity.ERROR,
                    "missing provenance; expected official, secondary, stated or reconstructed"));
        } else if (provenance.isEmpty()) {
            issues.add(new ValidationIssue(name, row, "provenance", Severity.ERROR, "expected official, secondary, stated or reconstructed, found '"
                    + r.get("provenance") + "'"));
        }
        String source = r.get("source");
        if (source.isEmpty()) {
            issues.add(new ValidationIssue(name, row, "source", Severity.ERROR,
                    "missing source; cite the publication, the blue book's section, or the method and its assumptions"));
        }
        if (provenance.orElse(null) == Provenance.SECONDARY && !source.isEmpty()) {
            secondarySource(source).ifPresent(m -> issues.add(new ValidationIssue(name, row, "source", Severity.ERROR, m)));
        }
        if (issues.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Observation(year, province, key, value, unit, provenance.get(), source));
    }

    /**
     * What a {@code secondary} row's source lacks, if anything: it must name the statistic's original publisher
     * ({@value Provenance#SECONDARY_PUBLISHER_MARK} …) and where the public copy is (a URL, a repository with its
     * commit, or the words "copy location unknown" when it could not be traced), so a reader can check it.
     */
    static Optional<String> secondarySource(String source) {
        String s = source.toLowerCase(Locale.ROOT);
        if (!s.contains(Provenance.SECONDARY_PUBLISHER_MARK)) {
            return Optional.of("a secondary value must name the original publisher of the statistic (write '"
                    + Provenance.SECONDARY_PUBLISHER_MARK + " NBS …' in the source)");
        }
        if (!(s.contains("http://") || s.contains("https://") || s.matches("(?s).*@ ?[0-9a-f]{40}.*")
                || s.contains("copy location unknown"))) {
            return Optional.of("a secondary value must say where its public copy is: a URL, a repository and commit"
                    + " (owner/name:path @ <40-hex commit>), or 'copy location unknown'");
        }
        return Optional.empty();
    }

    private static List<ValidationIssue> completeness(String name, List<Observation> rows) {
        Map<String, Set<Province>> seen = new TreeMap<>();
        for (Observation o : rows) {
            seen.computeIfAbsent(o.year() + " " + o.indicator(), k -> new TreeSet<>(
                    Comparator.comparingInt(Province::order))).add(o.province());
        }
        List<ValidationIssue> out = new ArrayList<>();
        seen.forEach((yearAndKey, provinces) -> {
            if (provinces.size() < Provinces.all().size()) {
                List<String> absent = Provinces.all().stream().filter(p -> !provinces.contains(p)).map(Province::shortZh).toList();
                String[] parts = yearAndKey.split(" ");
                out.add(new ValidationIssue(name, 0, "", Severity.WARNING, parts[0] + " " + parts[1] + ": "
                        + provinces.size() + " of 31 provinces; missing " + String.join("、", absent)
                        + " (enough to override values; a full data set needs all 31)"));
            }
        });
        return out;
    }
}
