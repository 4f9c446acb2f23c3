package org.suanli.data.validate;

import java.nio.file.Path;

import org.suanli.data.Framework;
import org.suanli.data.VariableCatalog;

/** Checkers for the foundation's own reference tables. */
public final class CatalogueCheckers {

    private CatalogueCheckers() {
    }

    /** {@code framework.csv}: must be a valid indicator tree. */
    public static final class FrameworkChecker extends LoaderChecker {
        public FrameworkChecker() {
            super("framework.csv", "the indicator framework", Framework::load);
        }

        @Override
        public String describe(Path file) {
            try {
                Framework f = Framework.load(file);
                return "a framework of " + f.level(1).size() + " first-level, " + f.level(2).size() + " second-level and "
                        + f.leaves().size() + " third-level indicators";
            } catch (RuntimeException e) {
                return super.describe(file);
            }
        }
    }

    /** {@code economy_variables.csv}: keys, names and units of the economic variables. */
    public static final class EconomyVariablesChecker extends LoaderChecker {
        public EconomyVariablesChecker() {
            super("economy_variables.csv", "the economic-variable catalogue",
                    file -> VariableCatalog.of(Framework.standard(), file));
        }
    }

    /** {@code provinces.csv}: read from the jar at start-up; the file in data/ is its source. */
    public static final class ProvincesChecker extends LoaderChecker {
        public ProvincesChecker() {
            super("provinces.csv", "the province list (bundled into the jar at build time)", file -> { });
        }
    }
}
