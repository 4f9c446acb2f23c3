package org.suanli.scorecard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The machine-checked list of the blue book's statements: each statement comes out as holds, fails (with the
 * computed value next to the expected one) or not evaluated yet (with what is missing).
 *
 * <pre>{@code
 * Scorecard card = Scorecard.evaluate(ScorecardContext.of(IndicatorData.class, data));
 * display(card.table());            // Tablesaw
 * String json = card.toJson();      // one object per statement
 * }</pre>
 *
 * Evaluators are found with {@link ServiceLoader}; each stage of the analysis contributes its own.
 */
public final class Scorecard {

    private final List<ScorecardEntry> entries;

    private Scorecard(List<ScorecardEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Evaluates the standard statements with every evaluator on the class path. */
    public static Scorecard evaluate(ScorecardContext context) {
        return evaluate(Statements.standard(), context, discoverEvaluators());
    }

    /** Evaluates the given statements with every evaluator on the class path. */
    public static Scorecard evaluate(Statements statements, ScorecardContext context) {
        return evaluate(statements, context, discoverEvaluators());
    }

    /** Evaluates with an explicit list of evaluators (tests; a notebook trying its own evaluator). */
    public static Scorecard evaluate(Statements statements, ScorecardContext context,
                                     List<? extends StatementEvaluator> evaluators) {
        List<ScorecardEntry> out = new ArrayList<>();
        for (Statement s : statements) {
            out.add(evaluateOne(s, context, evaluators));
        }
        return new Scorecard(out);
    }

    /** The evaluators registered in {@code META-INF/services}, sorted by class name for a stable order. */
    public static List<StatementEvaluator> discoverEvaluators() {
        List<StatementEvaluator> list = new ArrayList<>();
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                .orElse(Scorecard.class.getClassLoader());
        Set<String> seen = new LinkedHashSet<>();
        for (ClassLoader cl : List.of(Scorecard.class.getClassLoader(), loader)) {
            for (StatementEvaluator e : ServiceLoader.load(StatementEvaluator.class, cl)) {
                if (seen.add(e.getClass().getName())) {
                    list.add(e);
                }
            }
        }
        list.sort(Comparator.comparing(e -> e.getClass().getName()));
        return list;
    }

    static ScorecardEntry evaluateOne(Statement s, ScorecardContext context,
                                      List<? extends StatementEvaluator> evaluators) {
        List<Verdict> parts = new ArrayList<>();
        for (StatementEvaluator e : evaluators) {
            if (!e.handles(s)) {
                continue;
            }
            Verdict v;
            try {
                v = e.evaluate(s, context);
                if (v == null) {
                    v = Verdict.notEvaluated("the evaluator returned no verdict");
                }
            } catch (RuntimeException ex) {
                // A broken evaluator must not hide the rest of the scorecard; show what went wrong.
                v = Verdict.notEvaluated("the evaluator failed: " + ex);
            }
            parts.add(v.by(e.name()));
        }
        if (parts.isEmpty()) {
            parts.add(Verdict.notEvaluated(DefaultReasons.reason(s)).by("none"));
        }
        Status status = parts.stream().anyMatch(v -> v.status() == Status.FAILS) ? Status.FAILS
                : parts.stream().anyMatch(v -> v.status() == Status.HOLDS) ? Status.HOLDS
                : Status.NOT_EVALUATED;
        List<Verdict> deciding = parts.stream().filter(v -> v.status() == status).toList();
        String expected = join(deciding, Verdict::expected);
        String actual = join(deciding, Verdict::actual);
        List<String> notes = new ArrayList<>();
        for (Verdict v : parts) {
            if (!v.note().isEmpty()) {
                String prefix = parts.size() > 1 ? "[" + v.evaluator() + ": " + v.status().jsonName() + "] " : "";
                notes.add(prefix + v.note());
            }
        }
        if (s.isAnomaly() && notes.stream().noneMatch(n -> n.contains("ANOMALY"))) {
            notes.add(s.note());
        }
        StatementBases bases = context.get(StatementBases.class).orElse(StatementBases.none());
        return new ScorecardEntry(s, status, expected, actual, String.join(" | ", new LinkedHashSet<>(notes)), parts,
                bases.basisOf(s.id()), bases.reasonOf(s.id()));
    }

    private static String join(List<Verdict> verdicts, Function<Verdict, String> f) {
        Set<String> parts = new LinkedHashSet<>();
        for (Verdict v : verdicts) {
            String t = f.apply(v);
            if (!t.isEmpty()) {
                parts.add(t);
            }
        }
        return String.join("; ", parts);
    }

    public List<ScorecardEntry> entries() {
        return entries;
    }

    public Optional<ScorecardEntry> entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entries with that status. */
    public List<ScorecardEntry> withStatus(Status status) {
        return filter(e -> e.status() == status);
    }

    /** A scorecard with only the entries of that status (for printing a subset). */
    public Scorecard only(Status status) {
        return new Scorecard(withStatus(status));
    }

    /**
     * A scorecard with only the statements whose id starts with one of the given sections, e.g.
     * {@code card.section("capacity", "national")}: what one notebook shows of the book. A section matches its own id
     * and every id under it ({@code "overall"} covers {@code overall.top6}, not {@code overallx.y}).
     */
    public Scorecard section(String... sections) {
        if (sections.length == 0) {
            throw new IllegalArgumentException("name at least one section, e.g. section(\"capacity\"); the sections are "
                    + sectionNames());
        }
        return new Scorecard(filter(e -> {
            for (String s : sections) {
                if (e.id().equals(s) || e.id().startsWith(s + ".")) {
                    return true;
                }
            }
            return false;
        }));
    }

    /** The sections of this scorecard's ids (the part before the first dot), in the order they first appear. */
    public List<String> sectionNames() {
        return entries.stream().map(e -> e.id().contains(".") ? e.id().substring(0, e.id().indexOf('.')) : e.id())
                .distinct().toList();
    }

    public List<ScorecardEntry> filter(Predicate<ScorecardEntry> p) {
        return entries.stream().filter(p).toList();
    }

    /** How many statements hold, fail and are not evaluated. */
    public Map<Status, Integer> counts() {
        Map<Status, Integer> m = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            m.put(s, 0);
        }
        entries.forEach(e -> m.merge(e.status(), 1, Integer::sum));
        return m;
    }

