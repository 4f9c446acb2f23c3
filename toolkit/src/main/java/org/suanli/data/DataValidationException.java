package org.suanli.data;

import java.util.List;
import java.util.stream.Collectors;


/** A data file had errors; the message lists every one of them with its file, row and column. */
public final class DataValidationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ValidationIssue> issues;

    public DataValidationException(List<ValidationIssue> issues) {
        super(issues.stream().filter(ValidationIssue::isError).count() + " error(s) in the data; fix them and load again:\n"
                + issues.stream().filter(ValidationIssue::isError).map(i -> "  " + i).collect(Collectors.joining("\n")));
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
