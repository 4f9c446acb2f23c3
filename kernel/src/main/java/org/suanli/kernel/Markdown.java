package org.suanli.kernel;

/** Markdown text; rendered as {@code text/markdown} and, for front ends without Markdown, as HTML (CommonMark). */
public record Markdown(String markdown) {
}
