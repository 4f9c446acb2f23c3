package org.suanli.data;

import java.util.List;
import java.util.Map;


/**
 * What validating one file found: every issue at once (not only the first), and the rows that were usable.
 *
 * @param file         the file as the user named it
 * @param issues       errors and warnings, in file order
 * @param observations the rows that passed, for loaders that go on when there are only warnings
 * @param lines        the line in the file of each value that passed, so later checks can point at it
 */
public record ValidationReport(String file, List<ValidationIssue> issues, List<Observation> observations,
                               Map<Observation.Key, Integer> lines) {

    public ValidationReport {
        issues = List.copyOf(issues);
        observations = List.copyOf(observations);
        lines = Map.copyOf(lines);
    }

    public ValidationReport(String file, List<ValidationIssue> issues, List<Observation> observations) {
        this(file, issues, observations, Map.of());
    }

    /** The line of a value in the file, or 0 when unknown. */
    public int lineOf(Observation.Key key) {
        return lines.getOrDefault(key, 0);
    }

    public List<ValidationIssue> errors() {
        return issues.stream().filter(ValidationIssue::isError).toList();
    }

    public List<ValidationIssue> warnings() {
        return issues.stream().filter(i -> !i.isError()).toList();
    }

    public boolean hasErrors() {
        return issues.stream().anyMatch(ValidationIssue::isError);
    }
}
