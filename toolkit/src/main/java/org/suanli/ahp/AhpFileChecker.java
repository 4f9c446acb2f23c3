package org.suanli.ahp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.suanli.data.CsvFile;
import org.suanli.data.Framework;
import org.suanli.data.Severity;
import org.suanli.data.ValidationIssue;
import org.suanli.data.validate.DataFileChecker;

/**
 * Lets {@code suanli validate} check AHP files (recognised by their content, or any CSV under a {@code data/ahp/}
 * folder) with the code that
 * reads them: a panel file and the expert files it lists, an expert file against the framework, or a single
 * comparison matrix. Inconsistent matrices are warnings; they are valid
 * input, but their weights should not be used unrevised.
 */
public final class AhpFileChecker implements DataFileChecker {

    @Override
    public boolean owns(Path file) {
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String text = read(file);
        if (text != null && (ExpertPanelFile.looksLikePanelFile(text) || ExpertJudgments.looksLikeExpertFile(text)
                || PairwiseMatrix.looksLikeMatrix(text))) {
            return true;
        }
        for (Path p = file.toAbsolutePath().normalize().getParent(); p != null; p = p.getParent()) {
            Path up = p.getParent();
            if (p.getFileName() != null && p.getFileName().toString().equals("ahp")
                    && up != null && up.getFileName() != null && up.getFileName().toString().equals("data")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe(Path file) {
        String text = read(file);
        if (text == null) {
            return "an AHP file";
        }
        if (ExpertPanelFile.looksLikePanelFile(text)) {
            return "an AHP panel of experts";
        }
        return ExpertJudgments.looksLikeExpertFile(text) ? "one expert's AHP judgments" : "an AHP comparison matrix";
    }

    @Override
    public List<ValidationIssue> check(Path file) {
        List<ValidationIssue> out = new ArrayList<>();
        String text = read(file);
        if (text == null) {
            out.add(new ValidationIssue(file.toString(), 0, "", Severity.ERROR, "cannot be read as UTF-8 text"));
            return out;
        }
        try {
            List<AhpHierarchy.Node> tree = AhpHierarchy.tree(Framework.standard());
            List<ExpertJudgments> experts = new ArrayList<>();
            if (ExpertPanelFile.looksLikePanelFile(text)) {
                experts.addAll(ExpertPanelFile.read(file));
            } else if (ExpertJudgments.looksLikeExpertFile(text)) {
                experts.add(ExpertJudgments.read(file));
            } else {
                PairwiseMatrix m = PairwiseMatrix.parseCsv(text, file.toString());
                m.warnings().forEach(w -> out.add(convert(w)));
                consistency(m, file.toString(), out);
                return out;
            }
            for (ExpertJudgments e : experts) {
                AhpHierarchy.validate(tree, e).forEach(i -> out.add(convert(i, file)));
                for (var entry : e.matrices().entrySet()) {
                    entry.getValue().warnings().forEach(w -> out.add(convert(w)));
                    consistency(entry.getValue(), entry.getValue().source(), out);
                }
            }
        } catch (InvalidMatrixException e) {
            e.issues().forEach(i -> out.add(convert(i)));
        } catch (RuntimeException e) {
            out.add(new ValidationIssue(file.toString(), 0, "", Severity.ERROR, e.getMessage()));
        }
        return out;
    }

    private static void consistency(PairwiseMatrix m, String where, List<ValidationIssue> out) {
        if (m.size() < 3) {
            return;
        }
        Priorities p = Completion.bozoki(m).priorities();
        if (!p.consistent()) {
            out.add(new ValidationIssue(where, 0, "", Severity.WARNING, String.format(Locale.ROOT,
                    "inconsistent judgments: CR = %.3f > 0.10 (Saaty's classic RI); run 'suanli ahp' on the "
                            + "matrix for the judgments to revise", p.cr())));
        }
    }

    private static ValidationIssue convert(MatrixIssue i) {
        return convert(i, null);
    }

    private static ValidationIssue convert(MatrixIssue i, Path file) {
        String where = file != null && i.line() == 0 ? file + " (" + i.source() + ")" : i.source();
        return new ValidationIssue(where, i.line(), i.cell(), i.severity() == MatrixIssue.Severity.ERROR
                ? Severity.ERROR : Severity.WARNING, i.message());
    }

    private static String read(Path file) {
        try {
            return CsvFile.text(file);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
