package org.suanli.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * English for the toolkit's generated sentences that quote the book's Chinese terms (expected values, notes):
 * units become English with the number rescaled (388.7 万台 → 3.887 million units), the framework's names and
 * the book's tier words become their English names, 、 becomes a comma, and a Chinese gloss in brackets, which only
 * repeats the book's wording, is dropped. Province names are kept (they are the data's keys).
 *
 * <p>Used by the toolkit's tables when {@link Language#current()} is English; the words live here, in one place,
 * with {@link Units}.
 */
public final class EnglishText {

    /** A number followed by a Chinese unit: the factor to apply and the English unit. */
    private record Scaled(double factor, String unit) {
    }

    private static final Map<String, Scaled> SCALED = new LinkedHashMap<>();
    private static final Map<String, String> WORDS = new LinkedHashMap<>();
    /** The book's section numbers (一(一) → section 1(1)), replaced before brackets are read as glosses. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        SCALED.put("万亿元", new Scaled(1, "trillion yuan"));
        SCALED.put("亿美元", new Scaled(0.1, "billion US dollars"));
        SCALED.put("亿元", new Scaled(0.1, "billion yuan"));
        SCALED.put("亿块", new Scaled(100, "million pieces"));
        SCALED.put("万块", new Scaled(0.01, "million pieces"));
        SCALED.put("万台", new Scaled(0.01, "million units"));
        SCALED.put("万亿", new Scaled(1, "trillion"));
        SCALED.put("亿", new Scaled(0.1, "billion"));
        SCALED.put("万", new Scaled(0.01, "million"));
        // the book's phrases that the evaluators quote, in English
        WORDS.put("先进计算暨算力发展指数", "Advanced computing and computing-power development index");
        WORDS.put("算力发展指数", "Computing-power development index");
        WORDS.put("分数超过20分", "scores above 20");
        WORDS.put("均实现上涨", "all rose");
        WORDS.put("排名与去年相同", "the same rank as last year");
        WORDS.put("与去年相同", "the same as last year");
        WORDS.put("达三分之二", "reaches two thirds");
        WORDS.put("位于前列", "among the leaders");
        WORDS.put("位居前列", "among the leaders");
        WORDS.put("位居前十", "in the top ten");
        WORDS.put("排名前六", "ranked in the top six");
        WORDS.put("国内领先", "leading in China");
        WORDS.put("领先", "leading");
        WORDS.put("首次", "for the first time");
        WORDS.put("超过", "more than");
        WORDS.put("以上", "or more");
        WORDS.put("前言", "the preface");
        WORDS.put("香港", "Hong Kong");
        WORDS.put("澳门", "Macao");
        WORDS.put("台湾", "Taiwan");
        WORDS.put("第一梯队", "the first tier");
        WORDS.put("第二梯队", "the second tier");
        WORDS.put("第三梯队", "the third tier");
        WORDS.put("梯队", "tier");
        for (int i = 1; i <= 15; i++) {
            WORDS.put("图" + i, "Fig. " + i);
            WORDS.put("表" + i, "Table " + i);
        }
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (int i = numerals.length - 1; i >= 0; i--) {
            for (int j = numerals.length - 1; j >= 0; j--) {
                SECTIONS.put(numerals[i] + "(" + numerals[j] + ")", "section " + (i + 1) + "(" + (j + 1) + ")");
                SECTIONS.put(numerals[i] + "（" + numerals[j] + "）", "section " + (i + 1) + "(" + (j + 1) + ")");
            }
        }
        for (int i = 0; i < numerals.length; i++) {
            WORDS.put("部分" + numerals[i], "part " + (i + 1));
        }
    }

    private static final Pattern NUMBER_UNIT = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)\\s*(" + String.join("|",
            SCALED.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) + ")");
    /** A bracketed or quoted gloss that holds Chinese text other than province names. */
    private static final Pattern GLOSS = Pattern.compile("\\s*(?:\\(([^()]*)\\)|（([^（）]*)）|「([^」]*)」)");

