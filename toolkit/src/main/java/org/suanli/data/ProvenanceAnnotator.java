package org.suanli.data;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Tells the kernel where the numbers of a toolkit table or chart come from (see {@link ShownProvenance}). The
 * kernel finds this class through {@code META-INF/suanli/display-annotators} and calls it for every object it
 * shows; the toolkit does not depend on the kernel, so the contract is the JDK's {@code Function} and a map with
 * the keys {@code caption}, {@code marks}, {@code markTitles} and {@code settings}.
 */
public final class ProvenanceAnnotator implements Function<Object, Map<String, ?>> {

    @Override
    public Map<String, ?> apply(Object shown) {
        return ShownProvenance.of(shown).map(ProvenanceAnnotator::annotation).orElse(Map.of());
    }

    private static Map<String, ?> annotation(ShownProvenance p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("caption", p.caption());
        if (p.cells() != null) {
            BiFunction<Integer, String, Provenance> cells = p.cells();
            out.put("marks", (BiFunction<Integer, String, String>) (row, column) -> {
                Provenance cell = cells.apply(row, column);
                return cell == null ? null : ShownProvenance.mark(cell);
            });
            Map<String, String> titles = new LinkedHashMap<>();
            for (Provenance value : Provenance.values()) {
                String mark = ShownProvenance.mark(value);
                if (mark != null) {
                    titles.put(mark, value.csvName());
                }
            }
            out.put("markTitles", titles);
        }
        if (!p.settings().isEmpty()) {
            out.put("settings", p.settings());
        }
        return out;
    }
}
