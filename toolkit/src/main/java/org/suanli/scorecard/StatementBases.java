package org.suanli.scorecard;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.suanli.data.IndicatorData;
import org.suanli.data.Observation;
import org.suanli.data.Provenance;

/**
 * The basis of each statement, gathered from the declarations of every stage and attached to a
 * {@link ScorecardContext}: the data files (a value's source cites the statements it was made from, e.g.
 * {@code [industry.device_top5]}), the calibration file, and the capacity module's stated inputs. A statement no stage
 * declares is {@link StatementBasis#INDEPENDENT}. When two declarations disagree the less independent one wins
 * (input, then reconstruction, then calibration), so a page never overstates a hold.
 */
public final class StatementBases {
    private static final Pattern CITED = Pattern.compile("\\[([a-z][a-z0-9_]*\\.[a-z0-9_.]+(?:\\s*,\\s*[a-z][a-z0-9_]*\\.[a-z0-9_.]+)*)]");

    private final Map<String, StatementBasis> basis;
    private final Map<String, String> reason;

    private StatementBases(Map<String, StatementBasis> basis, Map<String, String> reason) {
        this.basis = Map.copyOf(basis);
        this.reason = Map.copyOf(reason);
    }

    /** No declarations: every statement is independent. */
    public static StatementBases none() {
        return new StatementBases(Map.of(), Map.of());
    }

    /**
     * The statements a data file was made from: every {@code [id, id]} cited in a value's source. A {@code stated}
     * value copies the statement's number into the data (input); an {@code official} or {@code secondary} value is
     * a published statistic and declares nothing; any other value was shaped by what it cites (reconstruction).
     */
    public static StatementBases fromData(IndicatorData data) {
        Map<String, StatementBasis> b = new LinkedHashMap<>();
        Map<String, String> r = new LinkedHashMap<>();
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
                            : "cited by the reconstruction of " + o.indicator() + " (" + firstWord(o.source()) + ")";
                    put(b, r, id, kind, why);
                }
            }
        }
        return new StatementBases(b, r);
    }

    /**
     * The reconstruction's own declaration of the statements it used ({@code data/reconstruction_statements.csv},
     * columns {@code statement_id} and {@code use}, a {@code ;}-separated list of {@code value}, {@code shape},
     * {@code growth}): {@code value} makes a statement an input, {@code shape} or {@code growth} a reconstruction.
     * It covers what the sources' citations cannot, such as a statement whose 2022→2023 change was built in.
     */
    public static StatementBases fromDeclaration(java.nio.file.Path csv) {
        Map<String, StatementBasis> b = new LinkedHashMap<>();
        Map<String, String> r = new LinkedHashMap<>();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(csv, java.nio.charset.StandardCharsets.UTF_8);
             org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader()
                     .setSkipHeaderRecord(true).build().parse(in)) {
            if (!parser.getHeaderMap().containsKey("statement_id") || !parser.getHeaderMap().containsKey("use")) {
                throw new IllegalArgumentException(csv + ": needs the columns statement_id and use, found " + parser.getHeaderNames());
            }
            for (org.apache.commons.csv.CSVRecord row : parser) {
                String id = row.get("statement_id").strip();
                String use = row.get("use").strip();
                String assumption = row.isMapped("assumption") ? row.get("assumption").strip() : "";
                StatementBasis kind = java.util.Arrays.asList(use.split(";")).contains("value")
                        ? StatementBasis.INPUT : StatementBasis.RECONSTRUCTION;
                put(b, r, id, kind, "declared by the reconstruction (" + csv.getFileName() + ": " + use
                        + (assumption.isEmpty() ? "" : "; " + assumption) + ")");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + csv + ": " + e.getMessage(), e);
        }
        return new StatementBases(b, r);
    }

    /** The given ids with one basis and reason, e.g. the calibration set of {@code data/calibration.json}. */
    public static StatementBases declare(Collection<String> ids, StatementBasis kind, String why) {
        Map<String, StatementBasis> b = new LinkedHashMap<>();
        Map<String, String> r = new LinkedHashMap<>();
        for (String id : ids) {
            put(b, r, id, kind, why);
        }
        return new StatementBases(b, r);
    }

    /** Both declarations; where they disagree the less independent basis wins. */
    public StatementBases plus(StatementBases other) {
        Map<String, StatementBasis> b = new LinkedHashMap<>(basis);
        Map<String, String> r = new LinkedHashMap<>(reason);
        other.basis.forEach((id, k) -> put(b, r, id, k, other.reason.get(id)));
        return new StatementBases(b, r);
    }

    /** The basis of a statement; {@link StatementBasis#INDEPENDENT} when no stage declared it. */
    public StatementBasis basisOf(String id) {
        return basis.getOrDefault(id, StatementBasis.INDEPENDENT);
    }

    /** Why, in words ("cited by the reconstruction of …"); empty for an undeclared statement. */
    public String reasonOf(String id) {
        return reason.getOrDefault(id, "");
    }

    /** The declared ids and their bases (undeclared ids are independent). */
    public Map<String, StatementBasis> declared() {
        return basis;
    }

    private static void put(Map<String, StatementBasis> b, Map<String, String> r, String id, StatementBasis kind, String why) {
        StatementBasis old = b.get(id);
        if (old == null || kind.ordinal() < old.ordinal()) {
            b.put(id, kind);
            r.put(id, why == null ? "" : why);
        }
    }

    private static String firstWord(String source) {
        int colon = source.indexOf(':');
        return colon > 0 && colon < 60 ? source.substring(0, colon) : "see its source";
    }

    @Override
    public String toString() {
        return "StatementBases" + basis;
    }
}
