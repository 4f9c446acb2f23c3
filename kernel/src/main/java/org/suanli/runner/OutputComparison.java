package org.suanli.runner;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.imageio.ImageIO;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Compares the outputs a cell stores with the outputs it gives now, as nbval does: text and HTML exactly after
 * the sanitisers, JSON as JSON, images by their decoded pixels within a tolerance (or not at all when the
 * cell says so), errors by kind and message (tracebacks name threads and frames that honestly vary).
 */
final class OutputComparison {

    /**
     * @param sanitizers   rewrites applied to both sides of every text comparison
     * @param channelDelta largest difference (0–255) in any colour channel for two pixels to count as equal
     * @param pixelShare   largest share (0–1) of pixels that may differ by more than channelDelta
     */
    record Settings(List<Sanitizer> sanitizers, int channelDelta, double pixelShare) {
        Settings {
            sanitizers = List.copyOf(sanitizers);
        }
    }

    private OutputComparison() {
    }

    /** Every difference between two output lists, as readable text; empty when they match. */
    static List<String> compare(List<JsonObject> stored, List<JsonObject> now, boolean compareImages, Settings settings) {
        List<JsonObject> a = coalesce(stored);
        List<JsonObject> b = coalesce(now);
        List<String> problems = new ArrayList<>();
        if (a.size() != b.size() || !kinds(a).equals(kinds(b))) {
            problems.add("the cell stores " + describe(a) + " but now gives " + describe(b));
        }
        int pairs = Math.min(a.size(), b.size());
        for (int i = 0; i < pairs; i++) {
            String kindA = kind(a.get(i));
            String kindB = kind(b.get(i));
            if (!kindA.equals(kindB)) {
                continue; // already reported as a different list of outputs
            }
            String where = "output " + (i + 1) + " (" + kindA + ")";
            problems.addAll(comparePair(where, a.get(i), b.get(i), compareImages, settings));
        }
        return problems;
    }

    private static List<String> comparePair(String where, JsonObject a, JsonObject b, boolean compareImages,
                                            Settings settings) {
        List<String> problems = new ArrayList<>();
        String type = a.get("output_type").getAsString();
        switch (type) {
            case "stream" -> text(where, Outputs.text(a), Outputs.text(b), settings, problems);
            case "error" -> {
                String left = a.get("ename").getAsString() + ": " + a.get("evalue").getAsString();
                String right = b.get("ename").getAsString() + ": " + b.get("evalue").getAsString();
                text(where, HtmlText.stripAnsi(left) + "\n", HtmlText.stripAnsi(right) + "\n", settings, problems);
            }
            case "display_data", "execute_result" -> {
                JsonObject dataA = a.getAsJsonObject("data");
                JsonObject dataB = b.getAsJsonObject("data");
                Set<String> mimes = new LinkedHashSet<>(dataA.keySet());
                mimes.addAll(dataB.keySet());
                for (String mime : mimes) {
                    boolean image = mime.startsWith("image/");
                    if (image && !compareImages) {
                        continue;
                    }
                    if (!dataA.has(mime) || !dataB.has(mime)) {
                        problems.add(where + ": " + mime + " is " + (dataA.has(mime) ? "stored but no longer produced"
                                : "produced now but not stored"));
                        continue;
                    }
                    String whereMime = where + " " + mime;
                    if (mime.equals("image/png") || mime.equals("image/jpeg") || mime.equals("image/gif")) {
                        String problem = pixels(Outputs.mimeText(dataA, mime), Outputs.mimeText(dataB, mime), settings);
                        if (problem != null) {
                            problems.add(whereMime + ": " + problem);
                        }
                    } else if (Outputs.isJsonMime(mime) && !dataA.get(mime).isJsonPrimitive()) {
                        JsonElement left = dataA.get(mime);
                        JsonElement right = dataB.get(mime);
                        if (!left.equals(right)) {
                            text(whereMime, JupyterJson.write(left), JupyterJson.write(right), settings, problems);
                        }
                    } else {
                        text(whereMime, Outputs.mimeText(dataA, mime), Outputs.mimeText(dataB, mime), settings, problems);
                    }
                }
            }
            default -> {
                if (!a.equals(b)) {
                    problems.add(where + ": differs");
                }
            }
        }
        return problems;
    }

    private static void text(String where, String stored, String now, Settings settings, List<String> problems) {
        String left = Sanitizer.applyAll(settings.sanitizers(), stored);
        String right = Sanitizer.applyAll(settings.sanitizers(), now);
        if (!left.equals(right)) {
            problems.add(where + " differs:\n" + LineDiff.unified(left, right));
        }
    }

    /** Null when the two images match within the tolerance, else what differs. */
    static String pixels(String storedBase64, String nowBase64, Settings settings) {
        BufferedImage a;
        BufferedImage b;
        try {
            a = decode(storedBase64);
            b = decode(nowBase64);
        } catch (IOException | IllegalArgumentException e) {
            return "cannot decode the image (" + e.getMessage() + ")";
        }
        if (a == null || b == null) {
            return "cannot decode the " + (a == null ? "stored" : "new") + " image";
        }
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return "the image was " + a.getWidth() + "×" + a.getHeight() + " pixels and is now " + b.getWidth() + "×"
                    + b.getHeight();
        }
        long differing = 0;
        int worst = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                if (p == q) {
                    continue;
                }
                int delta = 0;
                for (int shift = 0; shift <= 24; shift += 8) {
                    delta = Math.max(delta, Math.abs(((p >>> shift) & 0xff) - ((q >>> shift) & 0xff)));
                }
                worst = Math.max(worst, delta);
                if (delta > settings.channelDelta()) {
                    differing++;
                }
            }
        }
        double share = differing / (double) ((long) a.getWidth() * a.getHeight());
        if (share > settings.pixelShare()) {
            return String.format(Locale.ROOT, "%.2f%% of the pixels differ by more than %d/255 (at most %.2f%% may; "
                    + "the largest difference is %d/255)", share * 100, settings.channelDelta(),
                    settings.pixelShare() * 100, worst);
        }
        return null;
    }

    private static BufferedImage decode(String base64) throws IOException {
        byte[] bytes = Base64.getMimeDecoder().decode(base64);
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Merges consecutive writes to the same stream, which different front ends split differently. */
    static List<JsonObject> coalesce(List<JsonObject> outputs) {
        List<JsonObject> merged = new ArrayList<>();
        for (JsonObject output : outputs) {
            JsonObject copy = Outputs.normalise(output);
            if (!merged.isEmpty() && "stream".equals(kindType(copy))) {
                JsonObject last = merged.get(merged.size() - 1);
                if ("stream".equals(kindType(last)) && last.get("name").equals(copy.get("name"))) {
                    Outputs.appendText(last, Outputs.text(copy));
                    continue;
                }
            }
            merged.add(copy);
        }
        return merged;
    }

    private static String kindType(JsonObject output) {
        return output.get("output_type").getAsString();
    }

    private static String kind(JsonObject output) {
        String type = kindType(output);
        return "stream".equals(type) ? "stream " + output.get("name").getAsString() : type;
    }

    private static List<String> kinds(List<JsonObject> outputs) {
        return outputs.stream().map(OutputComparison::kind).toList();
    }

    private static String describe(List<JsonObject> outputs) {
        if (outputs.isEmpty()) {
            return "no output";
        }
        return outputs.size() + (outputs.size() == 1 ? " output (" : " outputs (") + String.join(", ", kinds(outputs)) + ")";
    }
}
