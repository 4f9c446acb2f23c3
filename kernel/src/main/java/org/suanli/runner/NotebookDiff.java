package org.suanli.runner;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import com.google.gson.JsonObject;

/**
 * What changed between two versions of a notebook, cell by cell, as nbdime shows it: sources and text outputs
 * as line diffs, HTML as its text, images by their pixels. Execution counts and metadata are ignored (they
 * change on every run and say nothing about the analysis), except a cell's tags, which change how it runs.
 *
 * <p>Cells are paired by their nbformat id, in order (a longest common subsequence of the ids); when the two
 * versions share no id at all (for example notebooks older than nbformat 4.5), by position.
 */
final class NotebookDiff {

    /** Exact comparison: no sanitiser, every pixel counts. */
    private static final OutputComparison.Settings EXACT = new OutputComparison.Settings(List.of(), 0, 0.0);

    /** The change to one cell. {@code a} is null for an added cell, {@code b} for a removed one. */
    record CellChange(Cell a, Cell b, String typeChange, String tagsChange, String sourceDiff,
                      List<String> outputDiffs, List<ImagePair> images) {
        CellChange {
            outputDiffs = List.copyOf(outputDiffs);
            images = List.copyOf(images);
        }

        boolean changed() {
            return a == null || b == null || typeChange != null || tagsChange != null || sourceDiff != null
                    || !outputDiffs.isEmpty();
        }

        String kind() {
            return a == null ? "added" : b == null ? "removed" : "changed";
        }

        /** "cell 3 (id intro)", or "cell 3 → 4 (id intro)" when the cell moved. */
        String where() {
            Cell any = a != null ? a : b;
            String number = a != null && b != null && a.number() != b.number()
                    ? a.number() + " → " + b.number() : String.valueOf(any.number());
            return "cell " + number + " (" + any.type() + ", id " + any.id() + ")";
        }
    }

    /** One image output whose pixels differ: both versions, base64, as the notebooks store them. */
    record ImagePair(int output, String mime, String a, String b) {
    }

    private NotebookDiff() {
    }

