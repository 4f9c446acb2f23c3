package org.suanli.runner;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The HTML form of {@code suanli diff}: one self-contained page (styles inline, images as data URIs), each
 * changed cell with its line diffs, and each changed image shown as before, after, and an overlay in which the
 * pixels that differ are red on a faded copy of the first version.
 */
final class NotebookDiffPage {

    private NotebookDiffPage() {
    }

    static String html(String nameA, String nameB, List<NotebookDiff.CellChange> changes) {
        StringBuilder html = new StringBuilder(32 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(HtmlText.escape("diff " + nameA + " " + nameB)).append("</title>\n<style>\n")
                .append(HtmlReport.css())
                .append(".diff-line-add { background: #dafbe1; display: block; } .diff-line-del { background: #ffebe9; display: block; }\n")
                .append(".cell-change { border: 1px solid var(--border); border-radius: 6px; padding: 0.5em 1em; margin: 1em 0; }\n")
                .append(".cell-change h2 { font-size: 1em; margin: 0.2em 0; } .images { display: flex; gap: 1em; flex-wrap: wrap; }\n")
                .append(".images figure { margin: 0; flex: 1 1 30%; } .images img { max-width: 100%; border: 1px solid var(--border); }\n")
                .append("</style>\n</head>\n<body>\n<header class=\"report-header\"><span class=\"nb-name\">")
                .append(HtmlText.escape(nameA)).append(" → ").append(HtmlText.escape(nameB)).append("</span></header>\n")
                .append("<main class=\"notebook diff\">\n<p class=\"summary\">")
                .append(HtmlText.escape(NotebookDiff.summary(changes))).append("</p>\n");
        for (NotebookDiff.CellChange change : changes) {
            html.append("<section class=\"cell-change change-").append(change.kind()).append("\" data-cell-id=\"")
                    .append(HtmlText.escape((change.a() != null ? change.a() : change.b()).id())).append("\">\n<h2>")
                    .append(HtmlText.escape(change.kind() + " " + change.where())).append("</h2>\n");
            if (change.a() == null || change.b() == null) {
                String css = change.a() == null ? "diff-line-add" : "diff-line-del";
                html.append("<pre class=\"source\">");
                for (String line : JupyterJson.splitLines((change.a() == null ? change.b() : change.a()).source())) {
                    html.append("<span class=\"").append(css).append("\">")
                            .append(HtmlText.escape(line.replaceAll("[\\r\\n]+$", ""))).append("</span>");
                }
                html.append("</pre>\n</section>\n");
                continue;
            }
            for (String line : new String[] {change.typeChange(), change.tagsChange()}) {
                if (line != null) {
                    html.append("<p>").append(HtmlText.escape(line)).append("</p>\n");
                }
            }
            if (change.sourceDiff() != null) {
                html.append("<h3>source</h3>\n");
                diffBlock(html, change.sourceDiff());
            }
            for (String output : change.outputDiffs()) {
                int colon = output.indexOf('\n');
                html.append("<h3>").append(HtmlText.escape(colon < 0 ? output : output.substring(0, colon))).append("</h3>\n");
                if (colon >= 0) {
                    diffBlock(html, output.substring(colon + 1));
                }
            }
            for (NotebookDiff.ImagePair image : change.images()) {
                html.append("<div class=\"images\" data-output=\"").append(image.output()).append("\">")
                        .append(figure("before", "data:" + image.mime() + ";base64," + image.a()))
                        .append(figure("after", "data:" + image.mime() + ";base64," + image.b()));
                String overlay = overlay(image.a(), image.b());
                if (overlay != null) {
                    html.append(figure("differing pixels (red)", "data:image/png;base64," + overlay));
                }
                html.append("</div>\n");
            }
            html.append("</section>\n");
        }
        html.append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String figure(String caption, String src) {
        return "<figure class=\"image-" + caption.split(" ")[0] + "\"><img src=\"" + src + "\" alt=\""
                + HtmlText.escape(caption) + "\"><figcaption>" + HtmlText.escape(caption) + "</figcaption></figure>";
    }

    /** A unified diff (the lines of {@link LineDiff}) with added and removed lines tinted. */
    private static void diffBlock(StringBuilder html, String diff) {
        html.append("<pre class=\"diff\">");
        for (String line : diff.split("\n", -1)) {
            if (line.isEmpty()) {
                continue;
            }
            String body = line.startsWith("    ") ? line.substring(4) : line.strip();
            String css = body.startsWith("+ ") ? "diff-line-add" : body.startsWith("- ") ? "diff-line-del" : null;
            html.append(css == null ? "<span>" : "<span class=\"" + css + "\">").append(HtmlText.escape(line))
                    .append("</span>\n");
        }
        html.append("</pre>\n");
    }

    /**
     * The first image, faded to grey, with every pixel that differs from the second painted red; null when the
     * two cannot be decoded or differ in size (then only the two images are shown).
     */
    static String overlay(String base64A, String base64B) {
        try {
            BufferedImage a = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64A)));
            BufferedImage b = ImageIO.read(new ByteArrayInputStream(Base64.getMimeDecoder().decode(base64B)));
            if (a == null || b == null || a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
                return null;
            }
            BufferedImage out = new BufferedImage(a.getWidth(), a.getHeight(), BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < a.getHeight(); y++) {
                for (int x = 0; x < a.getWidth(); x++) {
                    int p = a.getRGB(x, y);
                    if (p != b.getRGB(x, y)) {
                        out.setRGB(x, y, 0xFF0000);
                    } else {
                        int grey = (((p >> 16) & 0xff) + ((p >> 8) & 0xff) + (p & 0xff)) / 3;
                        int faded = 255 - (255 - grey) / 4;
                        out.setRGB(x, y, (faded << 16) | (faded << 8) | faded);
                    }
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(out, "png", png);
            return Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }
}
