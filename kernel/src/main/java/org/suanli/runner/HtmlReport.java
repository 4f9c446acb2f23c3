package org.suanli.runner;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The HTML report: one self-contained page per notebook and an index. Everything a page needs is inside it
 * (CSS inline, images as data URIs, mathematics drawn without MathJax), so it opens from the file system,
 * from a mail attachment, or offline, exactly as it was written.
 */
public final class HtmlReport {

    private static final String CSS = loadCss();

    /** The report's style sheet, for the other pages of the report (the scorecard page). */
    static String css() {
        return CSS;
    }

    /** The order in which a rich output's MIME types are preferred for the page. */
    private static final List<String> PREFERENCE = List.of("text/html", "image/png", "image/jpeg", "image/gif",
            "image/svg+xml", "text/markdown", "text/latex", "application/json", "text/plain");

    private HtmlReport() {
    }

    /** What the page says about the run, in its header; null fields are left out. */
    public record RunInfo(NotebookResult.Status status, Duration duration, List<CellFailure> failures, String message) {
        public RunInfo {
            failures = failures == null ? List.of() : List.copyOf(failures);
        }

        /** For {@code suanli export}: a notebook shown as it is, with no run. */
        public static RunInfo none() {
            return new RunInfo(null, null, List.of(), null);
        }
    }

