package org.suanli.data.validate;

import java.nio.file.Path;
import java.util.List;

import org.suanli.data.Framework;
import org.suanli.data.VariableCatalog;

/** Checkers for the foundation's own reference tables. */
public final class CatalogueCheckers {

    private CatalogueCheckers() {
    }

    private static List<ValidationIssue> attempt(Path file, Runnable read) {
        try {
            read.run();
            return List.of();
        } catch (RuntimeException e) {
            return List.of(new ValidationIssue(file.toString(), 0, "", Severity.ERROR, e.getMessage()));
        }
    }

    /** {@code framework.csv}: must be a valid indicator tree. */
    public static final class FrameworkChecker implements DataFileChecker {
        @Override
        public boolean owns(Path file) {
            return file.getFileName().toString().equals("framework.csv");
        }

        @Override
        public String describe(Path file) {
            try {
                Framework f = Framework.load(file);
                return "a framework of " + f.level(1).size() + " first-level, " + f.level(2).size() + " second-level and "
                        + f.leaves().size() + " third-level indicators";
            } catch (RuntimeException e) {
                return "the indicator framework";
            }
        }

        @Override
        public List<ValidationIssue> check(Path file) {
            return attempt(file, () -> Framework.load(file));
        }
    }

    /** {@code economy_variables.csv}: keys, names and units of the economic variables. */
    public static final class EconomyVariablesChecker implements DataFileChecker {
        @Override
        public boolean owns(Path file) {
            return file.getFileName().toString().equals("economy_variables.csv");
        }

        @Override
        public String describe(Path file) {
            return "the economic-variable catalogue";
        }

        @Override
        public List<ValidationIssue> check(Path file) {
            return attempt(file, () -> VariableCatalog.of(Framework.standard(), file));
        }
    }

    /** {@code provinces.csv}: read from the jar at start-up; the file in data/ is its source. */
    public static final class ProvincesChecker implements DataFileChecker {
        @Override
        public boolean owns(Path file) {
            return file.getFileName().toString().equals("provinces.csv");
        }

        @Override
        public String describe(Path file) {
            return "the province list (bundled into the jar at build time)";
        }

        @Override
        public List<ValidationIssue> check(Path file) {
            return List.of();
        }
    }
}
