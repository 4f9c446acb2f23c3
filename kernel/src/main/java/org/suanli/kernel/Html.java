package org.suanli.kernel;

/** HTML to show as such ({@code html("<b>hi</b>")}); a value, so it can be the last expression or displayed. */
public record Html(String html) {
}
