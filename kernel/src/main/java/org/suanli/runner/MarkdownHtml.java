package org.suanli.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown cells as HTML (commonmark-java with GitHub tables), with LaTeX kept away from the Markdown parser
 * and drawn by {@link MathHtml}, images made self-contained ({@code attachment:} and local files become data
 * URIs), and links to other notebooks pointed at their pages in the report.
 */
final class MarkdownHtml {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final String PLACEHOLDER = "SUANLIMATHX";

    private MarkdownHtml() {
    }

    /**
     * @param markdown    the cell's text
     * @param imageSource resolves an image destination ({@code attachment:x.png}, a relative path) to a data
     *                    URI, or null to leave it as it is
     */
    static String render(String markdown, Function<String, String> imageSource) {
        List<String> formulas = new ArrayList<>();
        String protectedText = extractMath(markdown, formulas);
        Node document = PARSER.parse(protectedText);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String resolved = imageSource == null ? null : imageSource.apply(image.getDestination());
                if (resolved != null) {
                    image.setDestination(resolved);
                }
                visitChildren(image);
            }

            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (destination != null && !destination.contains("://") && !destination.startsWith("#")) {
                    int hash = destination.indexOf('#');
                    String path = hash < 0 ? destination : destination.substring(0, hash);
                    if (path.toLowerCase(Locale.ROOT).endsWith(".ipynb")) {
                        link.setDestination(path.substring(0, path.length() - ".ipynb".length()) + ".html"
                                + (hash < 0 ? "" : destination.substring(hash)));
                    }
                }
                visitChildren(link);
            }
        });
        String html = RENDERER.render(document);
        for (int i = formulas.size() - 1; i >= 0; i--) {
            html = html.replace(PLACEHOLDER + i + "Y", formulas.get(i));
        }
        return html;
    }

    /** The text of the first level-1 heading (for the page title), or null. */
    static String firstHeading(String markdown) {
        Node document = PARSER.parse(markdown);
        String[] found = new String[1];
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                if (found[0] == null && heading.getLevel() == 1) {
                    StringBuilder text = new StringBuilder();
                    heading.accept(new AbstractVisitor() {
                        @Override
                        public void visit(Text t) {
                            text.append(t.getLiteral());
                        }

                        @Override
                        public void visit(Code code) {
                            text.append(code.getLiteral());
                        }
                    });
                    found[0] = text.toString().strip();
                }
            }
        });
        return found[0] == null || found[0].isEmpty() ? null : found[0];
    }

    /**
     * Replaces $…$, $$…$$, \(…\) and \[…\] outside code with placeholders the Markdown parser leaves alone,
     * and collects their HTML. A $ followed by a space, or a closing $ before a digit, is a dollar sign,
     * not mathematics ("costs $5 and $6").
     */
    static String extractMath(String markdown, List<String> formulas) {
        StringBuilder out = new StringBuilder(markdown.length());
        String[] lines = markdown.split("(?<=\n)");
        String fence = null;
        StringBuilder block = new StringBuilder();
        for (String line : lines) {
            String stripped = line.stripLeading();
            if (fence != null) {
                block.append(line);
                if (stripped.startsWith(fence)) {
                    fence = null;
                    out.append(block);
                    block.setLength(0);
                }
                continue;
            }
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                flush(block, out, formulas);
                fence = stripped.substring(0, 3);
                block.append(line);
                continue;
            }
            block.append(line);
        }
        if (fence != null) {
            out.append(block);
        } else {
            flush(block, out, formulas);
        }
        return out.toString();
    }

    private static void flush(StringBuilder block, StringBuilder out, List<String> formulas) {
        String text = block.toString();
        block.setLength(0);
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '`') {
                int run = i;
                while (run < n && text.charAt(run) == '`') {
                    run++;
                }
                String ticks = text.substring(i, run);
                int close = text.indexOf(ticks, run);
                int end = close < 0 ? run : close + ticks.length();
                out.append(text, i, end);
                i = end;
            } else if (c == '\\' && i + 1 < n && (text.charAt(i + 1) == '[' || text.charAt(i + 1) == '(')) {
                String closer = text.charAt(i + 1) == '[' ? "\\]" : "\\)";
                int close = text.indexOf(closer, i + 2);
                if (close < 0) {
                    out.append(text, i, i + 2);
                    i += 2;
                } else {
                    formulas.add(MathHtml.render(text.substring(i + 2, close), closer.equals("\\]")));
                    out.append(PLACEHOLDER).append(formulas.size() - 1).append('Y');
                    i = close + 2;
                }
            } else if (c == '\\' && i + 1 < n) {
                out.append(text, i, i + 2);
                i += 2;
            } else if (c == '$' && i + 1 < n && text.charAt(i + 1) == '$') {
                int close = text.indexOf("$$", i + 2);
                if (close < 0) {
                    out.append("$$");
                    i += 2;
                } else {
                    formulas.add(MathHtml.render(text.substring(i + 2, close), true));
                    out.append(PLACEHOLDER).append(formulas.size() - 1).append('Y');
                    i = close + 2;
                }
            } else if (c == '$') {
                int close = inlineClose(text, i);
                if (close < 0) {
                    out.append(c);
                    i++;
                } else {
                    formulas.add(MathHtml.render(text.substring(i + 1, close), false));
                    out.append(PLACEHOLDER).append(formulas.size() - 1).append('Y');
                    i = close + 1;
                }
            } else {
                out.append(c);
                i++;
            }
        }
    }

    private static int inlineClose(String text, int open) {
        if (open + 1 >= text.length() || Character.isWhitespace(text.charAt(open + 1))) {
            return -1;
        }
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\n' && j + 1 < text.length() && text.charAt(j + 1) == '\n') {
                return -1; // a blank line ends the paragraph
            }
            if (c == '\\') {
                j++;
                continue;
            }
            if (c == '$') {
                boolean spaceBefore = Character.isWhitespace(text.charAt(j - 1));
                boolean digitAfter = j + 1 < text.length() && Character.isDigit(text.charAt(j + 1));
                return spaceBefore || digitAfter ? -1 : j;
            }
        }
        return -1;
    }

    /** A data URI for an image file, or null if it cannot be read. */
    static String dataUri(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            return "data:" + mimeOf(file.getFileName().toString()) + ";base64,"
                    + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (IOException | SecurityException e) {
            return null;
        }
    }

    static String mimeOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png")) {
            return "image/png";
        } else if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return "image/jpeg";
        } else if (lower.endsWith(".gif")) {
            return "image/gif";
        } else if (lower.endsWith(".svg")) {
            return "image/svg+xml";
        } else if (lower.endsWith(".webp")) {
            return "image/webp";
        }
        return "application/octet-stream";
    }
}
