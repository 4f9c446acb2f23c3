package org.suanli.data;

import java.util.List;


/**
 * What validating one file found: every issue at once (not only the first), and the rows that were usable.
 *
 * @param file         the file as the user named it
 * @param issues       errors and warnings, in file order
 * @param observations the rows that passed, for loaders that go on when there are only warnings
 */
public record ValidationReport(String file, List<ValidationIssue> issues, List<Observation> observations) {

    public ValidationReport {
        issues = List.copyOf(issues);
        observations = List.copyOf(observations);
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
