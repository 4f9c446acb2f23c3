package org.suanli.runner;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, line by line, for people reading {@code suanli check}'s report: "-" lines are
 * what the notebook stores, "+" lines what the code gives now, with a little context around each change.
 */
final class LineDiff {

    private static final int CONTEXT = 2;
    private static final long MAX_CELLS = 4_000_000L;
    private static final int MAX_LINES_SHOWN = 40;

    private LineDiff() {
    }

    static String unified(String stored, String now) {
        return unified(stored, now, "stored", "now");
    }

    /** The same, with the two sides named {@code labelA} and {@code labelB} in the header. */
    static String unified(String stored, String now, String labelA, String labelB) {
        List<String> a = lines(stored);
        List<String> b = lines(now);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> midA = a.subList(prefix, a.size() - suffix);
        List<String> midB = b.subList(prefix, b.size() - suffix);
        List<String> edits = new ArrayList<>();
        for (int i = Math.max(0, prefix - CONTEXT); i < prefix; i++) {
            edits.add("  " + a.get(i));
        }
        if ((long) midA.size() * midB.size() > MAX_CELLS) {
            midA.forEach(line -> edits.add("- " + line));
            midB.forEach(line -> edits.add("+ " + line));
        } else {
            edits.addAll(lcsEdits(midA, midB));
        }
        for (int i = a.size() - suffix; i < Math.min(a.size(), a.size() - suffix + CONTEXT); i++) {
            edits.add("  " + a.get(i));
        }
        StringBuilder out = new StringBuilder();
        out.append("  --- ").append(labelA).append(" (line ").append(prefix + 1).append(")\n  +++ ").append(labelB)
                .append('\n');
        int shown = 0;
        for (String edit : edits) {
            if (shown++ == MAX_LINES_SHOWN) {
                out.append("  … ").append(edits.size() - MAX_LINES_SHOWN).append(" more diff lines\n");
                break;
            }
            out.append("  ").append(edit).append('\n');
        }
        return out.toString();
    }

    /** The lines without their endings; a last line without a newline says so, so that it shows in a diff. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : JupyterJson.splitLines(text)) {
            String bare = line.replaceAll("[\\r\\n]+$", "");
            lines.add(bare.length() == line.length() ? bare + " (no newline at end)" : bare);
        }
        return lines;
    }

    private static List<String> lcsEdits(List<String> a, List<String> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                edits.add("  " + a.get(i));
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] > lcs[i + 1][j])) {
                edits.add("+ " + b.get(j++));
            } else {
                edits.add("- " + a.get(i++));
            }
        }
        return edits;
    }
}
