package org.suanli.runner;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;

import org.junit.jupiter.api.Assumptions;

/**
 * Opens a page in headless Chromium (Debian's {@code chromium}) with networking shut off, lets it load, and
 * reads back what a probe script measured in the live page: title, cells, whether every image decoded, the
 * visible text. Missing Chromium fails the test, unless SUANLI_SKIP_BROWSER=1.
 */
final class HeadlessChromium {

    private static final String PROBE = """
            <script>
            window.addEventListener('load', function () {
              var images = Array.prototype.slice.call(document.images);
              var result = {
                title: document.title,
                cells: document.querySelectorAll('section.cell').length,
                codeCells: document.querySelectorAll('section.cell-code').length,
                errors: document.querySelectorAll('.output-error').length,
                images: images.length,
                decoded: images.filter(function (i) { return i.complete && i.naturalWidth > 0; }).length,
                rows: document.querySelectorAll('table.runs tbody tr').length,
                math: document.querySelectorAll('.math').length,
                text: document.body.innerText,
                scorecardRows: document.querySelectorAll('table.scorecard-table tbody tr').length,
                statementLinks: Array.prototype.slice.call(document.querySelectorAll('tr[data-statement]'))
                  .reduce(function (m, tr) { var a = tr.querySelector('a.cell-link');
                    if (a) { m[tr.getAttribute('data-statement')] = a.getAttribute('href'); } return m; }, {}),
                hashTarget: location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))
                  ? document.getElementById(decodeURIComponent(location.hash.slice(1))).getAttribute('data-cell-number') : null,
                marks: document.querySelectorAll('.suanli-marked sup.suanli-mark').length,
                markedBackground: document.querySelector('.suanli-marked')
                  ? getComputedStyle(document.querySelector('.suanli-marked')).backgroundColor : null,
                captions: Array.prototype.slice.call(document.querySelectorAll('.suanli-provenance'))
                  .map(function (e) { return e.innerText; }),
                settings: document.querySelector('aside.settings') ? document.querySelector('aside.settings').innerText : null,
                network: performance.getEntriesByType('resource').filter(function (e) {
                  return !/^data:/.test(e.name); }).map(function (e) { return e.name; })
              };
              var pre = document.createElement('pre');
              pre.id = 'suanli-probe';
              pre.textContent = JSON.stringify(result);
              document.body.appendChild(pre);
            });
            </script>
            """;
    private static final Pattern RESULT = Pattern.compile("<pre id=\"suanli-probe\">(.*?)</pre>", Pattern.DOTALL);

    private HeadlessChromium() {
    }

    static String binary() {
        String override = System.getenv("SUANLI_CHROMIUM");
        List<String> candidates = new ArrayList<>();
        if (override != null && !override.isBlank()) {
            candidates.add(override);
        }
        candidates.addAll(List.of("chromium", "chromium-browser", "google-chrome"));
        for (String candidate : candidates) {
            if (candidate.contains("/")) {
                if (Files.isExecutable(Path.of(candidate))) {
                    return candidate;
                }
                continue;
            }
            for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                if (Files.isExecutable(Path.of(folder, candidate))) {
                    return Path.of(folder, candidate).toString();
                }
            }
        }
        if ("1".equals(System.getenv("SUANLI_SKIP_BROWSER"))) {
            Assumptions.abort("no Chromium, and SUANLI_SKIP_BROWSER=1");
        }
        fail("Headless Chromium is needed to test the HTML report: apt-get install chromium (.ci/run does), "
                + "or set SUANLI_CHROMIUM, or SUANLI_SKIP_BROWSER=1 to skip this test.");
        return null;
    }

    /** Loads a copy of the page (with the probe added) from file:// and returns what the probe saw. */
    static JsonObject probe(Path page, Path scratch) throws IOException, InterruptedException {
        return probe(page, null, scratch);
    }

    /** The same, opened at {@code #fragment} (null for none), so the probe can see where a link lands. */
    static JsonObject probe(Path page, String fragment, Path scratch) throws IOException, InterruptedException {
        String chromium = binary();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Path probed = page.resolveSibling(".probe-" + page.getFileName());
        Files.writeString(probed, html.replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);
        Path profile = Files.createTempDirectory(scratch, "chromium-profile");
        Path stderr = scratch.resolve("chromium-stderr.txt");
        List<String> command = List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-dev-shm-usage", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile,
                "--virtual-time-budget=10000", "--dump-dom",
                probed.toUri() + (fragment == null ? "" : "#" + fragment));
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        byte[] out;
        try {
            process.getOutputStream().close();
            out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("Chromium did not finish within 120 s: " + command);
            }
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(probed);
        }
        String dom = new String(out, StandardCharsets.UTF_8);
        Matcher m = RESULT.matcher(dom);
        if (!m.find()) {
            fail("Chromium gave no probe result (exit " + process.exitValue() + "). Its stderr ends: "
                    + tail(stderr) + "\nDOM starts: " + dom.substring(0, Math.min(500, dom.length())));
        }
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        return JupyterJson.parse(json).getAsJsonObject();
    }

    private static String tail(Path file) throws IOException {
        if (!Files.exists(file)) {
            return "";
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        return text.substring(Math.max(0, text.length() - 1500));
    }
}