    /**
     * The page of one notebook.
     *
     * @param notebook  the (executed) notebook
     * @param name      its name, shown in the header and title
     * @param folder    the notebook's folder, to inline images that Markdown cells link by relative path
     * @param run       how its run went
     * @param indexLink whether to link back to index.html
     */
    public static String page(Notebook notebook, String name, Path folder, RunInfo run, boolean indexLink) {
        String heading = heading(notebook);
        String title = heading == null ? name : heading + " — " + name;
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(ReportText.get("html.lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"suanli\">\n")
                .append("<title>").append(HtmlText.escape(title)).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n<header class=\"report-header\">\n");
        if (indexLink) {
            // a notebook from a sub-folder has its page in the same sub-folder of the report
            String up = "../".repeat((int) name.chars().filter(c -> c == '/').count());
            html.append("<a class=\"back\" href=\"").append(up).append("index.html\">").append(ReportText.get("back")).append("</a>\n");
        }
        html.append("<span class=\"nb-name\">").append(HtmlText.escape(name)).append("</span>\n");
        if (run.status() != null) {
            html.append("<span class=\"status status-").append(run.status().name().toLowerCase(Locale.ROOT))
                    .append("\">").append(statusText(run.status())).append("</span>\n");
        }
        if (run.duration() != null) {
            html.append("<span class=\"duration\">").append(formatDuration(run.duration())).append("</span>\n");
        }
        html.append("</header>\n<main class=\"notebook\">\n");
        if (run.message() != null) {
            html.append("<div class=\"failure-banner\" role=\"alert\">").append(HtmlText.escape(run.message()))
                    .append("</div>\n");
        }
        for (CellFailure failure : run.failures()) {
            Cell cell = notebook.cells().get(failure.cellNumber() - 1);
            html.append("<div class=\"failure-banner\" role=\"alert\">")
                    .append(HtmlText.escape(failure.describe(name)))
                    .append(" <a href=\"#cell-").append(HtmlText.escape(cell.id())).append("\">").append(ReportText.get("goto.cell")).append("</a></div>\n");
        }
        NotebookSettings.html(html, notebook);
        for (Cell cell : notebook.cells()) {
            cell(html, cell, folder, run);
        }
        html.append("</main>\n<footer class=\"report-footer\">").append(ReportText.get("footer", HtmlText.escape(name)))
                .append("</footer>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The notebook's first level-1 Markdown heading, or null. */
    static String heading(Notebook notebook) {
        for (Cell cell : notebook.cells()) {
            if (cell.isMarkdown()) {
                String heading = MarkdownHtml.firstHeading(cell.source());
                if (heading != null) {
                    return heading;
                }
            }
        }
        return null;
    }

    private static String statusText(NotebookResult.Status status) {
        return switch (status) {
            case OK -> ReportText.get("status.ok");
            case ERRORS -> ReportText.get("status.errors");
            case FAILED -> ReportText.get("status.failed");
            case UNREADABLE -> ReportText.get("status.unreadable");
        };
    }

    private static void cell(StringBuilder html, Cell cell, Path folder, RunInfo run) {
        String type = cell.type();
        boolean failed = run.failures().stream().anyMatch(f -> f.cellNumber() == cell.number());
        html.append("<section class=\"cell cell-").append(type).append(failed ? " cell-failed" : "")
                .append("\" id=\"cell-").append(HtmlText.escape(cell.id())).append("\" data-cell-number=\"")
                .append(cell.number()).append("\" data-cell-type=\"").append(type).append("\">\n");
        switch (type) {
            case "markdown" -> html.append("<div class=\"markdown-body\">\n")
                    .append(MarkdownHtml.render(cell.source(), destination -> imageFor(cell, folder, destination)))
                    .append("</div>\n");
            case "code" -> {
                Integer count = cell.executionCount();
                html.append("<div class=\"input\"><div class=\"prompt\">In [")
                        .append(count == null ? "&nbsp;" : count.toString()).append("]:</div>")
                        .append("<pre class=\"source\"><code class=\"language-java\">")
                        .append(JavaHighlighter.highlight(cell.source())).append("</code></pre></div>\n");
                List<JsonObject> outputs = cell.outputs();
                if (!outputs.isEmpty()) {
                    html.append("<div class=\"outputs\">\n");
                    for (JsonObject output : outputs) {
                        output(html, output);
                    }
                    html.append("</div>\n");
                }
            }
            default -> html.append("<pre class=\"raw\">").append(HtmlText.escape(cell.source())).append("</pre>\n");
        }
        html.append("</section>\n");
    }

    private static String imageFor(Cell cell, Path folder, String destination) {
        if (destination == null) {
            return null;
        }
        if (destination.startsWith("attachment:")) {
            String name = destination.substring("attachment:".length());
            JsonElement attachments = cell.json().get("attachments");
            if (attachments != null && attachments.isJsonObject() && attachments.getAsJsonObject().has(name)) {
                JsonObject bundle = attachments.getAsJsonObject().getAsJsonObject(name);
                for (String mime : bundle.keySet()) {
                    String data = JupyterJson.joined(bundle.get(mime)).replaceAll("\\s", "");
                    return "data:" + mime + ";base64," + data;
                }
            }
            return null;
        }
        if (folder == null || destination.contains("://") || destination.startsWith("data:")) {
            return null;
        }
        try {
            return MarkdownHtml.dataUri(folder.resolve(URLDecoder.decode(destination, StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void output(StringBuilder html, JsonObject output) {
        String type = output.get("output_type").getAsString();
        switch (type) {
            case "stream" -> {
                String name = output.has("name") ? output.get("name").getAsString() : "stdout";
                html.append("<div class=\"output output-stream ").append("stderr".equals(name) ? "stderr" : "stdout")
                        .append("\"><pre>").append(HtmlText.ansiToHtml(Outputs.text(output))).append("</pre></div>\n");
            }
            case "error" -> {
                StringBuilder text = new StringBuilder();
                if (output.has("traceback") && !output.getAsJsonArray("traceback").isEmpty()) {
                    for (JsonElement line : output.getAsJsonArray("traceback")) {
                        text.append(line.getAsString()).append('\n');
                    }
                } else {
                    text.append(output.get("ename").getAsString()).append(": ")
                            .append(output.get("evalue").getAsString());
                }
                html.append("<div class=\"output output-error\" role=\"alert\"><pre>")
                        .append(HtmlText.ansiToHtml(text.toString().stripTrailing())).append("</pre></div>\n");
            }
            case "display_data", "execute_result" -> {
                html.append("<div class=\"output output-").append(type.replace('_', '-')).append("\">");
                if ("execute_result".equals(type) && output.has("execution_count")
                        && !output.get("execution_count").isJsonNull()) {
                    html.append("<div class=\"prompt out-prompt\">Out[")
                            .append(output.get("execution_count").getAsInt()).append("]:</div>");
                }
                html.append("<div class=\"output-body\">");
                rich(html, output.getAsJsonObject("data"),
                        output.has("metadata") && output.get("metadata").isJsonObject()
                                ? output.getAsJsonObject("metadata") : new JsonObject());
                html.append("</div></div>\n");
            }
            default -> html.append("<div class=\"output\"><pre>").append(HtmlText.escape(output.toString()))
                    .append("</pre></div>\n");
        }
    }

    private static void rich(StringBuilder html, JsonObject data, JsonObject metadata) {
        for (String mime : PREFERENCE) {
            String value = Outputs.mimeText(data, mime);
            if (value == null) {
                continue;
            }
            switch (mime) {
                case "text/html" -> html.append("<div class=\"rich-html\">").append(value).append("</div>");
                case "image/png", "image/jpeg", "image/gif" -> {
                    image(html, mime, value.replaceAll("\\s", ""), metadata);
                    caption(html, metadata);
                }
                case "image/svg+xml" -> {
                    image(html, mime, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)), metadata);
                    caption(html, metadata);
                }
                case "text/markdown" -> html.append("<div class=\"markdown-body\">")
                        .append(MarkdownHtml.render(value, null)).append("</div>");
                case "text/latex" -> html.append(MathHtml.renderLatexOutput(value));
                default -> html.append("<pre>").append(HtmlText.ansiToHtml(value)).append("</pre>");
            }
            return;
        }
        html.append("<pre class=\"unsupported\">")
                .append(ReportText.get("output.unsupported", HtmlText.escape(String.join(", ", data.keySet())))).append("</pre>");
    }

    /** An image's caption from {@code metadata.suanli.caption} (HTML outputs carry theirs inside). */
    private static void caption(StringBuilder html, JsonObject metadata) {
        JsonElement suanli = metadata.get("suanli");
        if (suanli != null && suanli.isJsonObject() && suanli.getAsJsonObject().has("caption")) {
            html.append("<div class=\"figure-caption suanli-provenance\">")
                    .append(HtmlText.escape(suanli.getAsJsonObject().get("caption").getAsString())).append("</div>");
        }
    }

    private static void image(StringBuilder html, String mime, String base64, JsonObject metadata) {
        html.append("<img src=\"data:").append(mime).append(";base64,").append(base64).append('"');
        JsonElement specific = metadata.get(mime);
        JsonObject size = specific != null && specific.isJsonObject() ? specific.getAsJsonObject() : metadata;
        for (String key : List.of("width", "height")) {
            JsonElement value = size.get(key);
            if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
                html.append(' ').append(key).append("=\"").append(value.getAsNumber().intValue()).append('"');
            }
        }
        html.append(" alt=\"").append(ReportText.get("image.alt")).append("\">");
    }

    /** The index page: every notebook with its status, cells, duration and link. */
    public static String index(List<NotebookResult> results, Path reportFolder, Duration total) {
        return index(results, reportFolder, total, null, null);
    }

    /**
     * The index page, with the scorecard's totals in its header and a link to {@code scorecard.html}.
     *
     * @param scorecard        the scorecard, or null when there is none
     * @param scorecardProblem why the scorecard could not be computed, or null
     */
    public static String index(List<NotebookResult> results, Path reportFolder, Duration total,
                               ScorecardRows scorecard, String scorecardProblem) {
        int failed = (int) results.stream().filter(r -> r.status().failed()).count();
        int cells = results.stream().mapToInt(NotebookResult::cellsRun).sum();
        StringBuilder html = new StringBuilder(8 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(ReportText.get("html.lang")).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(ReportText.get("index.title")).append("</title>\n<style>\n").append(CSS)
                .append("</style>\n</head>\n<body>\n");
        if (scorecard != null) {
            html.append("<header class=\"report-header\">\n<a class=\"scorecard-link\" href=\"scorecard.html\">")
                    .append(ReportText.get("scorecard.link")).append("</a>\n");
            ScorecardPage.totals(html, scorecard);
            html.append("</header>\n");
        }
        html.append("<main class=\"notebook index\">\n<h1>").append(ReportText.get("index.title")).append("</h1>\n");
        if (scorecardProblem != null) {
            html.append("<div class=\"failure-banner\" role=\"alert\">").append(HtmlText.escape(scorecardProblem))
                    .append("</div>\n");
        }
        html.append("<p class=\"summary\">")
                .append(ReportText.get(results.size() == 1 ? "index.notebook" : "index.notebooks", results.size()))
                .append(ReportText.get(cells == 1 ? "index.cell" : "index.cells", cells))
                .append(formatDuration(total)).append(": ")
                .append(failed == 0 ? ReportText.get("index.allRan") : ReportText.get("index.failed", failed)).append("</p>\n")
                .append("<table class=\"runs\">\n<thead><tr><th>").append(ReportText.get("column.notebook"))
                .append("</th><th>").append(ReportText.get("column.status")).append("</th><th>")
                .append(ReportText.get("column.cells")).append("</th><th>").append(ReportText.get("column.duration"))
                .append("</th><th>").append(ReportText.get("column.problem")).append("</th></tr></thead>\n<tbody>\n");
        for (NotebookResult result : results) {
            String status = result.status().name().toLowerCase(Locale.ROOT);
            html.append("<tr class=\"run run-").append(status).append("\"><td>");
            if (result.htmlPath() != null) {
                html.append("<a href=\"").append(HtmlText.escape(relativeLink(reportFolder, result.htmlPath()))).append("\">")
                        .append(HtmlText.escape(result.name())).append("</a>");
            } else {
                html.append(HtmlText.escape(result.name()));
            }
            String heading = result.executed() == null ? null : heading(result.executed());
            if (heading != null) {
                html.append("<div class=\"nb-title\">").append(HtmlText.escape(heading)).append("</div>");
            }
            if (result.executedPath() != null) {
                html.append(" <a class=\"ipynb\" href=\"")
                        .append(HtmlText.escape(relativeLink(reportFolder, result.executedPath()))).append("\">.ipynb</a>");
            }
            html.append("</td><td><span class=\"status status-").append(status).append("\">")
                    .append(statusText(result.status())).append("</span></td><td>")
                    .append(result.cellsRun()).append(" / ").append(result.codeCells()).append("</td><td>")
                    .append(formatDuration(result.duration())).append("</td><td>");
            String problem = result.problem();
            if (problem != null) {
                html.append(HtmlText.escape(problem));
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static String relativeLink(Path folder, Path target) {
        String relative = folder.toAbsolutePath().normalize().relativize(target.toAbsolutePath().normalize()).toString();
        StringBuilder link = new StringBuilder();
        for (String part : relative.replace('\\', '/').split("/")) {
            if (link.length() > 0) {
                link.append('/');
            }
            link.append(URLEncoder.encode(part, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return link.toString();
    }

    static String formatDuration(Duration duration) {
        if (duration == null) {
            return "";
        }
        long millis = duration.toMillis();
        if (millis < 1000) {
            return millis + " ms";
        }
        if (millis < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
        }
        return String.format(Locale.ROOT, "%d min %02d s", millis / 60_000, (millis / 1000) % 60);
    }

    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read report.css from the jar", e);
        }
    }
}
