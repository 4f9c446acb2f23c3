package org.suanli.runner;

import java.util.Map;
import java.util.Set;

/**
 * LaTeX mathematics shown as HTML without MathJax, so that a report opened from disk with no network still
 * reads well: Greek letters and operators become Unicode, {@code ^}/{@code _} become superscripts and
 * subscripts, {@code \frac} a stacked fraction, {@code \sqrt} a radical. What it does not know is shown as
 * the TeX command itself, never dropped; the full TeX source stays in the element's {@code title} and
 * {@code data-tex} attributes for copying.
 *
 * <p>It covers the notation of the blue book's method (sums, weights w<sub>i</sub>, λ<sub>max</sub>, CR =
 * CI/RI, standardised scores), not all of TeX.
 */
final class MathHtml {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("div", "÷"), Map.entry("pm", "±"),
            Map.entry("mp", "∓"), Map.entry("le", "≤"), Map.entry("leq", "≤"), Map.entry("ge", "≥"),
            Map.entry("geq", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
            Map.entry("sim", "∼"), Map.entry("equiv", "≡"), Map.entry("propto", "∝"), Map.entry("infty", "∞"),
            Map.entry("sum", "∑"), Map.entry("prod", "∏"), Map.entry("int", "∫"), Map.entry("partial", "∂"),
            Map.entry("nabla", "∇"), Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("subset", "⊂"),
            Map.entry("subseteq", "⊆"), Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("forall", "∀"),
            Map.entry("exists", "∃"), Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("Rightarrow", "⇒"), Map.entry("Leftarrow", "⇐"), Map.entry("leftrightarrow", "↔"),
            Map.entry("Leftrightarrow", "⇔"), Map.entry("mapsto", "↦"), Map.entry("ldots", "…"),
            Map.entry("cdots", "⋯"), Map.entry("dots", "…"), Map.entry("vdots", "⋮"), Map.entry("ddots", "⋱"),
            Map.entry("circ", "∘"), Map.entry("star", "⋆"), Map.entry("ast", "∗"), Map.entry("prime", "′"),
            Map.entry("quad", "\u2003"), Map.entry("qquad", "\u2003\u2003"), Map.entry(",", "\u2009"),
            Map.entry(";", "\u2005"), Map.entry(":", "\u2005"), Map.entry("!", ""), Map.entry(" ", " "),
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"),
            Map.entry("&", "&"), Map.entry("_", "_"), Map.entry("|", "‖"), Map.entry("lvert", "|"),
            Map.entry("rvert", "|"), Map.entry("lVert", "‖"), Map.entry("rVert", "‖"), Map.entry("langle", "⟨"),
            Map.entry("rangle", "⟩"), Map.entry("lfloor", "⌊"), Map.entry("rfloor", "⌋"), Map.entry("lceil", "⌈"),
            Map.entry("rceil", "⌉"), Map.entry("backslash", "\\"), Map.entry("perp", "⊥"), Map.entry("angle", "∠"),
            Map.entry("therefore", "∴"), Map.entry("because", "∵"), Map.entry("emptyset", "∅"),
            Map.entry("varnothing", "∅"), Map.entry("neg", "¬"), Map.entry("land", "∧"), Map.entry("lor", "∨"),
            Map.entry("wedge", "∧"), Map.entry("vee", "∨"), Map.entry("oplus", "⊕"), Map.entry("otimes", "⊗"),
            Map.entry("ll", "≪"), Map.entry("gg", "≫"), Map.entry("degree", "°"), Map.entry("permil", "‰"));

    /** Functions set upright, as TeX sets them. */
    private static final Set<String> FUNCTIONS = Set.of(
            "max", "min", "log", "ln", "exp", "sin", "cos", "tan", "lim", "arg", "det", "sup", "inf", "mod",
            "argmax", "argmin", "dim", "ker", "deg", "gcd", "Pr", "var", "cov");

    /** Accents applied with a combining character. */
    private static final Map<String, String> ACCENTS = Map.of(
            "bar", "\u0304", "hat", "\u0302", "tilde", "\u0303", "dot", "\u0307", "ddot", "\u0308", "vec", "\u20D7",
            "widehat", "\u0302", "widetilde", "\u0303");

    private final String tex;
    private int pos;

    private MathHtml(String tex) {
        this.tex = tex;
    }

    /** The HTML of a formula, in a span (inline) or a block (display). */
    static String render(String tex, boolean display) {
        String body;
        try {
            body = new MathHtml(tex.strip()).sequence(false);
        } catch (RuntimeException e) {
            body = HtmlText.escape(tex);
        }
        String attr = HtmlText.escape(tex.strip());
        return display
                ? "<div class=\"math math-display\" title=\"" + attr + "\" data-tex=\"" + attr + "\">" + body + "</div>"
                : "<span class=\"math\" title=\"" + attr + "\" data-tex=\"" + attr + "\">" + body + "</span>";
    }

    /** A formula as produced by {@code latex(...)} or a text/latex output: strips $…$, $$…$$, \[…\]. */
    static String renderLatexOutput(String latex) {
        String t = latex.strip();
        if (t.startsWith("$$") && t.endsWith("$$") && t.length() >= 4) {
            return render(t.substring(2, t.length() - 2), true);
        }
        if (t.startsWith("\\[") && t.endsWith("\\]")) {
            return render(t.substring(2, t.length() - 2), true);
        }
        if (t.startsWith("$") && t.endsWith("$") && t.length() >= 2) {
            return render(t.substring(1, t.length() - 1), true);
        }
        return render(t, true);
    }

