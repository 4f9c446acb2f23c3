package org.suanli.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.suanli.data.Framework;
import org.suanli.data.VariableCatalog;
import org.suanli.data.validate.ValidationIssue;
import org.suanli.data.validate.ValidationReport;
import org.suanli.data.validate.Validator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suanli validate}: checks data files before an analysis uses them, reporting every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate long-form indicator or economy CSV files (year,province,indicator,value,unit,provenance,source).",
                "Reports every error and warning with its file, row and column; exits 1 if any file has an error."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file is valid (warnings may be printed)", "1:at least one error", "2:bad command line"})
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "The CSV files to check, e.g. data/*.csv")
    List<Path> files;

    @Option(names = "--framework", paramLabel = "CSV", description = "A framework file to check against (default: the shipped data/framework.csv)")
    Path framework;

    @Option(names = "--economy-variables", paramLabel = "CSV",
            description = "An economic-variable catalogue (default: the shipped data/economy_variables.csv)")
    Path economyVariables;

    @Option(names = {"-q", "--quiet"}, description = "Print errors only, not warnings")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        VariableCatalog catalog = catalog();
        Validator validator = new Validator(catalog);
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.equals("framework.csv")) {
                errors += checkFramework(file, out);
                continue;
            }
            if (REFERENCE_FILES.contains(name)) {
                out.println(file + ": skipped (" + name + " is a reference table, not long-form data)");
                continue;
            }
            ValidationReport report = validator.validate(file);
            for (ValidationIssue issue : report.issues()) {
                if (issue.isError() || !quiet) {
                    out.println(issue);
                }
            }
            errors += report.errors().size();
            warnings += report.warnings().size();
            out.println(file + ": " + report.observations().size() + " valid rows, " + report.errors().size() + " error(s), "
                    + report.warnings().size() + " warning(s)");
        }
        out.println(errors == 0 ? "OK: no errors" + (warnings > 0 ? " (" + warnings + " warning(s))" : "")
                : "FAILED: " + errors + " error(s)");
        return errors == 0 ? 0 : 1;
    }

    /** Files in data/ that are catalogues or reference tables with their own shapes, checked where they are read. */
    static final java.util.Set<String> REFERENCE_FILES = java.util.Set.of("economy_variables.csv", "provinces.csv");

    private static int checkFramework(Path file, PrintWriter out) {
        try {
            Framework f = Framework.load(file);
            out.println(file + ": a framework of " + f.level(1).size() + " first-level, " + f.level(2).size()
                    + " second-level and " + f.leaves().size() + " third-level indicators");
            return 0;
        } catch (RuntimeException e) {
            out.println(file + ": error: " + e.getMessage());
            return 1;
        }
    }

    private VariableCatalog catalog() {
        Framework f = framework == null ? Framework.standard() : Framework.load(framework);
        if (economyVariables != null) {
            return VariableCatalog.of(f, economyVariables);
        }
        return framework == null ? VariableCatalog.standard() : VariableCatalog.of(f);
    }
}
