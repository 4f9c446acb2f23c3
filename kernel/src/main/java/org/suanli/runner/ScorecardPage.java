package org.suanli.runner;

import java.util.Locale;
import java.util.List;
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
        html.append("<!DOCTYPE html>\n<html lang=\"").append(ReportText.get("html.lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"suanli\">\n")
                .append("<title>").append(ReportText.get("scorecard.title")).append("</title>\n<style>\n").append(css)
                .append("</style>\n</head>\n<body>\n<header class=\"report-header\">\n")
                .append("<a class=\"back\" href=\"index.html\">").append(ReportText.get("back")).append("</a>\n")
                .append("<span class=\"nb-name\">").append(ReportText.get("scorecard.link")).append("</span>\n");
        totals(html, card);
        html.append("</header>\n<main class=\"notebook scorecard\">\n<h1>").append(ReportText.get("scorecard.heading"))
                .append("</h1>\n<p class=\"summary\">").append(HtmlText.escape(card.summary()))
                .append(ReportText.get("scorecard.computedBy", HtmlText.escape(card.how())))
                .append(ReportText.get("scorecard.explain")).append("</p>\n")
                .append("<table class=\"scorecard-table\">\n<thead><tr>");
        for (String column : List.of("scorecard.chapter", "scorecard.statement", "column.status", "scorecard.expected",
                "scorecard.actual", "scorecard.basis", "scorecard.shownIn")) {
            html.append("<th>").append(ReportText.get(column)).append("</th>");
        }
        html.append("</tr></thead>\n")
                .append("<tbody>\n");
        for (ScorecardRows.Row row : card.rows()) {
            row(html, row, links.get(row.id()));
        }
        int linked = (int) card.rows().stream().filter(r -> links.containsKey(r.id())).count();
        html.append("</tbody>\n</table>\n<p class=\"summary\">").append(ReportText.get("scorecard.linked", linked, card.rows().size()))
                .append("</p>\n</main>\n<footer class=\"report-footer\">").append(ReportText.get("scorecard.footer"))
                .append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The totals as status badges, for this page's header and the index's. */
    static void totals(StringBuilder html, ScorecardRows card) {
        html.append("<span class=\"scorecard-totals\" title=\"").append(HtmlText.escape(card.summary())).append("\">");
        html.append("<span class=\"total-all\">").append(ReportText.get("scorecard.statements", card.rows().size())).append("</span>");
        for (Map.Entry<String, Integer> total : card.totals().entrySet()) {
            html.append(" <span class=\"status verdict-").append(cssName(total.getKey())).append("\">")
                    .append(total.getValue()).append(' ')
                    .append(HtmlText.escape(ScorecardRows.statusLabel(total.getKey())))
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
            html.append("<details class=\"note\"><summary>").append(ReportText.get("scorecard.note")).append("</summary>").append(HtmlText.escape(row.note()))
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
            html.append("<span class=\"missing\" title=\"").append(ReportText.get("scorecard.noCell")).append("\">")
                    .append(MISSING).append("</span>");
        } else {
            html.append("<a class=\"cell-link\" href=\"").append(HtmlText.escape(link.href())).append("\" title=\"")
                    .append(ReportText.get(link.declared() ? "scorecard.declared" : "scorecard.shown"))
                    .append("\">").append(ReportText.get("scorecard.cell", HtmlText.escape(link.notebook()), link.cell()))
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
        return ReportText.get("status." + status);
    }

    private static String cssName(String status) {
        return status.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
