package org.suanli.ahp;

import java.util.List;
import java.util.stream.Collectors;

/** A comparison matrix (or a hierarchy of them) that cannot be used, with every problem found, not just the first. */
public class InvalidMatrixException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final transient List<MatrixIssue> issues;

    public InvalidMatrixException(String what, List<MatrixIssue> issues) {
        super(what + " has " + count(issues) + ":\n  "
                + issues.stream().map(MatrixIssue::toString).collect(Collectors.joining("\n  ")));
        this.issues = List.copyOf(issues);
    }

    private static String count(List<MatrixIssue> issues) {
        long errors = issues.stream().filter(i -> i.severity() == MatrixIssue.Severity.ERROR).count();
        return errors == 1 ? "1 error" : errors + " errors";
    }

    public List<MatrixIssue> issues() {
        return issues;
    }
}
