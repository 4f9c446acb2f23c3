package org.suanli.ahp;

import org.suanli.data.CsvFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One expert's judgments for every node of a hierarchy: for each parent node, a comparison matrix of its children.
 *
 * <p>The file format ({@code data/ahp/expert-NN.csv}, UTF-8, documented in {@code docs/ahp.md}):
 * <pre>
 * # comment lines start with '#'
 * node,row,column,value
 * index,scale,industry,2
 * index,scale,technology,1/2
 * </pre>
 * Each line says: under {@code node}, child {@code row} is {@code value} times as important as child
 * {@code column}. Only one of each pair is needed (the mirror is the reciprocal); a pair not given, or given as
 * {@code ?}, is a skipped comparison that will be completed. The order in which a node's children appear fixes
 * the matrix order, which does not affect the weights.
 *
 * @param id      the expert's name (the file name without {@code .csv} unless a panel file says otherwise)
 * @param weight  the expert's weight in a panel (1 unless the panel says otherwise)
 * @param matrices node key → comparison matrix of its children
 */
public record ExpertJudgments(String id, double weight, Map<String, PairwiseMatrix> matrices) {

    public static final String HEADER = "node,row,column,value";

    public ExpertJudgments {
        matrices = Collections.unmodifiableMap(new LinkedHashMap<>(matrices));
    }

    public ExpertJudgments withWeight(String newId, double newWeight) {
        return new ExpertJudgments(newId, newWeight, matrices);
    }

    /** Reads an expert file; the id is the file name without its extension. */
    public static ExpertJudgments read(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return parse(CsvFile.text(file), file.toString(), name);
    }

    /** Whether CSV text is an expert hierarchy file (its first non-comment line is {@value #HEADER}). */
    public static boolean looksLikeExpertFile(String text) {
        for (String line : text.split("\r?\n")) {
            String t = line.startsWith("\uFEFF") ? line.substring(1).strip() : line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            return t.replace(" ", "").equalsIgnoreCase(HEADER);
        }
        return false;
    }

    public static ExpertJudgments parse(String text, String source, String id) {
        Map<String, List<String>> labels = new LinkedHashMap<>();
        Map<String, List<PairwiseMatrix.Judgment>> judgments = new LinkedHashMap<>();
        List<MatrixIssue> issues = new ArrayList<>();
        boolean headerSeen = false;
        for (CsvFile.Row row : CsvFile.parse(text, source, ',', true).records()) {
            String[] f = row.values().toArray(String[]::new);
            int line = row.line();
            if (!headerSeen) {
                headerSeen = true;
                if (!String.join(",", f).equalsIgnoreCase(HEADER)) {
                    issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                            "the header must be '" + HEADER + "', found '" + String.join(",", f) + "'"));
                    break;
                }
                continue;
            }
            if (f.length != 4) {
                issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "expected 4 fields node,row,column,value; got " + f.length));
                continue;
            }
            if (f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) {
                issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "node, row and column must all be given"));
                continue;
            }
            if (f[1].equals(f[2])) {
                issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "compares '" + f[1] + "' with itself; the diagonal is always 1, leave it out"));
                continue;
            }
            Double v = PairwiseMatrix.parseCell(f[3]);
            if (v == null) {
                issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "'" + f[3] + "' is not a number or a fraction such as 1/3"));
                continue;
            }
            List<String> l = labels.computeIfAbsent(f[0], x -> new ArrayList<>());
            for (int c = 1; c <= 2; c++) {
                if (!l.contains(f[c])) {
                    l.add(f[c]);
                }
            }
            if (!Double.isNaN(v)) {
                judgments.computeIfAbsent(f[0], x -> new ArrayList<>())
                        .add(new PairwiseMatrix.Judgment(f[1], f[2], v, line));
            }
        }
        if (!headerSeen) {
            issues.add(new MatrixIssue(source, 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                    "the file is empty; it needs the header '" + HEADER + "' and one line per judgment"));
        }
        Map<String, PairwiseMatrix> matrices = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : labels.entrySet()) {
            try {
                matrices.put(e.getKey(), PairwiseMatrix.fromJudgments(source + ", node " + e.getKey(), e.getValue(),
                        judgments.getOrDefault(e.getKey(), List.of())));
            } catch (InvalidMatrixException ex) {
                issues.addAll(ex.issues());
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException(source, issues);
        }
        return new ExpertJudgments(id, 1.0, matrices);
    }

    /** Writes this expert's judgments in the file format (upper triangle of each matrix, as fractions). */
    public String toCsv() {
        StringBuilder b = new StringBuilder(HEADER).append('\n');
        for (Map.Entry<String, PairwiseMatrix> e : matrices.entrySet()) {
            PairwiseMatrix m = e.getValue();
            for (int i = 0; i < m.size(); i++) {
                for (int j = i + 1; j < m.size(); j++) {
                    double v = m.get(i, j);
                    b.append(e.getKey()).append(',').append(m.labels().get(i)).append(',')
                            .append(m.labels().get(j)).append(',')
                            .append(Double.isNaN(v) ? "?" : PairwiseMatrix.formatJudgment(v)).append('\n');
                }
            }
        }
        return b.toString();
    }
}
