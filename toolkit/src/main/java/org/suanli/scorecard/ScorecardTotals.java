package org.suanli.scorecard;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * How many statements hold, fail or are not evaluated, split by {@link StatementBasis}: the single computation behind
 * every total a page prints. A hold whose basis is not independent is a consistency check, not evidence, and the
 * split keeps the two apart.
 *
 * @param counts statements per basis and status (every basis and status present, zeros included)
 */
public record ScorecardTotals(Map<StatementBasis, Map<Status, Integer>> counts) {

    public ScorecardTotals {
        Map<StatementBasis, Map<Status, Integer>> copy = new EnumMap<>(StatementBasis.class);
        for (StatementBasis b : StatementBasis.values()) {
            Map<Status, Integer> m = new EnumMap<>(Status.class);
            for (Status s : Status.values()) {
                m.put(s, counts.getOrDefault(b, Map.of()).getOrDefault(s, 0));
            }
            copy.put(b, Collections.unmodifiableMap(m));
        }
        counts = Collections.unmodifiableMap(copy);
    }

    /** Counts the given entries. */
    public static ScorecardTotals of(List<ScorecardEntry> entries) {
        Map<StatementBasis, Map<Status, Integer>> m = new EnumMap<>(StatementBasis.class);
        for (ScorecardEntry e : entries) {
            m.computeIfAbsent(e.basis(), k -> new EnumMap<>(Status.class)).merge(e.status(), 1, Integer::sum);
        }
        return new ScorecardTotals(m);
    }

    /** Statements of one basis and status. */
    public int count(StatementBasis basis, Status status) {
        return counts.get(basis).get(status);
    }

    /** Statements of one status, any basis. */
    public int count(Status status) {
        return counts.values().stream().mapToInt(m -> m.get(status)).sum();
    }

    /** Statements of one basis, any status. */
    public int count(StatementBasis basis) {
        return counts.get(basis).values().stream().mapToInt(Integer::intValue).sum();
    }

    /** All statements counted. */
    public int total() {
        return counts.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }

    /** e.g. "141 statements: 113 hold, 11 fail, 17 not evaluated yet" (the same words as {@link Scorecard#summary()}). */
    public String line() {
        return total() + " statements: " + count(Status.HOLDS) + " hold, " + count(Status.FAILS) + " fail, "
                + count(Status.NOT_EVALUATED) + " not evaluated yet";
    }

    /** One line per basis with statements, e.g. "  independent     40 hold,  5 fail, 10 not evaluated". */
    public String byBasisText() {
        StringBuilder b = new StringBuilder();
        for (StatementBasis basis : StatementBasis.values()) {
            if (count(basis) == 0) {
                continue;
            }
            b.append(String.format(Locale.ROOT, "  %-15s %3d hold, %3d fail, %3d not evaluated  (%s)%n", basis.jsonName(),
                    count(basis, Status.HOLDS), count(basis, Status.FAILS), count(basis, Status.NOT_EVALUATED), basis.meaning()));
        }
        return b.toString();
    }

    /** The summary line followed by the split by basis: what every page prints. */
    public String text() {
        return line() + "\n" + byBasisText();
    }

    /** The same as a table: basis, holds, fails, not_evaluated, total. */
    public Table table(String title) {
        StringColumn basis = StringColumn.create("basis");
        IntColumn holds = IntColumn.create("holds");
        IntColumn fails = IntColumn.create("fails");
        IntColumn notEvaluated = IntColumn.create("not_evaluated");
        IntColumn total = IntColumn.create("total");
        for (StatementBasis b : StatementBasis.values()) {
            basis.append(b.jsonName());
            holds.append(count(b, Status.HOLDS));
            fails.append(count(b, Status.FAILS));
            notEvaluated.append(count(b, Status.NOT_EVALUATED));
            total.append(count(b));
        }
        basis.append("all");
        holds.append(count(Status.HOLDS));
        fails.append(count(Status.FAILS));
        notEvaluated.append(count(Status.NOT_EVALUATED));
        total.append(total());
        return Table.create(title, basis, holds, fails, notEvaluated, total);
    }

    @Override
    public String toString() {
        return line();
    }
}
