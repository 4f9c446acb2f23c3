package org.suanli.economy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.data.ShownProvenance;
import org.suanli.data.Language;
import org.suanli.data.Provenance;

/**
 * The typology of all provinces under one rule, and its comparison with the book's examples.
 *
 * @param rule               the parameters used
 * @param indexBasis         where the sub-indices came from
 * @param withComputeBalance whether the compute supply–demand balance entered the score
 * @param assignments        one per province, in the index's order
 * @param indexValues        how many of the indicator values the index was computed from have each provenance; empty
 *                           when not known
 * @param year               the index's year
 */
public record TypologyResult(TypologyRule rule, String indexBasis, boolean withComputeBalance,
                             List<TypologyAssignment> assignments, Map<Provenance, Integer> indexValues, int year) {
    public TypologyResult {
        assignments = List.copyOf(assignments);
        indexValues = indexValues == null || indexValues.isEmpty() ? Map.of() : Map.copyOf(indexValues);
    }

    /** A typology whose index values' provenance is not known. */
    public TypologyResult(TypologyRule rule, String indexBasis, boolean withComputeBalance,
                          List<TypologyAssignment> assignments) {
        this(rule, indexBasis, withComputeBalance, assignments, Map.of(), 0);
    }

    public ProvinceType typeOf(String province) {
        String p = ProvinceNames.canonical(province);
        return assignments.stream().filter(a -> a.province().equals(p)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no typology for " + p)).type();
    }

    public List<String> provincesOf(ProvinceType t) {
        return assignments.stream().filter(a -> a.type() == t).map(TypologyAssignment::province).toList();
    }

    /** One row per province the book names: its type in the book, the rule's type, and the rule's reasoning. */
    public List<Comparison> compareWithBook() {
        List<Comparison> out = new ArrayList<>();
        for (Map.Entry<String, ProvinceType> e : Typology.BOOK.entrySet()) {
            assignments.stream().filter(a -> a.province().equals(e.getKey())).findFirst().ifPresent(a ->
                    out.add(new Comparison(a.province(), e.getValue(), a.type(), a.type() == e.getValue(), a.explain(rule))));
        }
        return out;
    }

    /** How many of the book's named provinces the rule places as the book does. */
    public long agreements() {
        return compareWithBook().stream().filter(Comparison::agrees).count();
    }

    /** How many provinces the book names as examples of a type (the most {@link #agreements()} can be). */
    public int bookNamed() {
        return Typology.BOOK.size();
    }

    /** {@link #compareWithBook()} as a table: province, the book's type, the rule's, whether they agree, and why. */
    public Table comparisonTable() {
        StringColumn cp = StringColumn.create("province");
        StringColumn cb = StringColumn.create("book");
        StringColumn cr = StringColumn.create("rule");
        StringColumn ca = StringColumn.create("agrees");
        StringColumn cw = StringColumn.create("why");
        for (Comparison c : compareWithBook()) {
            cp.append(c.province());
            cb.append(c.book().nameEn());
            cr.append(c.rule().nameEn());
            ca.append(c.agrees() ? "yes" : "NO");
            cw.append(c.reasoning());
        }
        return ShownProvenance.attach(Table.create("typology against the book's examples", cp, cb, cr, ca, cw), Language.pick(
                "book：蓝皮书为 " + bookNamed() + " 个省份给出的类型（引自蓝皮书）；rule 与 why：由类型规则（" + rule + "）根据"
                        + EconomyCaptions.index(indexBasis, indexValues, year).replace("综合指数", "分指数") + (withComputeBalance ? "与算力供需平衡" : "") + "计算",
                "book: the types the book names for " + bookNamed() + " provinces (quoted); rule and why: computed by the "
                        + "typology rule (" + rule + ") from the sub-indices of "
                        + EconomyCaptions.index(indexBasis, indexValues, year)
                        + (withComputeBalance ? " and the compute balance" : "")));
    }

    /** One line per type, e.g. "供给驱动型 supply-driven: [北京, …]": every province the rule places in it. */
    public String byType() {
        StringBuilder b = new StringBuilder();
        for (ProvinceType t : ProvinceType.values()) {
            b.append(t.nameZh()).append(' ').append(t.nameEn()).append(": ").append(provincesOf(t)).append('\n');
        }
        return b.toString();
    }

    public Table table() {
        StringColumn p = StringColumn.create("province");
        DoubleColumn s = DoubleColumn.create("supply_S");
        DoubleColumn d = DoubleColumn.create("demand_D");
        DoubleColumn r = DoubleColumn.create("compute_ratio");
        DoubleColumn sc = DoubleColumn.create("score");
        StringColumn t = StringColumn.create("type");
        StringColumn b = StringColumn.create("book");
        for (TypologyAssignment a : assignments) {
            p.append(a.province());
            s.append(a.supplyLevel());
            d.append(a.demandLevel());
            r.append(a.computeRatio());
            sc.append(a.score());
            t.append(a.type().nameEn());
            ProvinceType bt = Typology.BOOK.get(a.province());
            b.append(bt == null ? "" : bt.nameEn());
        }
        return Table.create("typology (" + rule + ")", p, s, d, r, sc, t, b);
    }

    /**
     * @param province the province
     * @param book     its type in the blue book
     * @param rule     its type under the rule
     * @param agrees   whether they are equal
     * @param reasoning the quantities behind the rule's decision
     */
    public record Comparison(String province, ProvinceType book, ProvinceType rule, boolean agrees, String reasoning) {
    }
}
