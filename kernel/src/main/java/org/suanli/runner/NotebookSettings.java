package org.suanli.runner;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The settings a notebook ran with, for the top of its page: the parameters given with {@code -p}
 * ({@code metadata.suanli.parameters}) and the settings the libraries recorded on their outputs
 * ({@code metadata.suanli.settings} of each output, for example the standardisation, the base year and the
 * weights file of an index). A setting that took several values in one notebook lists them all, in order.
 */
final class NotebookSettings {

    private NotebookSettings() {
    }

    /** Every setting with its values, in the order first seen; parameters first. */
    static Map<String, Set<String>> collect(Notebook notebook) {
        Map<String, Set<String>> settings = new LinkedHashMap<>();
        JsonElement suanli = notebook.metadata().get("suanli");
        if (suanli != null && suanli.isJsonObject()) {
            addAll(settings, suanli.getAsJsonObject().get("parameters"), "parameter ");
        }
        for (Cell cell : notebook.cells()) {
            if (!cell.isCode()) {
                continue;
            }
            for (JsonObject output : cell.outputs()) {
                JsonElement metadata = output.get("metadata");
                if (metadata != null && metadata.isJsonObject()) {
                    JsonElement own = metadata.getAsJsonObject().get("suanli");
                    if (own != null && own.isJsonObject()) {
                        addAll(settings, own.getAsJsonObject().get("settings"), "");
                    }
                }
            }
        }
        return settings;
    }

    private static void addAll(Map<String, Set<String>> settings, JsonElement values, String prefix) {
        if (values == null || !values.isJsonObject()) {
            return;
        }
        for (Map.Entry<String, JsonElement> e : values.getAsJsonObject().entrySet()) {
            String value = e.getValue().isJsonPrimitive() ? e.getValue().getAsString() : e.getValue().toString();
            settings.computeIfAbsent(prefix + e.getKey(), k -> new LinkedHashSet<>()).add(value);
        }
    }

    /** The settings box at the top of a page; nothing when the notebook recorded no setting. */
    static void html(StringBuilder html, Notebook notebook) {
        Map<String, Set<String>> settings = collect(notebook);
        if (settings.isEmpty()) {
            return;
        }
        html.append("<aside class=\"settings\" aria-label=\"settings used\"><b>").append(ReportText.get("settings.title"))
                .append("</b> <span class=\"summary\">").append(ReportText.get("settings.note")).append("</span><dl>\n");
        settings.forEach((name, values) -> html.append("<dt>").append(HtmlText.escape(name)).append("</dt><dd>")
                .append(HtmlText.escape(String.join(" · ", values))).append("</dd>\n"));
        html.append("</dl></aside>\n");
    }
}
