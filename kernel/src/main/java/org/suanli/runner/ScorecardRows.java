package org.suanli.runner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The scorecard as the report reads it: the JSON that {@code suanli scorecard --json} prints, parsed field by
 * field. The kernel cannot import the toolkit, so the JSON is the contract; a field the toolkit does not
 * give (for example {@code basis} before it existed) is null and the page shows "—".
 *
 * @param rows one per statement, in the scorecard's order
 * @param how  how the scorecard was computed (the command line), shown on the page
 */
public record ScorecardRows(List<Row> rows, String how) {

    /** The statuses in the order the totals name them, with the JSON spelling as key. */
    static final Map<String, String> STATUS_LABELS = statusLabels();

    public ScorecardRows {
        rows = List.copyOf(rows);
    }

    /**
     * One statement.
     *
     * @param id       the statement's id ({@code overall.top6})
     * @param section  the book's chapter and section ({@code 3.(三)1 算力发展指数})
     * @param kind     {@code rank_set}, {@code share}, …
     * @param status   {@code holds}, {@code fails} or {@code not_evaluated}
     * @param expected what the book says
     * @param actual   what was computed
     * @param basis    input, reconstruction, calibration or independent; null when the toolkit gives none
     * @param note     how the statement was read, and what is missing
     * @param quote    the book's words
     */
    public record Row(String id, String section, String kind, String status, String expected, String actual,
                      String basis, String note, String quote) {
    }

    /**
     * Reads the JSON array of {@code suanli scorecard --json}.
     *
     * @throws IllegalArgumentException when it is not an array of objects with an id and a status
     */
    public static ScorecardRows parse(String json, String how) {
        JsonElement root;
        try {
            root = JupyterJson.parse(json);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the scorecard JSON cannot be read: " + e.getMessage(), e);
        }
        if (root.isJsonObject() && root.getAsJsonObject().has("statements")) {
            root = root.getAsJsonObject().get("statements");   // scorecard --json: {"inputs": [...], "statements": [...]}
        }
        if (!root.isJsonArray()) {
            throw new IllegalArgumentException("the scorecard JSON is not an array of statements");
        }
        List<Row> rows = new ArrayList<>();
        for (JsonElement element : root.getAsJsonArray()) {
            if (!element.isJsonObject() || !element.getAsJsonObject().has("id")
                    || !element.getAsJsonObject().has("status")) {
                throw new IllegalArgumentException("a scorecard entry has no id or status: " + element);
            }
            JsonObject o = element.getAsJsonObject();
            rows.add(new Row(text(o, "id"), text(o, "section"), text(o, "kind"), text(o, "status"),
                    text(o, "expected"), text(o, "actual"), text(o, "basis"), text(o, "note"), text(o, "quote")));
        }
        return new ScorecardRows(rows, how);
    }

    private static String text(JsonObject o, String key) {
        JsonElement value = o.get(key);
        if (value == null || value.isJsonNull()) {
            return null;
        }
        return value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** How many statements have each status, in the order holds, fails, not evaluated (others after). */
    public Map<String, Integer> totals() {
        Map<String, Integer> totals = new LinkedHashMap<>();
        STATUS_LABELS.keySet().forEach(status -> totals.put(status, 0));
        rows.forEach(row -> totals.merge(row.status(), 1, Integer::sum));
        return totals;
    }

    /** "82 statements: 55 hold, 11 fail, 16 not evaluated yet". */
    public String summary() {
        StringBuilder text = new StringBuilder(ReportText.get(rows.size() == 1 ? "scorecard.one" : "scorecard.statements", rows.size()));
        String separator = ReportText.get("list.first");
        for (Map.Entry<String, Integer> total : totals().entrySet()) {
            text.append(separator).append(total.getValue()).append(' ')
                    .append(statusLabel(total.getKey()));
            separator = ReportText.get("list.next");
        }
        return text.toString();
    }

    /** The status as the totals name it, in the report's language ("hold", "fail", "not evaluated yet"). */
    static String statusLabel(String status) {
        return STATUS_LABELS.containsKey(status) ? ReportText.get("total." + status) : status;
    }

    private static Map<String, String> statusLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("holds", "hold");
        labels.put("fails", "fail");
        labels.put("not_evaluated", "not evaluated yet");
        return labels;
    }
}