    private EnglishText() {
    }

    /** The text as the current language shows it: unchanged in Chinese, {@link #english} in English. */
    public static String of(String text) {
        return Language.chinese() ? text : english(text);
    }

    /** The English form of a generated sentence (see the class comment for what changes). */
    public static String english(String text) {
        if (!hasCjk(text)) {
            return text;
        }
        String t = text;
        for (Map.Entry<String, String> w : SECTIONS.entrySet()) {
            t = t.replace(w.getKey(), w.getValue());
        }
        for (FrameworkNode n : frameworkNodes()) {
            if (n.nameZh() != null && !n.nameZh().isBlank() && n.nameEn() != null && n.level() > 0) {
                t = t.replace(n.nameZh(), n.nameEn());
            }
        }
        t = dropGlosses(t);
        for (Map.Entry<String, String> w : WORDS.entrySet()) {
            t = t.replace(w.getKey(), w.getValue());
        }
        Matcher m = NUMBER_UNIT.matcher(t);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            Scaled s = SCALED.get(m.group(2));
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "")).multiply(BigDecimal.valueOf(s.factor()));
            m.appendReplacement(b, Matcher.quoteReplacement(v.stripTrailingZeros().toPlainString() + " " + s.unit()));
        }
        m.appendTail(b);
        t = b.toString();
        for (Map.Entry<String, String> u : Units.ENGLISH.entrySet()) {
            t = t.replace(u.getKey(), " " + u.getValue());
        }
        return t.replace("、", ", ").replace("，", ", ").replace("：", ": ").replace("；", "; ")
                .replace("（", "(").replace("）", ")").replace("约", "about ").replace("近", "nearly ")
                .replace("  ", " ");
    }

    /**
     * The table as the current language shows it: in English its name and string cells become {@link #english},
     * except the columns in {@code quoted} (a source's own words); in Chinese it is left alone. The table is changed
     * in place and returned (the toolkit's tables are made fresh for each call, and a caption attached to the table
     * object stays attached).
     */
    public static Table table(Table table, Set<String> quoted) {
        if (Language.chinese()) {
            return table;
        }
        Table out = table.setName(english(table.name()));
        for (Column<?> c : out.columns()) {
            if (c instanceof StringColumn sc && !quoted.contains(c.name())) {
                for (int i = 0; i < sc.size(); i++) {
                    sc.set(i, english(sc.get(i)));
                }
            }
        }
        return out;
    }

    private static String dropGlosses(String text) {
        Matcher m = GLOSS.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String inner = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            boolean chineseWords = withoutProvinces(inner).codePoints().anyMatch(EnglishText::cjk);
            m.appendReplacement(b, Matcher.quoteReplacement(chineseWords && !inner.matches(".*[A-Za-z]{3,}.*")
                    ? "" : m.group()));
        }
        m.appendTail(b);
        return b.toString();
    }

    private static String withoutProvinces(String text) {
        String t = text;
        for (Province p : Provinces.all()) {
            t = t.replace(p.fullZh(), "").replace(p.shortZh(), "");
        }
        return t.replace("、", "");
    }

    private static volatile List<FrameworkNode> nodes;

    private static List<FrameworkNode> frameworkNodes() {
        List<FrameworkNode> n = nodes;
        if (n == null) {
            List<FrameworkNode> all = new ArrayList<>();
            try {
                Framework fw = Framework.standard();
                for (int level = 0; level <= 3; level++) {
                    all.addAll(fw.level(level));
                }
            } catch (RuntimeException e) {
                // no framework file: names stay as they are
            }
            all.sort(Comparator.comparingInt((FrameworkNode f) -> f.nameZh() == null ? 0 : f.nameZh().length()).reversed());
            nodes = n = List.copyOf(all);
        }
        return n;
    }

    /** Whether {@code text} holds a CJK character: Han, kana, hangul, CJK punctuation or a full-width form. */
    public static boolean hasCjk(String text) {
        return text != null && text.codePoints().anyMatch(EnglishText::cjk);
    }

    static boolean cjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