    /** The cells that differ, in the order of the second notebook (removed cells where they were). */
    static List<CellChange> compare(Notebook left, Notebook right) {
        List<Cell[]> pairs = pair(left.cells(), right.cells());
        List<CellChange> changes = new ArrayList<>();
        for (Cell[] pair : pairs) {
            CellChange change = compareCells(pair[0], pair[1]);
            if (change.changed()) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static CellChange compareCells(Cell a, Cell b) {
        if (a == null || b == null) {
            return new CellChange(a, b, null, null, null, List.of(), List.of());
        }
        String typeChange = a.type().equals(b.type()) ? null : a.type() + " → " + b.type();
        String tagsChange = a.tags().equals(b.tags()) ? null : "tags " + a.tags() + " → " + b.tags();
        String sourceDiff = a.source().equals(b.source()) ? null : LineDiff.unified(a.source(), b.source(), "A", "B");
        List<String> outputs = OutputComparison.compare(a.outputs(), b.outputs(), true, EXACT).stream()
                .map(NotebookDiff::relabel).toList();
        return new CellChange(a, b, typeChange, tagsChange, sourceDiff, outputs, differingImages(a, b));
    }

    /** {@link OutputComparison} speaks of "stored" and "now"; here the sides are A and B. */
    private static String relabel(String problem) {
        return problem.replace("--- stored (line", "--- A (line").replace("+++ now\n", "+++ B\n")
                .replace("the cell stores ", "A has ").replace(" but now gives ", ", B has ")
                .replace("is stored but no longer produced", "is in A only").replace("produced now but not stored", "in B only")
                .replace("the image was ", "the image is ").replace(" pixels and is now ", " pixels in A and ");
    }

    /** The image outputs at the same position whose data differ. */
    private static List<ImagePair> differingImages(Cell a, Cell b) {
        List<JsonObject> left = OutputComparison.coalesce(a.outputs());
        List<JsonObject> right = OutputComparison.coalesce(b.outputs());
        List<ImagePair> images = new ArrayList<>();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            JsonObject dataA = left.get(i).getAsJsonObject("data");
            JsonObject dataB = right.get(i).getAsJsonObject("data");
            if (dataA == null || dataB == null) {
                continue;
            }
            for (String mime : List.of("image/png", "image/jpeg", "image/gif")) {
                String imageA = Outputs.mimeText(dataA, mime);
                String imageB = Outputs.mimeText(dataB, mime);
                if (imageA != null && imageB != null
                        && OutputComparison.pixels(imageA, imageB, EXACT) != null) {
                    images.add(new ImagePair(i + 1, mime, imageA.replaceAll("\\s", ""), imageB.replaceAll("\\s", "")));
                }
            }
        }
        return images;
    }

    /** Pairs the cells by id (LCS), or by position when no id is shared; unpaired cells get a null partner. */
    static List<Cell[]> pair(List<Cell> left, List<Cell> right) {
        Set<String> leftIds = new LinkedHashSet<>();
        left.forEach(c -> leftIds.add(c.id()));
        boolean shared = right.stream().anyMatch(c -> c.id() != null && leftIds.contains(c.id()));
        List<Cell[]> pairs = new ArrayList<>();
        if (!shared) {
            for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
                pairs.add(new Cell[] {i < left.size() ? left.get(i) : null, i < right.size() ? right.get(i) : null});
            }
            return pairs;
        }
        int n = left.size();
        int m = right.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = sameId(left.get(i), right.get(j)) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && sameId(left.get(i), right.get(j))) {
                pairs.add(new Cell[] {left.get(i++), right.get(j++)});
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                pairs.add(new Cell[] {null, right.get(j++)});
            } else {
                pairs.add(new Cell[] {left.get(i++), null});
            }
        }
        return pairs;
    }

    private static boolean sameId(Cell a, Cell b) {
        return a.id() != null && Objects.equals(a.id(), b.id());
    }

    /** The plain-text report: one block per changed cell; "-" lines are A's, "+" lines B's. */
    static String text(String nameA, String nameB, List<CellChange> changes) {
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(nameA).append("\n+++ ").append(nameB).append('\n');
        for (CellChange change : changes) {
            out.append('\n').append(change.kind()).append(' ').append(change.where()).append('\n');
            if (change.a() == null || change.b() == null) {
                Cell cell = change.a() == null ? change.b() : change.a();
                String sign = change.a() == null ? "+ " : "- ";
                for (String line : JupyterJson.splitLines(cell.source())) {
                    out.append("    ").append(sign).append(line.replaceAll("[\\r\\n]+$", "")).append('\n');
                }
                continue;
            }
            if (change.typeChange() != null) {
                out.append("  type: ").append(change.typeChange()).append('\n');
            }
            if (change.tagsChange() != null) {
                out.append("  ").append(change.tagsChange()).append('\n');
            }
            if (change.sourceDiff() != null) {
                out.append("  source differs:\n").append(change.sourceDiff());
            }
            for (String output : change.outputDiffs()) {
                out.append("  ").append(output.replace("\n", "\n  ").stripTrailing()).append('\n');
            }
        }
        out.append('\n').append(summary(changes)).append('\n');
        return out.toString();
    }

    /** "2 cells differ: 1 changed, 1 added, 0 removed." or "The notebooks are the same (…)." */
    static String summary(List<CellChange> changes) {
        if (changes.isEmpty()) {
            return "The notebooks are the same (sources, outputs and tags; execution counts and metadata ignored).";
        }
        long added = changes.stream().filter(c -> c.a() == null).count();
        long removed = changes.stream().filter(c -> c.b() == null).count();
        return changes.size() + (changes.size() == 1 ? " cell differs: " : " cells differ: ")
                + (changes.size() - added - removed) + " changed, " + added + " added, " + removed + " removed.";
    }
}
