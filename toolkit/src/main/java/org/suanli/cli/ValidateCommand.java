package org.suanli.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;

import org.suanli.data.Framework;
import org.suanli.data.ValidationIssue;
import org.suanli.data.ValidationReport;
import org.suanli.data.Validator;
import org.suanli.data.VariableCatalog;
import org.suanli.data.validate.DataFileChecker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code suanli validate}: checks data files before an analysis uses them, reporting every problem at once. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validate data files: long-form indicator or economy CSV (year,province,indicator,value,unit,provenance,source),",
                "and the reference tables of data/ (the framework, catalogues, capacity tables), each by the code that reads it.",
                "AHP files (a matrix, a panel, an expert's judgments) are recognised by their content.",
                "Reports every error and warning with its file, row and column; exits 3 if any file has an error."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK + ":every file is valid (warnings may be printed)", ExitCodes.USAGE_LINE,
                ExitCodes.INPUT + ":at least one file has an error (each is listed with file, row and column)"})
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
    public Integer call() throws Exception {
        return CommandErrors.guard(spec, this::run);
    }

    private Integer run() {
        PrintWriter out = spec.commandLine().getOut();
        VariableCatalog catalog = catalog();
        Validator validator = new Validator(catalog);
        int errors = 0;
        int warnings = 0;
        for (Path file : files) {
            Optional<DataFileChecker> owner = CHECKERS.stream().filter(c -> c.owns(file)).findFirst();
            if (owner.isPresent()) {
                List<ValidationIssue> issues = owner.get().check(file);
                issues.forEach(out::println);
                errors += (int) issues.stream().filter(ValidationIssue::isError).count();
                out.println(file + ": " + owner.get().describe(file) + (issues.isEmpty() ? ", valid" : ""));
                continue;
            }
            ValidationReport report = validator.validate(file);
            List<ValidationIssue> asOverride = OverrideCheck.warnings(report);
            for (ValidationIssue issue : concat(report.issues(), asOverride)) {
                if (issue.isError() || !quiet) {
                    out.println(issue);
                }
            }
            errors += report.errors().size();
            warnings += report.warnings().size() + asOverride.size();
            out.println(file + ": " + report.observations().size() + " valid rows, " + report.errors().size() + " error(s), "
                    + (report.warnings().size() + asOverride.size()) + " warning(s)");
        }
        out.println(errors == 0 ? "OK: no errors" + (warnings > 0 ? " (" + warnings + " warning(s))" : "")
                : "FAILED: " + errors + " error(s)");
        return errors == 0 ? ExitCodes.OK : ExitCodes.INPUT;
    }

    private static List<ValidationIssue> concat(List<ValidationIssue> a, List<ValidationIssue> b) {
        List<ValidationIssue> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Checkers of the files that are not long-form data, from every jar on the class path. */
    private static final List<DataFileChecker> CHECKERS = ServiceLoader.load(DataFileChecker.class).stream()
            .map(ServiceLoader.Provider::get).toList();

    private VariableCatalog catalog() {
        Framework f = framework == null ? Framework.standard() : Framework.load(framework);
        if (economyVariables != null) {
            return VariableCatalog.of(f, economyVariables);
        }
        return framework == null ? VariableCatalog.standard() : VariableCatalog.of(f);
    }
}
