package org.suanli.data;

import java.util.Locale;

/**
 * The language of everything the toolkit writes for a reader (chart text, table headers, captions): Chinese, the
 * book's language, unless English is asked for, because the book's reviewers may not read Chinese.
 *
 * <p>The setting is process-wide, as a notebook or a command has one reader. It starts from the system property
 * {@code suanli.lang} ({@code zh} or {@code en}; the command line's {@code --lang} sets it); the older property
 * {@code suanli.charts.chinese=false} still means English. A notebook changes it with {@link #use}.
 */
public enum Language {
    /** Simplified Chinese, the book's own language and the default. */
    ZH(Locale.SIMPLIFIED_CHINESE),
    /** English, with no CJK characters except province names a caller asks for. */
    EN(Locale.ENGLISH);

    private static volatile Language current;

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    /** The locale a formatter should use for this language. */
    public Locale locale() {
        return locale;
    }

    /** The language readers get now: the last {@link #use} call, else the {@code suanli.lang} property, else Chinese. */
    public static Language current() {
        Language l = current;
        return l != null ? l : fromProperties();
    }

    /** True when output is in Chinese now. */
    public static boolean chinese() {
        return current() == ZH;
    }

    /** Makes {@code language} the one every later chart, table and caption uses; returns it for chaining. */
    public static Language use(Language language) {
        if (language == null) {
            throw new IllegalArgumentException("The language must be Language.ZH or Language.EN, not null");
        }
        current = language;
        return language;
    }

    /** The same for a {@link Locale}: any Chinese locale means Chinese, every other one English. */
    public static Language use(Locale locale) {
        return use(locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN);
    }

    /** Forgets any {@link #use} call, so the system property decides again. */
    public static void reset() {
        current = null;
    }

    /**
     * Reads a language as people write it: {@code zh}, {@code zh-CN}, {@code chinese}, {@code 中文}, {@code en},
     * {@code en-GB}, {@code english} (any case).
     *
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static Language parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_") || t.equals("chinese") || t.equals("中文")) {
            return ZH;
        }
        if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_") || t.equals("english")) {
            return EN;
        }
        throw new IllegalArgumentException("Unknown language '" + text + "': use zh (Chinese, the default) or en (English)");
    }

    /** The text for the current language. */
    public static String pick(String zh, String en) {
        return chinese() ? zh : en;
    }

    private static Language fromProperties() {
        String lang = System.getProperty("suanli.lang");
        if (lang != null && !lang.isBlank()) {
            try {
                return parse(lang);
            } catch (IllegalArgumentException e) {
                return ZH;
            }
        }
        return "false".equalsIgnoreCase(System.getProperty("suanli.charts.chinese")) ? EN : ZH;
    }
}
