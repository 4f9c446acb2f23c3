package org.suanli.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Shows a toolkit table in English with the provinces' English names, so that an English report has no Chinese in
 * its tables except where it is quoted (a {@code quote} or {@code source} column) or asked for: province names stay
 * Chinese when {@code suanli.province.names=zh} ({@code suanli --province-names zh}), since the data's own keys are
 * the Chinese short names a reader may want to match against the book.
 *
 * <p>It is a display annotator (see {@link ProvenanceAnnotator}): the kernel renders the copy it returns under the key
 * {@code shown} in the table's place, so the user's table itself is never changed, and its caption and marks, which
 * are said of the original, still fit the copy (same rows, same columns). In Chinese it says nothing. A table that
 * already lists the English names (as {@link Provinces#table()} does) is left as it is: there the Chinese names are
 * the subject.
 */
public final class ShownLanguage implements Function<Object, Map<String, ?>> {

    /** Columns that quote someone else's words: never rewritten. */
    static final Set<String> QUOTED = Set.of("quote", "source");

    /** Every Chinese name of a province (full, short, aliases in Chinese), longest first, so 内蒙古自治区 goes before 内蒙古. */
    private static final List<String[]> NAMES = names();

    @Override
    public Map<String, ?> apply(Object shown) {
        if (!(shown instanceof Table t) || !provinceNamesInEnglish()) {
            return Map.of();
        }
        Table english = inEnglish(t);
        return english == t ? Map.of() : Map.of("shown", english);
    }

    /**
     * True when tables should show the provinces' English names now: the language is English and
     * {@code suanli.province.names} does not ask for Chinese.
     */
    public static boolean provinceNamesInEnglish() {
        String asked = System.getProperty("suanli.province.names", "").strip().toLowerCase(Locale.ROOT);
        return !Language.chinese() && !asked.equals("zh");
    }

    /**
     * A copy of {@code t} with every Chinese province name in its text columns replaced by the English one (whole
     * cells and names inside generated text alike), or {@code t} itself when nothing changes.
     */
    public static Table inEnglish(Table t) {
        List<Column<?>> columns = new ArrayList<>();
        boolean changed = false;
        for (Column<?> c : t.columns()) {
            if (c instanceof StringColumn s && !QUOTED.contains(s.name().toLowerCase(Locale.ROOT))) {
                if (listsEnglishNames(s)) {
                    return t;
                }
                StringColumn copy = StringColumn.create(s.name());
                for (String v : s) {
                    copy.append(v == null ? null : replaceNames(v));
                }
                changed |= !copy.asList().equals(s.asList());
                columns.add(copy);
            } else {
                columns.add(c);
            }
        }
        return changed ? Table.create(t.name(), columns) : t;
    }

    /** {@code text} with each Chinese province name replaced by its English name. */
    static String replaceNames(String text) {
        String out = text;
        for (String[] name : NAMES) {
            if (out.contains(name[0])) {
                out = out.replace(name[0], name[1]);
            }
        }
        return out;
    }

    private static boolean listsEnglishNames(StringColumn s) {
        if (s.isEmpty()) {
            return false;
        }
        for (String v : s) {
            if (v == null || Provinces.find(v).filter(p -> p.nameEn().equals(v)).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static List<String[]> names() {
        List<String[]> names = new ArrayList<>();
        for (Province p : Provinces.all()) {
            names.add(new String[] {p.fullZh(), p.nameEn()});
            names.add(new String[] {p.shortZh(), p.nameEn()});
            for (String alias : p.aliases()) {
                if (EnglishText.hasCjk(alias)) {
                    names.add(new String[] {alias, p.nameEn()});
                }
            }
        }
        names.sort(Comparator.comparingInt((String[] n) -> n[0].length()).reversed());
        return List.copyOf(names);
    }
}