    private String sequence(boolean inGroup) {
        StringBuilder out = new StringBuilder();
        while (pos < tex.length()) {
            char c = tex.charAt(pos);
            if (c == '}') {
                if (inGroup) {
                    pos++;
                    return out.toString();
                }
                pos++;
                out.append('}');
                continue;
            }
            if (c == '^' || c == '_') {
                pos++;
                String script = atom();
                out.append(c == '^' ? "<sup>" : "<sub>").append(script).append(c == '^' ? "</sup>" : "</sub>");
                continue;
            }
            out.append(atom());
        }
        return out.toString();
    }

    /** One unit: a group, a command with its arguments, or a character. */
    private String atom() {
        skipSpaces();
        if (pos >= tex.length()) {
            return "";
        }
        char c = tex.charAt(pos);
        if (c == '{') {
            pos++;
            return sequence(true);
        }
        if (c == '\\') {
            return command();
        }
        pos++;
        if (Character.isLetter(c)) {
            return "<i>" + HtmlText.escape(String.valueOf(c)) + "</i>";
        }
        if ("=<>+−".indexOf(c) >= 0) {
            return "\u2009" + HtmlText.escape(String.valueOf(c)) + "\u2009";
        }
        if (c == '-') {
            return "\u2009−\u2009";
        }
        if (c == '&') {
            return "\u2003";
        }
        if (c == '~') {
            return "\u00a0";
        }
        if (c == '\'') {
            return "′";
        }
        return HtmlText.escape(String.valueOf(c));
    }

    private void skipSpaces() {
        while (pos < tex.length() && Character.isWhitespace(tex.charAt(pos))) {
            pos++;
        }
    }

    private String command() {
        pos++; // the backslash
        if (pos >= tex.length()) {
            return "\\";
        }
        String name;
        if (Character.isLetter(tex.charAt(pos))) {
            int start = pos;
            while (pos < tex.length() && Character.isLetter(tex.charAt(pos))) {
                pos++;
            }
            name = tex.substring(start, pos);
        } else {
            name = String.valueOf(tex.charAt(pos));
            pos++;
        }
        if (name.equals("\\")) {
            return "<br>";
        }
        if (SYMBOLS.containsKey(name)) {
            String symbol = SYMBOLS.get(name);
            return HtmlText.escape(symbol);
        }
        if (FUNCTIONS.contains(name)) {
            return "<span class=\"math-fn\">" + name + "</span>\u2009";
        }
        if (ACCENTS.containsKey(name)) {
            return "<span class=\"math-accent\">" + atom() + ACCENTS.get(name) + "</span>";
        }
        switch (name) {
            case "frac", "dfrac", "tfrac", "cfrac": {
                String numerator = atom();
                String denominator = atom();
                return "<span class=\"math-frac\"><span class=\"math-num\">" + numerator
                        + "</span><span class=\"math-den\">" + denominator + "</span></span>";
            }
            case "sqrt": {
                String index = "";
                skipSpaces();
                if (pos < tex.length() && tex.charAt(pos) == '[') {
                    int close = tex.indexOf(']', pos);
                    if (close > 0) {
                        index = "<sup>" + new MathHtml(tex.substring(pos + 1, close)).sequence(false) + "</sup>";
                        pos = close + 1;
                    }
                }
                return index + "√<span class=\"math-sqrt\">" + atom() + "</span>";
            }
            case "text", "textrm", "mbox", "mathrm", "operatorname", "textit", "mathit", "mathsf", "textsf",
                    "mathtt", "texttt": {
                String text = rawGroup();
                String tag = name.contains("it") ? "i" : "span";
                return "<" + tag + " class=\"math-text\">" + HtmlText.escape(text) + "</" + tag + ">";
            }
            case "mathbf", "textbf", "boldsymbol", "bm":
                return "<b>" + atom() + "</b>";
            case "mathbb":
                return "<span class=\"math-bb\">" + atom() + "</span>";
            case "overline":
                return "<span class=\"math-overline\">" + atom() + "</span>";
            case "underline":
                return "<u>" + atom() + "</u>";
            case "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "displaystyle",
                    "textstyle", "limits", "nolimits":
                if (("left".equals(name) || "right".equals(name)) && pos < tex.length() && tex.charAt(pos) == '.') {
                    pos++;
                }
                return "";
            case "begin", "end": {
                String env = rawGroup();
                if (env.endsWith("matrix") || env.equals("cases") || env.equals("array")) {
                    if ("begin".equals(name) && env.equals("array")) {
                        rawGroup();
                    }
                    return "begin".equals(name)
                            ? (env.startsWith("p") ? "(" : env.startsWith("b") ? "[" : env.equals("cases") ? "{" : "")
                            + "<span class=\"math-matrix\">"
                            : "</span>" + (env.startsWith("p") ? ")" : env.startsWith("b") ? "]" : "");
                }
                return "";
            }
            default:
                return "<span class=\"math-unknown\">\\" + HtmlText.escape(name) + "</span>";
        }
    }

    /** The text of a {...} group as it is (for \text), or the next character. */
    private String rawGroup() {
        skipSpaces();
        if (pos >= tex.length()) {
            return "";
        }
        if (tex.charAt(pos) != '{') {
            return String.valueOf(tex.charAt(pos++));
        }
        int depth = 0;
        int start = pos + 1;
        for (int i = pos; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    pos = i + 1;
                    return tex.substring(start, i);
                }
            }
        }
        pos = tex.length();
        return tex.substring(start);
    }
}
