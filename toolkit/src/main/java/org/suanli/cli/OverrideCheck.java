package org.suanli.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

import org.suanli.data.DataFiles;
import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Severity;
import org.suanli.data.ValidationIssue;
import org.suanli.data.ValidationReport;

/**
 * The one rule for what an {@code --override} file may do, shared by the commands (which refuse) and by
 * {@code suanli validate} (which warns), so the two never disagree: an override replaces values of the years the
 * data have, or fills a province's gap in such a year; it cannot add a year, because the index needs every
 * indicator of every province for each year it computes.
 */
final class OverrideCheck {

    private OverrideCheck() {
    }

    /** One error per year the override adds, at the first row of that year. */
    static List<ValidationIssue> errors(IndicatorData base, ValidationReport override) {
        SortedSet<Integer> years = base.years();
        Map<Integer, Observation> firstOfYear = new LinkedHashMap<>();
        Map<Integer, Integer> count = new LinkedHashMap<>();
        List<String> indicators = base.indicators();
        for (Observation o : override.observations()) {
            if (!years.contains(o.year()) && indicators.contains(o.indicator())) {
                firstOfYear.putIfAbsent(o.year(), o);
                count.merge(o.year(), 1, Integer::sum);
            }
        }
        List<ValidationIssue> out = new ArrayList<>();
        firstOfYear.forEach((year, o) -> out.add(new ValidationIssue(override.file(), override.lineOf(o.key()), "year",
                Severity.ERROR, "year " + year + " is not in the data (" + join(years) + "); an override replaces values of"
                + " those years and cannot add one (" + count.get(year) + " row(s) of this file are of " + year
                + "). Use a year of the data, or give all of " + year + "'s values as a second --data file")));
        return out;
    }

    /**
     * For {@code suanli validate}: the same findings against the shipped data, as warnings, since validate does not
     * know whether the file will be given as --data or as --override.
     */
    static List<ValidationIssue> warnings(ValidationReport report) {
        if (report.hasErrors() || report.observations().isEmpty() || DataFiles.find().isEmpty()) {
            return List.of();
        }
        Path shipped = DataFiles.path("indicators.csv");
        if (!Files.isRegularFile(shipped)) {
            return List.of();
        }
        List<ValidationIssue> out = new ArrayList<>();
        for (ValidationIssue e : errors(IndicatorData.load(shipped), report)) {
            out.add(new ValidationIssue(e.file(), e.row(), e.column(), Severity.WARNING,
                    "as an --override of the shipped data/indicators.csv this file would be refused: " + e.message()));
        }
        return out;
    }

    private static String join(SortedSet<Integer> years) {
        return years.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
