package org.suanli.economy;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import org.suanli.data.Language;
import org.suanli.data.Provenance;
import org.suanli.data.ShownProvenance;

/**
 * The provenance captions of the economy stage's tables ({@link ShownProvenance}): which values are the book's,
 * which come from their source (NBS GDP), which are reconstructed (the provincial digital economy) and which are
 * computed from them, in Chinese or English ({@link Language}).
 */
final class EconomyCaptions {

    private EconomyCaptions() {
    }

    /** "GDP …, 2023: 31 from its source, 0 reconstructed" (the variable's English or Chinese name). */
    static String variable(EconomicVariable v) {
        int reconstructed = v.reconstructed().size();
        int sourced = v.values().size() - reconstructed;
        return Language.pick(v.nameZh() + "，" + v.year() + " 年：" + sourced + " 个来自其来源、" + reconstructed + " 个重构",
                v.nameEn() + ", " + v.year() + ": " + sourced + " from its source, " + reconstructed + " reconstructed");
    }

    /**
     * "the composite index (computed from values: 4 stated, 430 reconstructed (2023))", or with the index's basis
     * when the provenance of its values is not known.
     */
    static String index(String basis, Map<Provenance, Integer> values, int year) {
        if (values.isEmpty()) {
            return Language.pick("综合指数（" + basis + "）", "the composite index (" + basis + ")");
        }
        return Language.pick("综合指数（" + ShownProvenance.describe(values, true) + "，" + year + " 年）",
                "the composite index (" + ShownProvenance.describe(values, true) + ", " + year + ")");
    }

    /** "x: the composite index (computed from values: …); y: GDP …, 2023: 31 from its source, 0 reconstructed". */
    static String regression(EconomyRegressionResult r) {
        return Language.pick("横轴：", "x: ") + index(r.indexBasis(), r.indexValues(), r.year())
                + Language.pick("；纵轴：", "; y: ") + variable(r.variable());
    }

    /** The note on marked cells, when any cell is reconstructed. */
    static String marks(boolean any) {
        return any ? ShownProvenance.markNote() : "";
    }

    /**
     * Attaches {@code caption} to {@code t}, marking the cells of {@code column} whose row's province (column
     * {@code province}) is in {@code reconstructed}.
     */
    static Table attach(Table t, String caption, String column, List<String> reconstructed) {
        BiFunction<Integer, String, Provenance> cells = null;
        if (column != null && !reconstructed.isEmpty()) {
            StringColumn prov = t.stringColumn("province");
            cells = (row, col) -> col.equals(column) && row >= 0 && row < prov.size()
                    && reconstructed.contains(prov.get(row)) ? Provenance.RECONSTRUCTED : null;
        }
        return ShownProvenance.attach(t, new ShownProvenance(caption, cells, Map.of()));
    }
}
