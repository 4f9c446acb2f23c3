package org.suanli.capacity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.suanli.data.validate.DataFileChecker;
import org.suanli.data.validate.Severity;
import org.suanli.data.validate.ValidationIssue;

/**
 * {@code suanli validate} checkers for the capacity tables, which are not long-form data: each file is read by
 * the code that uses it, and whatever that code rejects is reported with its row and column.
 */
public final class CapacityDataCheckers {

    private CapacityDataCheckers() {
    }

    /** The loaders say "FILE line N, column C: message"; split that into an issue's fields. */
    private static final Pattern WHERE = Pattern.compile("line (\\d+)(?:, column ([^:]+))?(?: \\([^)]*\\))?: (.*)", Pattern.DOTALL);

    interface Reader {
        void read(Path file) throws IOException;
    }

    static List<ValidationIssue> attempt(Path file, Reader reader) {
        try {
            reader.read(file);
            return List.of();
        } catch (IOException | RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            Matcher m = WHERE.matcher(msg);
            if (m.find()) {
                return List.of(new ValidationIssue(file.toString(), Integer.parseInt(m.group(1)),
                        m.group(2) == null ? "" : m.group(2), Severity.ERROR, m.group(3)));
            }
            return List.of(new ValidationIssue(file.toString(), 0, "", Severity.ERROR, msg));
        }
    }

    private static boolean named(Path file, String name) {
        return file.getFileName() != null && file.getFileName().toString().equals(name);
    }

    /** {@code capacity_stated.csv}: the book's national and global capacity figures with their quotes. */
    public static final class StatedFiguresChecker implements DataFileChecker {
        @Override
        public boolean owns(Path file) {
            return named(file, "capacity_stated.csv");
        }

        @Override
        public String describe(Path file) {
            return "the blue book's national and global capacity figures (org.suanli.capacity.StatedFigures)";
        }

        @Override
        public List<ValidationIssue> check(Path file) {
            return attempt(file, StatedFigures::load);
        }
    }

    /** {@code shipments.csv}: server shipments by year with provenance. */
    public static final class ShipmentsChecker implements DataFileChecker {
        @Override
        public boolean owns(Path file) {
            return named(file, "shipments.csv");
        }

        @Override
        public String describe(Path file) {
            return "server shipments by year (org.suanli.capacity.Shipments)";
        }

        @Override
        public List<ValidationIssue> check(Path file) {
            return attempt(file, Shipments::load);
        }
    }

    /** {@code server_configs.csv}: typical server configurations with vendor sources. */
    public static final class ServerConfigsChecker implements DataFileChecker {
        @Override
        public boolean owns(Path file) {
            return named(file, "server_configs.csv");
        }

        @Override
        public String describe(Path file) {
            return "server configurations with vendor sources (org.suanli.capacity.ServerCatalog)";
        }

        @Override
        public List<ValidationIssue> check(Path file) {
            return attempt(file, ServerCatalog::load);
        }
    }
}
