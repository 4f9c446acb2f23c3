package org.suanli.ahp;

import org.suanli.data.CsvFile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.suanli.data.Language;

import org.suanli.data.ShownProvenance;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * A positive reciprocal pairwise comparison matrix: entry a[i][j] says how many times more important
 * criterion i is than criterion j (Saaty's 1–9 scale and its reciprocals).
 *
 * <p>Instances are immutable and always valid: square, positive, unit diagonal and exactly reciprocal. Input that
 * is reciprocal only within {@link #RECIPROCAL_TOLERANCE} (people type 0.33 for 1/3) is repaired by keeping the
 * judgment ≥ 1 and replacing its mirror with the exact reciprocal. Anything worse is an error naming the cell.
 * A judgment off the 1–9 scale is a warning, not an error: some experts use 2.5 or 1.5 on purpose.
 *
 * <p>An expert may skip comparisons. Skipped cells are {@code NaN} in {@link #toArray()}; such a matrix is
 * {@linkplain #isComplete() incomplete} and must be {@linkplain Completion completed} before priorities are taken.
 */
public final class PairwiseMatrix {

    /** Relative tolerance for a[i][j]·a[j][i] = 1; 0.02 accepts 0.33 for 1/3 and 0.14 for 1/7. */
    public static final double RECIPROCAL_TOLERANCE = 0.02;
    /** Tolerance for the diagonal being 1. */
    public static final double DIAGONAL_TOLERANCE = 1e-9;

    private final String source;
    private final List<String> labels;
    private final double[][] a;
    private final List<MatrixIssue> warnings;

    private PairwiseMatrix(String source, List<String> labels, double[][] a, List<MatrixIssue> warnings) {
        this.source = source;
        this.labels = List.copyOf(labels);
        this.a = a;
        this.warnings = List.copyOf(warnings);
    }

    // ---------------------------------------------------------------- factories

    /** A full matrix with labels C1…Cn. */
    public static PairwiseMatrix of(double[][] full) {
        return of(defaultLabels(full.length), full);
    }

    /** A full matrix. {@code NaN} marks a skipped comparison; if only one of a pair is given the other is derived. */
    public static PairwiseMatrix of(List<String> labels, double[][] full) {
        return of("matrix", labels, full);
    }

    /** A full matrix, with a source name used in error messages. */
    public static PairwiseMatrix of(String source, List<String> labels, double[][] full) {
        return build(source, labels, full, null);
    }

    /**
     * From the upper triangle only: {@code rows[i]} holds a[i][i+1] … a[i][n-1] (n−1−i values; the last row may be
     * omitted). {@code NaN} marks a skipped comparison.
     */
    public static PairwiseMatrix fromUpperTriangle(List<String> labels, double[]... rows) {
        int n = labels.size();
        List<MatrixIssue> issues = new ArrayList<>();
        double[][] full = nanMatrix(n);
        if (rows.length < n - 1 || rows.length > n) {
            issues.add(new MatrixIssue("upper triangle", 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                    "expected " + (n - 1) + " rows of judgments for " + n + " labels, got " + rows.length));
        }
        for (int i = 0; i < rows.length && i < n; i++) {
            if (rows[i].length != n - 1 - i) {
                issues.add(new MatrixIssue("upper triangle", 0, i + 1, 0, "", MatrixIssue.Severity.ERROR,
                        "row " + (i + 1) + " (" + labels.get(i) + ") must hold " + (n - 1 - i)
                                + " judgments (columns " + (i + 2) + "…" + n + "), got " + rows[i].length));
                continue;
            }
            for (int k = 0; k < rows[i].length; k++) {
                full[i][i + 1 + k] = rows[i][k];
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException("The upper triangle", issues);
        }
        return build("upper triangle", labels, full, null);
    }

    /** From pairwise judgments "row is value times as important as column"; pairs not given are skipped. */
    public static PairwiseMatrix fromJudgments(String source, List<String> labels, List<Judgment> judgments) {
        int n = labels.size();
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(labels.get(i), i);
        }
        double[][] full = nanMatrix(n);
        int[][] lines = new int[n][n];
        List<MatrixIssue> issues = new ArrayList<>();
        for (Judgment j : judgments) {
            Integer r = index.get(j.row());
            Integer c = index.get(j.column());
            if (r == null || c == null) {
                String unknown = r == null ? j.row() : j.column();
                issues.add(new MatrixIssue(source, j.line(), 0, 0, "", MatrixIssue.Severity.ERROR,
                        "'" + unknown + "' is not one of the compared elements " + labels));
                continue;
            }
            if (!Double.isNaN(full[r][c])) {
                issues.add(new MatrixIssue(source, j.line(), r + 1, c + 1, cell(labels, r, c),
                        MatrixIssue.Severity.ERROR, "this pair is judged twice (first on line " + lines[r][c]
                        + "); keep one judgment"));
                continue;
            }
            full[r][c] = j.value();
            lines[r][c] = j.line();
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException(source, issues);
        }
        return build(source, labels, full, lines);
    }

    /** One stated judgment: {@code row} is {@code value} times as important as {@code column}. */
    public record Judgment(String row, String column, double value, int line) {
        public Judgment(String row, String column, double value) {
            this(row, column, value, 0);
        }
    }

    /** Reads a matrix CSV file (UTF-8); see {@link #parseCsv(String, String)} for the forms accepted. */
    public static PairwiseMatrix read(Path file) {
        return parseCsv(CsvFile.text(file), file.toString());
    }

    /**
     * Parses a comparison matrix from CSV text. Lines starting with {@code #} are comments. Two forms:
     * <ul>
     *   <li><b>grid</b>: a header {@code ,A,B,C} of labels, then one row per label {@code A,1,3,5}. Cells may be
     *   numbers or fractions ({@code 1/3}); a blank cell whose mirror is given is its reciprocal, so the upper
     *   triangle alone is enough; a blank diagonal is 1; {@code ?} or {@code NA} (or a pair blank on both sides)
     *   is a skipped comparison;</li>
     *   <li><b>pairs</b>: a header {@code row,column,value}, then one judgment per line, {@code A,B,3} meaning
     *   "A is 3 times as important as B". Elements are listed in order of first appearance.</li>
     * </ul>
     */
    public static PairwiseMatrix parseCsv(String text, String source) {
        CsvFile csv = CsvFile.parse(text, source, CsvFile.guessDelimiter(firstDataLine(text)), true);
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        for (CsvFile.Row r : csv.records()) {
            rows.add(r.values().toArray(String[]::new));
            lineNumbers.add(r.line());
        }
        if (rows.isEmpty()) {
            throw new InvalidMatrixException(source, List.of(new MatrixIssue(source, 0, 0, 0, "",
                    MatrixIssue.Severity.ERROR, "the file holds no matrix (only comments or blank lines)")));
        }
        String[] header = rows.get(0);
        if (header.length == 3 && header[0].equalsIgnoreCase("row") && header[1].equalsIgnoreCase("column")
                && header[2].equalsIgnoreCase("value")) {
            return parsePairs(rows, lineNumbers, source);
        }
        if (isBare(rows)) {
            return parseBare(rows, lineNumbers, source);
        }
        return parseGrid(rows, lineNumbers, source);
    }

    /**
     * Whether CSV text is a comparison matrix by its shape: a pairs header {@code row,column,value}, a labelled grid
     * (an empty corner cell, then n labels and n rows), or a bare square of numbers. {@code suanli validate} uses
     * this to recognise an AHP file wherever it lies.
     */
    public static boolean looksLikeMatrix(String text) {
        List<String[]> rows = new ArrayList<>();
        try {
            for (CsvFile.Row r : CsvFile.parse(text, "", CsvFile.guessDelimiter(firstDataLine(text)), true).records()) {
                rows.add(r.values().toArray(String[]::new));
            }
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (rows.isEmpty()) {
            return false;
        }
        String[] h = rows.get(0);
        if (h.length == 3 && h[0].equalsIgnoreCase("row") && h[1].equalsIgnoreCase("column") && h[2].equalsIgnoreCase("value")) {
            return true;
        }
        if (h.length >= 2 && h[0].isEmpty() && rows.size() == h.length) {
            return true;
        }
        return h.length >= 2 && isBare(rows);
    }

    private static String firstDataLine(String text) {
        for (String line : text.split("\r?\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                return line;
            }
        }
        return "";
    }

    /**
     * A bare square of numbers, as pasted from a spreadsheet: n rows of n cells, the first row holding no label
     * (each cell a number, a fraction, blank or a skip mark) and the first cell a number (the diagonal's 1).
     */
    private static boolean isBare(List<String[]> rows) {
        int n = rows.get(0).length;
        if (rows.size() != n || rows.stream().anyMatch(r -> r.length != n)) {
            return false;
        }
        Double corner = parseCell(rows.get(0)[0]);
        if (corner == null || Double.isNaN(corner)) {
            return false;
        }
        for (String cell : rows.get(0)) {
            if (parseCell(cell) == null) {
                return false;
            }
        }
        return true;
    }

    /** A bare matrix gets the labels C1…Cn, and a warning saying so, then is read as a labelled grid. */
    private static PairwiseMatrix parseBare(List<String[]> rows, List<Integer> lineNumbers, String source) {
        int n = rows.size();
        List<String> labels = defaultLabels(n);
        List<String[]> labelled = new ArrayList<>();
        String[] header = new String[n + 1];
        header[0] = "";
        for (int i = 0; i < n; i++) {
            header[i + 1] = labels.get(i);
        }
        labelled.add(header);
        List<Integer> lines = new ArrayList<>();
        lines.add(lineNumbers.get(0));
        for (int i = 0; i < n; i++) {
            String[] r = new String[n + 1];
            r[0] = labels.get(i);
            System.arraycopy(rows.get(i), 0, r, 1, n);
            labelled.add(r);
            lines.add(lineNumbers.get(i));
        }
        PairwiseMatrix m = parseGrid(labelled, lines, source);
        List<MatrixIssue> warnings = new ArrayList<>();
        warnings.add(new MatrixIssue(source, 0, 0, 0, "", MatrixIssue.Severity.WARNING, "the file is a bare " + n + "×" + n
                + " matrix without labels, so its elements are named " + labels.get(0) + "…" + labels.get(n - 1)
                + " in row order; add a header ',A,B,…' and a label before each row to name them"));
        warnings.addAll(m.warnings);
        return new PairwiseMatrix(m.source, m.labels, m.a, warnings);
    }

    private static PairwiseMatrix parsePairs(List<String[]> rows, List<Integer> lineNumbers, String source) {
        List<String> labels = new ArrayList<>();
        List<Judgment> judgments = new ArrayList<>();
        List<MatrixIssue> issues = new ArrayList<>();
        for (int k = 1; k < rows.size(); k++) {
            String[] r = rows.get(k);
            int line = lineNumbers.get(k);
            if (r.length != 3) {
                issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "expected 3 fields row,column,value; got " + r.length));
                continue;
            }
            for (int f = 0; f < 2; f++) {
                if (!labels.contains(r[f])) {
                    labels.add(r[f]);
                }
            }
            Double v = parseCell(r[2]);
            if (v == null) {
                issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "'" + r[2] + "' is not a number or a fraction such as 1/3"));
                continue;
            }
            if (r[0].equals(r[1])) {
                issues.add(new MatrixIssue(source, line, 0, 0, "", MatrixIssue.Severity.ERROR,
                        "compares '" + r[0] + "' with itself; the diagonal is always 1, leave it out"));
                continue;
            }
            if (!Double.isNaN(v)) {
                judgments.add(new Judgment(r[0], r[1], v, line));
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException(source, issues);
        }
        return fromJudgments(source, labels, judgments);
    }

    private static PairwiseMatrix parseGrid(List<String[]> rows, List<Integer> lineNumbers, String source) {
        String[] header = rows.get(0);
        List<String> labels = new ArrayList<>();
        for (int c = 1; c < header.length; c++) {
            labels.add(header[c]);
        }
        int n = labels.size();
        List<MatrixIssue> issues = new ArrayList<>();
        if (n == 0) {
            issues.add(new MatrixIssue(source, lineNumbers.get(0), 0, 0, "", MatrixIssue.Severity.ERROR,
                    "the header must list the compared elements after a first (corner) cell, e.g. ',A,B,C'"));
            throw new InvalidMatrixException(source, issues);
        }
        if (rows.size() - 1 != n) {
            issues.add(new MatrixIssue(source, 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                    "the matrix is not square: the header names " + n + " elements but " + (rows.size() - 1)
                            + " rows follow"));
        }
        double[][] full = nanMatrix(n);
        boolean[][] invalid = new boolean[n][n];
        boolean[][] explicitMissing = new boolean[n][n];
        int[][] lines = new int[n][n];
        for (int i = 0; i < Math.min(n, rows.size() - 1); i++) {
            String[] r = rows.get(i + 1);
            int line = lineNumbers.get(i + 1);
            if (!r[0].equals(labels.get(i))) {
                issues.add(new MatrixIssue(source, line, i + 1, 0, "", MatrixIssue.Severity.ERROR,
                        "row " + (i + 1) + " is labelled '" + r[0] + "' but the header's element " + (i + 1)
                                + " is '" + labels.get(i) + "'; rows must follow the header's order"));
            }
            if (r.length - 1 > n) {
                issues.add(new MatrixIssue(source, line, i + 1, 0, "", MatrixIssue.Severity.ERROR,
                        "the matrix is not square: row " + (i + 1) + " has " + (r.length - 1)
                                + " values for " + n + " columns"));
            }
            for (int j = 0; j < Math.min(n, r.length - 1); j++) {
                lines[i][j] = line;
                String s = r[j + 1];
                Double v = parseCell(s);
                if (v == null) {
                    invalid[i][j] = true;
                    issues.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                            MatrixIssue.Severity.ERROR, "'" + s + "' is not a number or a fraction such as 1/3"));
                } else if (Double.isNaN(v) && !s.isBlank()) {
                    explicitMissing[i][j] = true;
                    if (i == j) {
                        invalid[i][j] = true;
                        issues.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                                MatrixIssue.Severity.ERROR, "the diagonal cannot be skipped; it is always 1"));
                    }
                } else if (Double.isNaN(v) && i == j) {
                    full[i][j] = 1.0;
                } else {
                    full[i][j] = v;
                }
            }
        }
        if (rows.size() - 1 != n) {
            throw new InvalidMatrixException(source, issues);
        }
        return build(source, labels, full, lines, true, issues, invalid);
    }

    // ---------------------------------------------------------------- validation

    /**
     * A computed matrix (an aggregate, a completion): validated like any other, but without off-scale warnings,
     * which only make sense for judgments people typed.
     */
    static PairwiseMatrix computed(String source, List<String> labels, double[][] full) {
        return build(source, labels, full, null, false);
    }

    private static PairwiseMatrix build(String source, List<String> labels, double[][] input, int[][] lines) {
        return build(source, labels, input, lines, true);
    }

    private static PairwiseMatrix build(String source, List<String> labels, double[][] input, int[][] lines,
                                        boolean scaleWarnings) {
        return build(source, labels, input, lines, scaleWarnings, List.of(), null);
    }

    /**
     * Validates and builds. {@code prior} are the reader's own errors (cells that are not numbers), marked in
     * {@code invalid}; they are reported together with every value error found here, so a user fixes a file in
     * one pass.
     */
    private static PairwiseMatrix build(String source, List<String> labels, double[][] input, int[][] lines,
                                        boolean scaleWarnings, List<MatrixIssue> prior, boolean[][] invalid) {
        int n = labels.size();
        List<MatrixIssue> issues = new ArrayList<>(prior);
        List<MatrixIssue> warnings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String l = labels.get(i);
            if (l == null || l.isBlank()) {
                issues.add(new MatrixIssue(source, 0, i + 1, 0, "", MatrixIssue.Severity.ERROR,
                        "element " + (i + 1) + " has no label"));
            } else if (!seen.add(l)) {
                issues.add(new MatrixIssue(source, 0, i + 1, 0, "", MatrixIssue.Severity.ERROR,
                        "the label '" + l + "' appears twice; each compared element needs its own name"));
            }
        }
        if (n == 0) {
            issues.add(new MatrixIssue(source, 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                    "the matrix is empty; compare at least one element"));
        }
        if (input.length != n) {
            issues.add(new MatrixIssue(source, 0, 0, 0, "", MatrixIssue.Severity.ERROR,
                    "the matrix is not square: " + input.length + " rows for " + n + " labels"));
        }
        boolean square = true;
        for (int i = 0; i < input.length; i++) {
            if (input[i] == null || input[i].length != n) {
                issues.add(new MatrixIssue(source, 0, i + 1, 0, "", MatrixIssue.Severity.ERROR,
                        "the matrix is not square: row " + (i + 1) + " has "
                                + (input[i] == null ? 0 : input[i].length) + " values, expected " + n));
                square = false;
            }
        }
        if (n == 0 || input.length != n || !square) {
            throw new InvalidMatrixException(source, issues);
        }
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = input[i].clone();
        }
        // positivity and the diagonal
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double v = a[i][j];
                int line = lines == null ? 0 : lines[i][j];
                if (invalid != null && invalid[i][j]) {
                    continue;
                }
                if (Double.isNaN(v)) {
                    if (i == j) {
                        issues.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                                MatrixIssue.Severity.ERROR, "the diagonal cannot be skipped; it is always 1"));
                    }
                    continue;
                }
                if (Double.isInfinite(v) || v <= 0) {
                    if (invalid == null) {
                        invalid = new boolean[n][n];
                    }
                    invalid[i][j] = true;
                    issues.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                            MatrixIssue.Severity.ERROR, "judgment " + format(v) + " is not positive and finite; "
                            + "use 1–9 or its reciprocal (1/3 means the column element is 3 times as important)"));
                } else if (i == j && Math.abs(v - 1.0) > DIAGONAL_TOLERANCE) {
                    issues.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                            MatrixIssue.Severity.ERROR, "the diagonal must be 1 (an element is as important as "
                            + "itself), found " + format(v)));
                }
            }
        }
        // reciprocity, derivation of mirrors, and the scale (pairs with an invalid cell were reported above)
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (invalid != null && (invalid[i][j] || invalid[j][i])) {
                    continue;
                }
                double v = a[i][j];
                double w = a[j][i];
                int line = lines == null ? 0 : lines[i][j];
                if (Double.isNaN(v) && Double.isNaN(w)) {
                    warnings.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                            MatrixIssue.Severity.WARNING, "comparison skipped; it must be completed "
                            + "(see Completion) before priorities are computed"));
                    continue;
                }
                if (Double.isNaN(w)) {
                    a[j][i] = 1.0 / v;
                } else if (Double.isNaN(v)) {
                    a[i][j] = 1.0 / w;
                } else if (Math.abs(v * w - 1.0) > RECIPROCAL_TOLERANCE) {
                    issues.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                            MatrixIssue.Severity.ERROR, "not reciprocal: " + cell(labels, i, j) + " = " + format(v)
                            + " but " + cell(labels, j, i) + " = " + format(w) + " (should be " + format(1.0 / v)
                            + "); a[i][j]·a[j][i] = " + format(v * w) + ", tolerance ±" + RECIPROCAL_TOLERANCE));
                    continue;
                } else if (v >= 1.0) {
                    a[j][i] = 1.0 / v;
                } else {
                    a[i][j] = 1.0 / w;
                }
                double big = Math.max(a[i][j], a[j][i]);
                double nearest = Math.rint(big);
                if (scaleWarnings
                        && (big > 9.0 + 1e-9 || Math.abs(big - nearest) > RECIPROCAL_TOLERANCE * nearest)) {
                    warnings.add(new MatrixIssue(source, line, i + 1, j + 1, cell(labels, i, j),
                            MatrixIssue.Severity.WARNING, "judgment " + format(a[i][j])
                            + " is off Saaty's 1–9 scale (or its reciprocals); kept as given"));
                }
            }
        }
        if (!issues.isEmpty()) {
            throw new InvalidMatrixException(source, issues);
        }
        return new PairwiseMatrix(source, labels, a, warnings);
    }

    // ---------------------------------------------------------------- accessors

    public int size() {
        return labels.size();
    }

    public List<String> labels() {
        return labels;
    }

    public String source() {
        return source;
    }

    /** Warnings found while building: off-scale judgments, skipped comparisons. */
    public List<MatrixIssue> warnings() {
        return warnings;
    }

    /** a[i][j]; {@code NaN} for a skipped comparison. */
    public double get(int i, int j) {
        return a[i][j];
    }

    public double get(String row, String column) {
        return a[indexOf(row)][indexOf(column)];
    }

    public int indexOf(String label) {
        int i = labels.indexOf(label);
        if (i < 0) {
            throw new IllegalArgumentException("'" + label + "' is not one of " + labels);
        }
        return i;
    }

    /** A copy of the entries; {@code NaN} marks skipped comparisons. */
    public double[][] toArray() {
        double[][] copy = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            copy[i] = a[i].clone();
        }
        return copy;
    }

    public boolean isComplete() {
        return missingPairs().isEmpty();
    }

    /** Skipped comparisons as {i, j} with i &lt; j. */
    public List<int[]> missingPairs() {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            for (int j = i + 1; j < a.length; j++) {
                if (Double.isNaN(a[i][j])) {
                    out.add(new int[] {i, j});
                }
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** A copy with a[i][j] = value and a[j][i] = 1/value (a revised or completed judgment). */
    public PairwiseMatrix with(int i, int j, double value) {
        if (i == j) {
            throw new IllegalArgumentException("The diagonal is always 1");
        }
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("A judgment must be positive and finite, got " + value);
        }
        double[][] b = toArray();
        b[i][j] = value;
        b[j][i] = 1.0 / value;
        return new PairwiseMatrix(source, labels, b, warnings);
    }

    /** Same entries, another source name (for messages). */
    public PairwiseMatrix withSource(String newSource) {
        return new PairwiseMatrix(newSource, labels, a, warnings);
    }

    /** Priorities by the principal eigenvector, with Saaty's classic RI and CR ≤ 0.10. */
    public Priorities priorities() {
        return Ahp.priorities(this, PriorityMethod.EIGENVECTOR, RandomIndex.SAATY_1980, CrThreshold.FIXED_0_10);
    }

    public Priorities priorities(PriorityMethod method, RandomIndex ri) {
        return Ahp.priorities(this, method, ri, CrThreshold.FIXED_0_10);
    }

    /**
     * The weights of this matrix by each of {@code methods}, side by side ({@code element}, then one column per
     * method, e.g. {@code eigenvector}, {@code geometric_mean}); the title gives λmax, CI and CR under {@code ri},
     * which do not depend on the method. With no method given, every {@link PriorityMethod}.
     */
    public Table methodsTable(RandomIndex ri, PriorityMethod... methods) {
        PriorityMethod[] ms = methods.length == 0 ? PriorityMethod.values() : methods;
        Priorities eigen = priorities(PriorityMethod.EIGENVECTOR, ri);
        Table t = Table.create(String.format(Locale.ROOT, Language.pick("%s：各方法的权重（λmax = %.4f，CI = %.4f，CR = %.4f，%s）",
                "%s: weights by method (λmax = %.4f, CI = %.4f, CR = %.4f, %s)"), shortSource(), eigen.lambdaMax(), eigen.ci(),
                eigen.cr(), ri.label()), StringColumn.create("element", labels));
        for (PriorityMethod m : ms) {
            t.addColumns(DoubleColumn.create(m.name().toLowerCase(Locale.ROOT), priorities(m, ri).weights()));
        }
        return ShownProvenance.attach(t, provenanceCaption());
    }

    /**
     * "computed from one 7×7 pairwise matrix (drinks-saaty2008.csv)": the caption of the tables computed from this
     * matrix alone.
     */
    String provenanceCaption() {
        String from = shortSource().isBlank() ? Language.pick("在代码中给出", "given in code")
                : shortSource().equals("upper triangle") ? Language.pick("在代码中按上三角给出", "given in code as its upper triangle")
                : shortSource();
        return String.format(Locale.ROOT, Language.pick("由一个 %d×%d 两两比较矩阵计算（%s）",
                "computed from one %d×%d pairwise matrix (%s)"), size(), size(), from);
    }

    /**
     * Whether this matrix passes under every RI table and both CR rules: one row per {@link RandomIndex} with
     * {@code RI_table}, {@code RI(n)}, {@code CR}, and for each {@link CrThreshold} whether CR is within its limit
     * (a column such as {@code fixed_CR_le_0.10}). Shows that near CR = 0.1 the verdict depends on the table chosen.
     */
    public Table consistencyTable() {
        int n = size();
        StringColumn table = StringColumn.create("RI_table");
        DoubleColumn ri = DoubleColumn.create("RI(" + n + ")");
        DoubleColumn cr = DoubleColumn.create("CR");
        List<StringColumn> verdicts = new ArrayList<>();
        for (CrThreshold t : CrThreshold.values()) {
            verdicts.add(StringColumn.create(String.format(Locale.ROOT, "%s_CR_le_%.2f", t.id(), t.limit(n))));
        }
        for (RandomIndex r : RandomIndex.values()) {
            Priorities p = Ahp.priorities(this, PriorityMethod.EIGENVECTOR, r, CrThreshold.FIXED_0_10);
            table.append(r.label());
            ri.append(p.ri());
            cr.append(p.cr());
            CrThreshold[] ts = CrThreshold.values();
            for (int k = 0; k < ts.length; k++) {
                verdicts.get(k).append(ts[k].accepts(n, p.cr()) ? Language.pick("接受", "accepted")
                        : Language.pick("拒绝", "rejected"));
            }
        }
        Table t = Table.create(String.format(Locale.ROOT, Language.pick("同一矩阵，%d 个 RI 表（λmax = %.4f，CI = %.4f）",
                "One matrix, %d RI tables (λmax = %.4f, CI = %.4f)"), RandomIndex.values().length, priorities().lambdaMax(),
                priorities().ci()), table, ri, cr);
        verdicts.forEach(t::addColumns);
        return ShownProvenance.attach(t, provenanceCaption() + Language.pick(
                "；RI(n) 取自各表的出处", "; RI(n) as each table's authors publish it"));
    }

    private String shortSource() {
        String s = source == null ? "" : source;
        return s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
    }

    /** The matrix as grid CSV (full form), the format {@link #parseCsv} reads. */
    public String toCsv() {
        StringBuilder b = new StringBuilder();
        for (String l : labels) {
            b.append(',').append(l);
        }
        b.append('\n');
        for (int i = 0; i < a.length; i++) {
            b.append(labels.get(i));
            for (int j = 0; j < a.length; j++) {
                b.append(',').append(Double.isNaN(a[i][j]) ? "?" : formatJudgment(a[i][j]));
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "PairwiseMatrix" + labels + (isComplete() ? "" : " (incomplete)") + "\n" + toCsv();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PairwiseMatrix m) || !m.labels.equals(labels)) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Arrays.equals(a[i], m.a[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + Arrays.deepHashCode(a);
    }

    // ---------------------------------------------------------------- helpers

    /** {@code 3}, {@code 1/3}, or a decimal when neither fits. */
    public static String formatJudgment(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        double inv = 1.0 / v;
        if (Math.abs(inv - Math.rint(inv)) < 1e-9) {
            return "1/" + Math.round(inv);
        }
        return format(v);
    }

    static String format(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Infinity" : "-Infinity";
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    static String cell(List<String> labels, int i, int j) {
        return "[" + labels.get(i) + ", " + labels.get(j) + "]";
    }

    static List<String> defaultLabels(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            l.add("C" + i);
        }
        return l;
    }

    /** All comparisons unknown, the diagonal 1. */
    private static double[][] nanMatrix(int n) {
        double[][] m = new double[n][n];
        for (int i = 0; i < n; i++) {
            Arrays.fill(m[i], Double.NaN);
            m[i][i] = 1.0;
        }
        return m;
    }

    /** Parses a cell: a number, a fraction p/q, blank / ? / NA (NaN = not given), or null when unreadable. */
    static Double parseCell(String s) {
        String t = s.strip();
        if (t.isEmpty() || t.equals("?") || t.equalsIgnoreCase("na") || t.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        try {
            int slash = t.indexOf('/');
            if (slash > 0) {
                double p = Double.parseDouble(t.substring(0, slash).strip());
                double q = Double.parseDouble(t.substring(slash + 1).strip());
                double v = p / q;
                return Double.isNaN(v) ? null : v;
            }
            double v = Double.parseDouble(t);
            return Double.isNaN(v) ? null : v;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
