package org.suanli.runner;

import java.util.Locale;
import java.util.Map;

/**
 * The report's scorecard page ({@code scorecard.html}): every statement of the book with its chapter, status,
 * expected against actual, its basis, and a link to the notebook cell that shows it. A reviewer starts here:
 * it says what holds, what fails, and how independent each check is.
 */
final class ScorecardPage {

    /** Shown for a field the scorecard does not give (for example a basis before the toolkit had one). */
    static final String MISSING = "—";

    private ScorecardPage() {
    }

    static String html(ScorecardRows card, Map<String, StatementLinks.Link> links, String css) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"suanli\">\n")
                .append("<title>Scorecard — Suanli report</title>\n<style>\n").append(css)
                .append("</style>\n</head>\n<body>\n<header class=\"report-header\">\n")
                .append("<a class=\"back\" href=\"index.html\">← All notebooks</a>\n")
                .append("<span class=\"nb-name\">Scorecard</span>\n");
        totals(html, card);
        html.append("</header>\n<main class=\"notebook scorecard\">\n<h1>The blue book's statements</h1>\n")
                .append("<p class=\"summary\">").append(HtmlText.escape(card.summary())).append(". Computed by <code>")
                .append(HtmlText.escape(card.how())).append("</code>. <b>Basis</b> says how independent a check is: ")
                .append("<i>input</i> (the statement shaped the data), <i>reconstruction</i>, <i>calibration</i> ")
                .append("(a parameter was fitted on it) or <i>independent</i>. <b>Shown in</b> links to the cell ")
                .append("whose metadata declares the statement, or else the first cell whose output shows its id.</p>\n")
                .append("<table class=\"scorecard-table\">\n<thead><tr><th>Chapter</th><th>Statement</th>")
                .append("<th>Status</th><th>Expected</th><th>Actual</th><th>Basis</th><th>Shown in</th></tr></thead>\n")
                .append("<tbody>\n");
        for (ScorecardRows.Row row : card.rows()) {
            row(html, row, links.get(row.id()));
        }
        int linked = (int) card.rows().stream().filter(r -> links.containsKey(r.id())).count();
        html.append("</tbody>\n</table>\n<p class=\"summary\">").append(linked).append(" of ").append(card.rows().size())
                .append(" statements are linked to a cell.</p>\n</main>\n")
                .append("<footer class=\"report-footer\">Written by <code>suanli</code>.</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The totals as status badges, for this page's header and the index's. */
    static void totals(StringBuilder html, ScorecardRows card) {
        html.append("<span class=\"scorecard-totals\" title=\"").append(HtmlText.escape(card.summary())).append("\">");
        html.append("<span class=\"total-all\">").append(card.rows().size()).append(" statements</span>");
        for (Map.Entry<String, Integer> total : card.totals().entrySet()) {
            html.append(" <span class=\"status verdict-").append(cssName(total.getKey())).append("\">")
                    .append(total.getValue()).append(' ')
                    .append(HtmlText.escape(ScorecardRows.STATUS_LABELS.getOrDefault(total.getKey(), total.getKey())))
                    .append("</span>");
        }
        html.append("</span>\n");
    }

    private static void row(StringBuilder html, ScorecardRows.Row row, StatementLinks.Link link) {
        String status = row.status() == null ? "unknown" : row.status();
        html.append("<tr class=\"statement statement-").append(cssName(status)).append("\" id=\"statement-")
                .append(HtmlText.escape(row.id())).append("\" data-statement=\"").append(HtmlText.escape(row.id()))
                .append("\">");
        cell(html, row.section(), "chapter");
        html.append("<td class=\"statement-text\"><code>").append(HtmlText.escape(row.id())).append("</code>");
        if (row.quote() != null && !row.quote().isBlank()) {
            html.append("<div class=\"quote\">「").append(HtmlText.escape(row.quote())).append("」</div>");
        }
        if (row.note() != null && !row.note().isBlank()) {
            html.append("<details class=\"note\"><summary>note</summary>").append(HtmlText.escape(row.note()))
                    .append("</details>");
        }
        html.append("</td><td><span class=\"status verdict-").append(cssName(status)).append("\">")
                .append(HtmlText.escape(ScorecardRows.STATUS_LABELS.containsKey(status) ? label(status) : status))
                .append("</span></td>");
        cell(html, row.expected(), "expected");
        cell(html, row.actual(), "actual");
        cell(html, row.basis(), "basis");
        html.append("<td class=\"shown-in\">");
        if (link == null) {
            html.append("<span class=\"missing\" title=\"no cell declares or shows this statement\">")
                    .append(MISSING).append("</span>");
        } else {
            html.append("<a class=\"cell-link\" href=\"").append(HtmlText.escape(link.href())).append("\" title=\"")
                    .append(link.declared() ? "declared in the cell's metadata" : "the cell's output shows the id")
                    .append("\">").append(HtmlText.escape(link.notebook())).append(", cell ").append(link.cell())
                    .append("</a>");
        }
        html.append("</td></tr>\n");
    }

    private static void cell(StringBuilder html, String value, String cssClass) {
        html.append("<td class=\"").append(cssClass).append("\">");
        if (value == null || value.isBlank()) {
            html.append("<span class=\"missing\">").append(MISSING).append("</span>");
        } else {
            html.append(HtmlText.escape(value));
        }
        html.append("</td>");
    }

    private static String label(String status) {
        return switch (status) {
            case "holds" -> "holds";
            case "fails" -> "FAILS";
            case "not_evaluated" -> "not evaluated yet";
            default -> status;
        };
    }

    private static String cssName(String status) {
        return status.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
