package org.suanli.data.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.suanli.data.Severity;
import org.suanli.data.ValidationIssue;

/**
 * A {@link DataFileChecker} for a file of a fixed name whose own loader is the check: whatever the loader rejects
 * is the problem, reported at the row and column its message names ("… line N, column C: message").
 * Subclasses give the name, a description and the loader, and a public no-argument constructor for ServiceLoader.
 */
public abstract class LoaderChecker implements DataFileChecker {

    /** Reads a file the way the analysis does, throwing on anything it cannot use. */
    @FunctionalInterface
    public interface Loader {
        void load(Path file) throws Exception;
    }

    private static final Pattern WHERE = Pattern.compile("line (\\d+)(?:, column ([^:]+))?(?: \\([^)]*\\))?: (.*)", Pattern.DOTALL);

    private final String fileName;
    private final String description;
    private final Loader loader;

    protected LoaderChecker(String fileName, String description, Loader loader) {
        this.fileName = fileName;
        this.description = description;
        this.loader = loader;
    }

    @Override
    public boolean owns(Path file) {
        return file.getFileName() != null && file.getFileName().toString().equals(fileName);
    }

    @Override
    public String describe(Path file) {
        return description;
    }

    @Override
    public List<ValidationIssue> check(Path file) {
        try {
            loader.load(file);
            return List.of();
        } catch (Exception e) {
            String message = String.valueOf(e.getMessage());
            Matcher m = WHERE.matcher(message);
            if (m.find()) {
                return List.of(new ValidationIssue(file.toString(), Integer.parseInt(m.group(1)),
                        m.group(2) == null ? "" : m.group(2), Severity.ERROR, m.group(3)));
            }
            return List.of(new ValidationIssue(file.toString(), 0, "", Severity.ERROR, message));
        }
    }
}
