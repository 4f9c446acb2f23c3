package org.suanli.data.validate;

import java.nio.file.Path;
import java.util.List;

import org.suanli.data.ValidationIssue;

/**
 * A checker for a data file that is not long-form data: the framework, a variable catalogue, the capacity
 * tables. {@code suanli validate data/*.csv} hands each file to the checker that owns it, so every shipped file is
 * checked by the code that reads it, and a file nobody owns is checked as long-form data.
 *
 * <p>Implementations are found with {@link java.util.ServiceLoader}; list them in
 * {@code META-INF/services/org.suanli.data.validate.DataFileChecker}.
 */
public interface DataFileChecker {

    /** True when this checker reads files of this name (usually a fixed file name). */
    boolean owns(Path file);

    /** What the file is, for the summary line, e.g. "the indicator framework". */
    String describe(Path file);

    /** Every problem of the file, with row and column where the reader knows them. */
    List<ValidationIssue> check(Path file);
}