    /**
     * The totals by status and by basis: the one computation every page prints (the CLI, the notebooks), so that
     * they cannot disagree.
     */
    public ScorecardTotals totals() {
        return ScorecardTotals.of(entries);
    }

    /** A one-line summary, e.g. "82 statements: 40 hold, 0 fail, 42 not evaluated yet". */
    public String summary() {
        Map<Status, Integer> c = counts();
        return entries.size() + " statements: " + c.get(Status.HOLDS) + " hold, " + c.get(Status.FAILS)
                + " fail, " + c.get(Status.NOT_EVALUATED) + " not evaluated yet";
    }

    /** The scorecard as a Tablesaw table (id, kind, status, expected, actual, note, quote). */
    public Table table() {
        Table t = tableWithBasis();
        return t.removeColumns("basis");
    }

    /** The same table with each statement's basis after its status (input, reconstruction, calibration, independent). */
    public Table tableWithBasis() {
        StringColumn id = StringColumn.create("id");
        StringColumn kind = StringColumn.create("kind");
        StringColumn status = StringColumn.create("status");
        StringColumn basis = StringColumn.create("basis");
        StringColumn expected = StringColumn.create("expected");
        StringColumn actual = StringColumn.create("actual");
        StringColumn note = StringColumn.create("note");
        StringColumn quote = StringColumn.create("quote");
        for (ScorecardEntry e : entries) {
            id.append(e.id());
            kind.append(e.kind().jsonName());
            status.append(e.status().label());
            basis.append(e.basis().jsonName());
            expected.append(e.expected());
            actual.append(e.actual());
            note.append(e.note());
            quote.append(e.statement().quote());
        }
        return Table.create("Scorecard: " + summary(), id, kind, status, basis, expected, actual, note, quote);
    }

    /**
     * Where a scorecard table's columns come from, for its caption ({@code BlueBook.scorecardTable} attaches it): "expected: quoted from the book; actual: computed by this
     * run; basis: 12 input, 30 reconstruction, 2 calibration, 6 independent" (bases with no statement left out), so a
     * reviewer sees at once how many checks are not independent of the data.
     */
    public String provenance() {
        ScorecardTotals totals = totals();
        StringJoiner parts = new StringJoiner(", ");
        for (StatementBasis b : StatementBasis.values()) {
            if (totals.count(b) > 0) {
                parts.add(totals.count(b) + " " + b.jsonName());
            }
        }
        return "expected: quoted from the book; actual: computed by this run; basis: " + parts;
    }

    /** The JSON form: an array with one object per statement (id, kind, status, expected, actual, note, …). */
    public String toJson() {
        JsonArray array = new JsonArray();
        for (ScorecardEntry e : entries) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.addProperty("kind", e.kind().jsonName());
            o.addProperty("status", e.status().jsonName());
            o.addProperty("basis", e.basis().jsonName());
            if (!e.basisReason().isEmpty()) {
                o.addProperty("basis_reason", e.basisReason());
            }
            o.addProperty("expected", e.expected());
            o.addProperty("actual", e.actual());
            o.addProperty("note", e.note());
            o.addProperty("section", e.statement().section());
            o.addProperty("quote", e.statement().quote());
            JsonArray evaluators = new JsonArray();
            e.parts().forEach(v -> evaluators.add(v.evaluator()));
            o.add("evaluators", evaluators);
            array.add(o);
        }
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array) + "\n";
    }

    /** A plain-text table for terminals: one line per statement, notes indented below. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        int w = entries.stream().mapToInt(e -> e.id().length()).max().orElse(10);
        for (ScorecardEntry e : entries) {
            b.append(String.format("%-" + w + "s  %-18s %-12s %-14s", e.id(), e.status().label(), e.kind().jsonName(), e.basis().jsonName()));
            if (!e.expected().isEmpty()) {
                b.append(" expected: ").append(e.expected());
            }
            if (!e.actual().isEmpty()) {
                b.append(" | actual: ").append(e.actual());
            }
            b.append('\n');
            if (!e.note().isEmpty()) {
                b.append(" ".repeat(w + 2)).append("note: ").append(e.note()).append('\n');
            }
        }
        b.append(summary()).append('\n');
        b.append(totals().byBasisText());
        return b.toString();
    }

    @Override
    public String toString() {
        return summary();
    }
}
