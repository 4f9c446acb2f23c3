package org.suanli.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.suanli.scorecard.StatementBases;
import org.suanli.scorecard.StatementBasis;

/**
 * Which of the book's statements a data file was made from, as the data declare it: a value's source cites them in
 * square brackets ({@code [industry.device_top5, tech.rd_top10]}), and the reconstruction may list them in
 * {@code data/reconstruction_statements.csv}. A scorecard checking such a statement on such data is not a test of it;
 * these declarations give it the basis that says so.
 */
public final class StatementCitations {
    private static final Pattern CITED = Pattern.compile("\\[([a-z][a-z0-9_]*\\.[a-z0-9_.]+(?:\\s*,\\s*[a-z][a-z0-9_]*\\.[a-z0-9_.]+)*)]");

    private StatementCitations() {
    }

    /**
     * Every {@code [id, id]} cited in a value's source. A {@code stated} value copies the statement's number into the
     * data (input); an {@code official} or {@code secondary} value is a published statistic and declares nothing; any
     * other value was shaped by what it cites (reconstruction).
     */
    public static StatementBases of(IndicatorData data) {
        StatementBases out = StatementBases.none();
        for (Observation o : data.observations()) {
            Provenance p = o.provenance();
            if (p == null || p == Provenance.OFFICIAL || "secondary".equals(p.csvName()) || o.source() == null) {
                continue;
            }
            StatementBasis kind = p == Provenance.STATED ? StatementBasis.INPUT : StatementBasis.RECONSTRUCTION;
            Matcher m = CITED.matcher(o.source());
            while (m.find()) {
                for (String id : m.group(1).split("\\s*,\\s*")) {
                    String why = kind == StatementBasis.INPUT
                            ? "its value is in the data as stated (" + o.year() + " " + o.province().shortZh() + " " + o.indicator() + ")"
                            : "cited by the reconstruction of " + o.indicator() + " (" + recipe(o.source()) + ")";
                    out = out.plus(StatementBases.declare(List.of(id), kind, why));
                }
            }
        }
        return out;
    }

    /**
     * The reconstruction's own list ({@code data/reconstruction_statements.csv}, columns {@code statement_id} and
     * {@code use}, a {@code ;}-separated list of {@code value}, {@code shape}, {@code growth}): {@code value} makes a
     * statement an input, {@code shape} or {@code growth} a reconstruction. It covers what citations cannot, such as
     * a statement whose 2022→2023 change was built in.
     */
    public static StatementBases declared(Path csv) {
        StatementBases out = StatementBases.none();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            if (!parser.getHeaderMap().containsKey("statement_id") || !parser.getHeaderMap().containsKey("use")) {
                throw new IllegalArgumentException(csv + ": needs the columns statement_id and use, found " + parser.getHeaderNames());
            }
            for (CSVRecord row : parser) {
                String use = row.get("use").strip();
                String assumption = row.isMapped("assumption") ? row.get("assumption").strip() : "";
                StatementBasis kind = Arrays.asList(use.split(";")).contains("value") ? StatementBasis.INPUT : StatementBasis.RECONSTRUCTION;
                out = out.plus(StatementBases.declare(List.of(row.get("statement_id").strip()), kind, "declared by the reconstruction ("
                        + csv.getFileName() + ": " + use + (assumption.isEmpty() ? "" : "; " + assumption) + ")"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String recipe(String source) {
        int colon = source.indexOf(':');
        return colon > 0 && colon < 60 ? source.substring(0, colon) : "see its source";
    }
}
