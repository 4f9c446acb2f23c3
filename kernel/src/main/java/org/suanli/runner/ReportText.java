package org.suanli.runner;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report's own words in Chinese and English, chosen by the same {@code suanli.lang} property as the toolkit's
 * charts and tables ({@code zh}, the default, or {@code en}; {@code suanli --lang en} sets it).
 *
 * <p>The kernel module cannot import the toolkit, so the runner keeps this small table of its own; every key has
 * both texts, and the English ones contain no CJK character (both checked by ReportTextTest).
 */
final class ReportText {

    /** Key → {Chinese, English}. Texts with {@code %s}/{@code %d} are format patterns. */
    static final Map<String, String[]> TEXT = new LinkedHashMap<>();

    static {
        put("html.lang", "zh-CN", "en");
        put("back", "← 全部笔记本", "← All notebooks");
        put("goto.cell", "转到该单元格", "Go to the cell");
        put("footer", "由 <code>suanli</code> 根据 <code>%s</code> 生成。", "Written by <code>suanli</code> from <code>%s</code>.");
        put("status.ok", "运行无错误", "ran without errors");
        put("status.errors", "已运行，有错误（允许）", "ran, with errors (allowed)");
        put("status.failed", "失败", "failed");
        put("status.unreadable", "无法读取", "could not be read");
        put("output.unsupported", "（类型为 %s 的输出，报告无法显示）", "(an output of type %s, which the report cannot show)");
        put("image.alt", "图表或图像输出", "chart or image output");
        put("index.title", "算力报告", "Suanli report");
        put("index.notebooks", "%d 个笔记本，", "%d notebooks, ");
        put("index.notebook", "%d 个笔记本，", "%d notebook, ");
        put("index.cells", "%d 个单元格，用时 ", "%d cells run in ");
        put("index.cell", "%d 个单元格，用时 ", "%d cell run in ");
        put("index.allRan", "全部运行成功。", "all ran.");
        put("index.failed", "%d 个失败。", "%d failed.");
        put("column.notebook", "笔记本", "Notebook");
        put("column.status", "状态", "Status");
        put("column.cells", "单元格", "Cells");
        put("column.duration", "用时", "Duration");
        put("column.problem", "问题", "Problem");
        put("scorecard.link", "记分卡", "Scorecard");
        put("scorecard.title", "记分卡 — 算力报告", "Scorecard — Suanli report");
        put("scorecard.heading", "蓝皮书的论断", "The blue book's statements");
        put("scorecard.computedBy", "。计算方式：<code>%s</code>。", ". Computed by <code>%s</code>. ");
        put("scorecard.explain", "<b>依据</b>说明检验的独立程度：<i>input</i>（论断决定了数据）、<i>reconstruction</i>（重构）、"
                + "<i>calibration</i>（参数据此拟合）或 <i>independent</i>（独立）。<b>所在单元格</b>链接到在元数据中声明该论断的单元格，"
                + "否则链接到输出中首次出现其编号的单元格。",
                "<b>Basis</b> says how independent a check is: <i>input</i> (the statement shaped the data), "
                + "<i>reconstruction</i>, <i>calibration</i> (a parameter was fitted on it) or <i>independent</i>. "
                + "<b>Shown in</b> links to the cell whose metadata declares the statement, or else the first cell whose "
                + "output shows its id.");
        put("scorecard.chapter", "章节", "Chapter");
        put("scorecard.statement", "论断", "Statement");
        put("scorecard.expected", "预期", "Expected");
        put("scorecard.actual", "实际", "Actual");
        put("scorecard.basis", "依据", "Basis");
        put("scorecard.shownIn", "所在单元格", "Shown in");
        put("scorecard.linked", "%d / %d 条论断链接到单元格。", "%d of %d statements are linked to a cell.");
        put("scorecard.footer", "由 <code>suanli</code> 生成。", "Written by <code>suanli</code>.");
        put("scorecard.statements", "%d 条论断", "%d statements");
        put("scorecard.note", "说明", "note");
        put("scorecard.noCell", "没有单元格声明或显示该论断", "no cell declares or shows this statement");
        put("scorecard.declared", "在单元格元数据中声明", "declared in the cell's metadata");
        put("scorecard.shown", "单元格输出显示该编号", "the cell's output shows the id");
        put("scorecard.cell", "%s，第 %d 个单元格", "%s, cell %d");
        put("scorecard.one", "%d 条论断", "%d statement");
        put("list.first", "：", ": ");
        put("list.next", "，", ", ");
        put("total.holds", "成立", "hold");
        put("total.fails", "不成立", "fail");
        put("total.not_evaluated", "尚未评估", "not evaluated yet");
        put("status.holds", "成立", "holds");
        put("status.fails", "不成立", "FAILS");
        put("status.not_evaluated", "尚未评估", "not evaluated yet");
        put("settings.title", "所用设置", "Settings used");
        put("settings.note", "（由本次运行的输出记录）", "(recorded by the outputs of this run)");
    }

    private ReportText() {
    }

    private static void put(String key, String zh, String en) {
        TEXT.put(key, new String[] {zh, en});
    }

    /** True when the report is in English now ({@code suanli.lang=en}, or {@code en-…}, {@code english}). */
    static boolean english() {
        String lang = System.getProperty("suanli.lang", "").strip().toLowerCase(Locale.ROOT);
        return lang.equals("en") || lang.startsWith("en-") || lang.startsWith("en_") || lang.equals("english");
    }

    /** The text of {@code key} in the current language, formatted with {@code args} when given. */
    static String get(String key, Object... args) {
        String[] texts = TEXT.get(key);
        if (texts == null) {
            throw new IllegalArgumentException("no report text '" + key + "'");
        }
        String t = texts[english() ? 1 : 0];
        return args.length == 0 ? t : String.format(Locale.ROOT, t, args);
    }
}
