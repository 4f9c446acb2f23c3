package org.suanli.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.suanli.data.EnglishText;
import org.suanli.data.IndicatorData;
import org.suanli.data.Language;
import org.suanli.data.ShownProvenance;
import org.suanli.scorecard.Scorecard;
import org.suanli.scorecard.ScorecardContext;
import org.suanli.scorecard.ScorecardEntry;
import org.suanli.scorecard.ScorecardTotals;
import org.suanli.scorecard.Statement;
import org.suanli.scorecard.Statements;
import org.suanli.scorecard.Status;
import org.suanli.scorecard.Verdict;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * The index engine's side of the scorecard: the whole scorecard for one result, and the count of index statements
 * that hold under each of several alternative choices: a robustness table, shown next to the default (the book
 * reading, chosen from the method text, see docs/index.md), never used to choose it.
 */
public final class IndexScorecard {
    private IndexScorecard() {
    }

    /** The full scorecard with the indicator data and the index result attached. */
    public static Scorecard evaluate(IndicatorData data, IndexResult result) {
        return Scorecard.evaluate(ScorecardContext.of(IndicatorData.class, data).with(IndexResult.class, result));
    }

    /** The statements the index engine checks (21 of the facts file). */
    public static List<Statement> indexStatements() {
        IndexStatementEvaluator ev = new IndexStatementEvaluator();
        List<Statement> out = new ArrayList<>();
        for (Statement s : Statements.standard()) {
            if (ev.handles(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** The index engine's verdict on each of its statements for one result: id, status, expected, actual, note. */
    public static Table verdicts(IndexResult result) {
        IndexStatementEvaluator ev = new IndexStatementEvaluator();
        ScorecardContext c = ScorecardContext.of(IndexResult.class, result);
        StringColumn id = StringColumn.create("id");
        StringColumn status = StringColumn.create("status");
        StringColumn expected = StringColumn.create("expected");
        StringColumn actual = StringColumn.create("actual");
        StringColumn note = StringColumn.create("note");
        for (Statement s : indexStatements()) {
            Verdict v = ev.evaluate(s, c);
            id.append(s.id());
            status.append(v.status().jsonName());
            expected.append(v.expected());
            actual.append(v.actual());
            note.append(v.note());
        }
        return EnglishText.table(Table.create("index statements", id, status, expected, actual, note), Set.of());
    }

    /**
     * The totals, by status and by basis, of the index engine's statements ({@link #indexStatements()}) in
     * {@code card}, e.g. "21 statements: 15 hold, 6 fail, 0 not evaluated yet" with one line per basis.
     */
    public static ScorecardTotals totals(Scorecard card) {
        return ScorecardTotals.of(card.filter(indexStatement()));
    }

    /** The index engine's statements that fail in {@code card}, in the scorecard's order. */
    public static List<ScorecardEntry> failing(Scorecard card) {
        return card.filter(indexStatement().and(e -> e.status() == Status.FAILS));
    }

    private static Predicate<ScorecardEntry> indexStatement() {
        Set<String> ids = new HashSet<>();
        indexStatements().forEach(s -> ids.add(s.id()));
        return e -> ids.contains(e.id());
    }

    /**
     * The robustness table of notebook 04: how many index statements hold under {@code model} (the book reading) and
     * under every other method of {@link Standardiser#catalogue()}, each year on its own data and anchored to base
     * year 2022, then with equal weights and with geometric aggregation. For comparison only: the default was not
     * chosen by it.
     */
    public static Table robustness(IndexModel model) {
        Map<String, IndexModel> variants = new LinkedHashMap<>();
        IndexChoices c = model.choices();
        variants.put("book reading (default): " + c.standardiser().label()
                + (c.baseYear() == null ? ", own year" : ", base " + c.baseYear()), model);
        standardisationVariants(model.withoutBaseYear()).forEach((k, v) -> variants.put(k + ", own year", v));
        standardisationVariants(model.withBaseYear(2022)).forEach((k, v) -> variants.put(k + ", base 2022", v));
        variants.put("book reading, equal weights", model.withWeights(Weights.equal()));
        variants.put("book reading, geometric", model.withAggregation(Aggregation.GEOMETRIC));
        return compare(variants);
    }

    /** One model per standardisation method of {@link Standardiser#catalogue()}, everything else as in {@code model}. */
    public static Map<String, IndexModel> standardisationVariants(IndexModel model) {
        Map<String, IndexModel> out = new LinkedHashMap<>();
        for (Standardiser s : Standardiser.catalogue()) {
            out.put(s.label(), model.withStandardiser(s));
        }
        return out;
    }

    /**
     * How many index statements hold, fail or cannot be evaluated under each variant (a variant that cannot run,
     * e.g. z-scores under geometric means, is listed with its error).
     */
    public static Table compare(Map<String, IndexModel> variants) {
        IndexStatementEvaluator ev = new IndexStatementEvaluator();
        List<Statement> statements = indexStatements();
        StringColumn name = StringColumn.create("variant");
        IntColumn holds = IntColumn.create("holds");
        IntColumn fails = IntColumn.create("fails");
        IntColumn notEvaluated = IntColumn.create("not_evaluated");
        StringColumn failing = StringColumn.create("failing");
        for (Map.Entry<String, IndexModel> e : variants.entrySet()) {
            name.append(e.getKey());
            IndexResult r;
            try {
                r = e.getValue().run();
            } catch (RuntimeException ex) {
                holds.appendMissing();
                fails.appendMissing();
                notEvaluated.append(statements.size());
                failing.append("cannot run: " + ex.getMessage());
                continue;
            }
            ScorecardContext c = ScorecardContext.of(IndexResult.class, r);
            int h = 0;
            int f = 0;
            int n = 0;
            List<String> ids = new ArrayList<>();
            for (Statement s : statements) {
                Status st = ev.evaluate(s, c).status();
                if (st == Status.HOLDS) {
                    h++;
                } else if (st == Status.FAILS) {
                    f++;
                    ids.add(s.id());
                } else {
                    n++;
                }
            }
            holds.append(h);
            fails.append(f);
            notEvaluated.append(n);
            failing.append(String.join(" ", ids));
        }
        Table t = Table.create("index statements holding per variant (of " + statements.size() + ")", name, holds, fails, notEvaluated, failing);
        return ShownProvenance.attach(t, variantsCaption(statements.size(), variants));
    }

    /**
     * "21 index statements quoted from the book, judged on 17 variants of the index, each computed from values: …":
     * the variants' data caption when they share one panel, else that their data differ.
     */
    static String variantsCaption(int statements, Map<String, IndexModel> variants) {
        Set<Panel> panels = Collections.newSetFromMap(new IdentityHashMap<>());
        variants.values().forEach(m -> panels.add(m.panel()));
        String data;
        if (panels.size() == 1) {
            Panel only = panels.iterator().next();
            data = Optional.ofNullable(only.caption())
                    .orElse(Language.pick("由来源未记录的面板数据计算", "computed from a panel of unrecorded provenance"));
        } else {
            data = Language.pick("各变体的数据不同（见各自的面板）", "the variants' data differ (see each one's panel)");
        }
        return Language.pick(statements + " 条指数陈述引自蓝皮书，在 " + variants.size() + " 个指数变体上由本次运行判断；指数" + data,
                statements + " index statements quoted from the book, judged on " + variants.size()
                + " variants of the index; the index " + data);
    }
}
