package org.suanli.ahp;

import org.suanli.data.CsvFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A panel file lists experts: {@code expert,file,weight,note}, one line per expert; {@code file} is relative to the
 * panel file. It lets a panel weight its experts without touching their judgment files.
 */
public final class ExpertPanelFile {
    public static final String HEADER = "expert,file,weight,note";

    private ExpertPanelFile() {
    }

    public static boolean looksLikePanelFile(String text) {
        for (String line : text.split("\r?\n")) {
            String t = line.startsWith("\uFEFF") ? line.substring(1).strip() : line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return t.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("expert,file");
        }
        return false;
    }

    /** Reads a panel file and the expert files it lists. */
    public static List<ExpertJudgments> read(Path panel) {
        String text = CsvFile.text(panel);
        Path dir = panel.toAbsolutePath().getParent();
        List<ExpertJudgments> experts = new ArrayList<>();
        List<MatrixIssue> issues = new ArrayList<>();
        boolean header = false;
        for (CsvFile.Row row : CsvFile.parse(text, panel.toString(), ',', true).records()) {
            int line = row.line();
            if (!header) {
                header = true;
                continue;
            }
            String[] f = row.values().toArray(String[]::new);
            if (f.length < 2) {
                issues.add(new MatrixIssue(panel.toString(), line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "expected expert,file[,weight[,note]]"));
                continue;
            }
            double weight = 1.0;
            if (f.length >= 3 && !f[2].isBlank()) {
                Double w = PairwiseMatrix.parseCell(f[2]);
                if (w == null || Double.isNaN(w) || !(w > 0)) {
                    issues.add(new MatrixIssue(panel.toString(), line, 0, 0, "", MatrixIssue.Severity.ERROR,
                            "expert weight '" + f[2] + "' must be a positive number"));
                    continue;
                }
                weight = w;
            }
            Path file = dir.resolve(f[1]);
            if (!Files.isRegularFile(file)) {
                issues.add(new MatrixIssue(panel.toString(), line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "expert file " + file + " does not exist"));
                continue;
            }
            try {
                experts.add(ExpertJudgments.read(file).withWeight(f[0], weight));
            } catch (InvalidMatrixException e) {
                issues.addAll(e.issues());
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException(panel.toString(), issues);
        }
        if (experts.isEmpty()) {
            throw new InvalidMatrixException(panel.toString(), List.of(new MatrixIssue(panel.toString(), 0, 0, 0,
                    "", MatrixIssue.Severity.ERROR, "the panel lists no experts")));
        }
        return experts;
    }

    /** Panel files are expanded; expert files are read as they are. */
    public static List<ExpertJudgments> readAll(Path... files) {
        List<ExpertJudgments> out = new ArrayList<>();
        for (Path p : files) {
            String text = CsvFile.text(p);
            if (looksLikePanelFile(text)) {
                out.addAll(read(p));
            } else {
                out.add(ExpertJudgments.parse(text, p.toString(),
                        p.getFileName().toString().replaceFirst("\\.csv$", "")));
            }
        }
        return out;
    }
}
