package org.suanli.kernel;

/** LaTeX maths; shown by MathJax/KaTeX in the front end. Without {@code $} delimiters it is shown as display maths. */
public record Latex(String latex) {
}
