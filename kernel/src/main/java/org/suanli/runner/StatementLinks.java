package org.suanli.runner;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Which notebook cell shows each statement of the scorecard, so that the scorecard page can link to it.
 *
 * <p>Two conventions, the first one found wins, notebooks in run order:
 * <ol>
 *   <li><b>declared</b>: the cell's metadata says so, {@code "suanli": {"statements": ["overall.top6",
 *       "capacity.*"]}}; a name ending in {@code *} covers every id that starts with what precedes it;</li>
 *   <li><b>shown</b>: an output of the cell (its text, or its HTML read as text) contains the statement's id
 *       as a whole word, as a scorecard table or a printed verdict does.</li>
 * </ol>
 * A declared cell beats one that merely shows the id, wherever it is. A statement no cell shows gets no link:
 * the page says so rather than pointing at a guess.
 */
final class StatementLinks {

    /** An id-like word: letters, digits, '_', '.', '-' (ids look like {@code app.digitalization_top}). */
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");

    /**
     * Where a statement is shown.
     *
     * @param notebook the notebook's report name ({@code 04-index.ipynb})
     * @param page     the notebook's page, relative to the report folder ({@code 04-index.html})
     * @param cellId   the cell's nbformat id; the page's anchor is {@code cell-<id>}
     * @param cell     the cell's position in the notebook, from 1
     * @param declared whether the cell's metadata names the statement (else its output shows the id)
     */
    record Link(String notebook, String page, String cellId, int cell, boolean declared) {
        String href() {
            return page + "#cell-" + cellId;
        }
    }

    /** A notebook as the report has it: its name, its page (relative to the report folder) and its cells. */
    record Page(String notebook, String page, Notebook executed) {
    }

    private StatementLinks() {
    }

    /** The link of every id some cell declares or shows; ids no cell shows are absent. */
    static Map<String, Link> find(List<String> ids, List<Page> pages) {
        Map<String, Link> declared = new LinkedHashMap<>();
        Map<String, Link> shown = new LinkedHashMap<>();
        for (Page page : pages) {
            if (page.executed() == null) {
                continue;
            }
            for (Cell cell : page.executed().cells()) {
                List<String> patterns = declaredPatterns(cell);
                Set<String> words = patterns.isEmpty() && cell.isCode() ? outputWords(cell) : Set.of();
                for (String id : ids) {
                    if (!declared.containsKey(id) && patterns.stream().anyMatch(p -> matches(p, id))) {
                        declared.put(id, new Link(page.notebook(), page.page(), cell.id(), cell.number(), true));
                    } else if (!shown.containsKey(id) && words.contains(id)) {
                        shown.put(id, new Link(page.notebook(), page.page(), cell.id(), cell.number(), false));
                    }
                }
            }
        }
        Map<String, Link> links = new LinkedHashMap<>(shown);
        links.putAll(declared);
        return links;
    }

    static boolean matches(String pattern, String id) {
        return pattern.endsWith("*") ? id.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(id);
    }

    /** The cell's {@code metadata.suanli.statements}, or empty. */
    static List<String> declaredPatterns(Cell cell) {
        JsonElement suanli = cell.metadata().get("suanli");
        if (suanli == null || !suanli.isJsonObject()) {
            return List.of();
        }
        JsonElement statements = suanli.getAsJsonObject().get("statements");
        if (statements == null || !statements.isJsonArray()) {
            return List.of();
        }
        return statements.getAsJsonArray().asList().stream().filter(JsonElement::isJsonPrimitive)
                .map(JsonElement::getAsString).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Every id-like word in the cell's outputs (HTML tags removed), with trailing dots and dashes cut off. */
    private static Set<String> outputWords(Cell cell) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(outputText(cell));
        while (m.find()) {
            words.add(m.group().replaceAll("[.\\-]+$", ""));
        }
        return words;
    }

    /** The text of the cell's outputs as a reader sees it: streams, plain text, Markdown, and HTML with its tags removed. */
    static String outputText(Cell cell) {
        StringBuilder text = new StringBuilder();
        for (JsonObject output : cell.outputs()) {
            if (output.has("text")) {
                text.append(Outputs.text(output)).append('\n');
            }
            if (output.has("data") && output.get("data").isJsonObject()) {
                JsonObject data = output.getAsJsonObject("data");
                for (String mime : List.of("text/plain", "text/html", "text/markdown")) {
                    String value = Outputs.mimeText(data, mime);
                    if (value != null) {
                        text.append(mime.equals("text/html") ? value.replaceAll("<[^>]*>", " ") : value).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }
}
