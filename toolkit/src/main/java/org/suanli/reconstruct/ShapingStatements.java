package org.suanli.reconstruct;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.suanli.data.Language;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;

import tech.tablesaw.api.Table;

/**
 * Which of the book's statements shaped {@code data/indicators.csv}, read from the data itself: every cell's source
 * names, in square brackets, the statements its recipe used, and the growth report knows which statements ask for a
 * 2022→2023 change. A scorecard that checks one of these statements on this data is not an independent test of it
 * (its basis is {@code reconstruction}, or {@code input} when the stated value itself is in the data); this list lets
 * the scorecard say so from data rather than prose ({@code data/reconstruction_statements.csv}).
 *
 * @param rows one row per statement id, sorted by id
 */
public record ShapingStatements(List<Row> rows) {

    /** How a statement entered the data. */
    public enum Use {
        /** the stated number is a value in the file */
        VALUE,
        /** values were set, ordered, bounded or scaled so that the statement holds */
        SHAPE,
        /** the 2022 values were made to show the change the statement describes */
        GROWTH;

        String csv() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * @param statementId the fact id in {@code blue_book_2024_facts.json}
     * @param uses        how it entered the data
     * @param assumption  the named assumption when the statement is an index statement used to make the index
     *                    statements reachable (A4, A8) or read beyond its words (A7), else empty
     * @param indicators  the indicators whose cells cite it
     * @param cells       how many cells (of both years) cite it
     */
    public record Row(String statementId, Set<Use> uses, String assumption, Set<String> indicators, int cells) {
    }

    public ShapingStatements {
        rows = List.copyOf(rows);
    }

    /** Statements that are about the composite index, not an indicator, but order the data (declared, not hidden). */
    static final Map<String, String> INDEX_ASSUMPTIONS = Map.of(
            "overall.top6", "A4: the book's overall tiers order the provinces an indicator's statements do not name",
            "overall.rank7_15", "A4: the book's overall tiers order the provinces an indicator's statements do not name",
            "tech.shaanxi", "A8: 陕西 placed 11th (2023) and 15th (2022) in R&D and patents so the technology"
                    + " sub-index can show its stated rise",
            "scale.beijing_first", "A7: 北京's lead over 广东 in compute read as a ratio (领先优势较大)");

    private static final Pattern BRACKETS = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern ID = Pattern.compile("[a-z]+\\.[a-z0-9_.]+");

    /** The statements of a reconstruction, read from its cells' sources and its growth requests. */
    public static ShapingStatements of(Reconstruction r) {
        Map<String, Set<Use>> uses = new TreeMap<>();
        Map<String, Set<String>> indicators = new TreeMap<>();
        Map<String, Integer> cells = new TreeMap<>();
        for (ReconstructedValue v : r.rows()) {
            for (String id : ids(v.source(), r)) {
                uses.computeIfAbsent(id, k -> new TreeSet<>()).add(v.provenance() == Provenance.STATED ? Use.VALUE : Use.SHAPE);
                indicators.computeIfAbsent(id, k -> new TreeSet<>()).add(v.indicator());
                cells.merge(id, 1, Integer::sum);
            }
        }
        r.growthAskedBy().forEach((key, byProvince) -> byProvince.forEach((p, ids) -> ids.forEach(id -> {
            uses.computeIfAbsent(id, k -> new TreeSet<>()).add(Use.GROWTH);
            indicators.computeIfAbsent(id, k -> new TreeSet<>()).add(key);
            cells.putIfAbsent(id, 0);
        })));
        List<Row> out = new ArrayList<>();
        uses.forEach((id, u) -> out.add(new Row(id, u, INDEX_ASSUMPTIONS.getOrDefault(id, ""), indicators.get(id),
                cells.get(id))));
        return new ShapingStatements(out);
    }

    /** The known statement ids cited in square brackets in a source text. */
    static Set<String> ids(String source, Reconstruction r) {
        Set<String> out = new TreeSet<>();
        Matcher m = BRACKETS.matcher(source);
        while (m.find()) {
            Matcher id = ID.matcher(m.group(1));
            while (id.find()) {
                if (r.facts.find(id.group()).isPresent()) {
                    out.add(id.group());
                }
            }
        }
        return out;
    }

    public Set<String> ids() {
        Set<String> out = new TreeSet<>();
        rows.forEach(row -> out.add(row.statementId()));
        return out;
    }

    /** The CSV (UTF-8, LF, RFC 4180), one row per statement. */
    public String toCsv() {
        StringWriter w = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            out.printRecord("statement_id", "use", "assumption", "indicators", "cells_citing");
            for (Row row : rows) {
                out.printRecord(row.statementId(), String.join(";", row.uses().stream().map(Use::csv).toList()),
                        row.assumption(), String.join(";", row.indicators()), row.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    /**
     * The statements as a table with the columns of {@code data/reconstruction_statements.csv} (statement_id, use,
     * assumption, indicators, cells_citing), read from {@link #toCsv()}.
     */
    public Table table() {
        Table t = GrowthReport.csvTable(Reconstruction.STATEMENTS_FILE, toCsv());
        int citations = rows.stream().mapToInt(Row::cells).sum();
        long growth = rows.stream().filter(r -> r.uses().contains(Use.GROWTH)).count();
        String caption = Language.pick("由重构数据读出（并非书中数值）：数值来源中方括号引用的陈述编号（共 " + citations
                        + " 次引用），以及 " + growth + " 条要求 2022→2023 年变化的陈述",
                "read from the rebuilt data (not numbers of the book): the statement ids its values' sources cite in square "
                        + "brackets (" + citations + " citations) and the " + growth + " statements that ask for a "
                        + "2022-2023 change");
        return ShownProvenance.attach(t, caption);
    }

    /** {@link #table()} with only the given columns (e.g. {@code "statement_id", "use", "assumption"}), captioned alike. */
    public Table table(String... columns) {
        Table all = table();
        Table some = all.selectColumns(columns);
        return ShownProvenance.attach(some, ShownProvenance.of(all).orElseThrow());
    }
}
