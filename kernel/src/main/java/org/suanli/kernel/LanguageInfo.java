package org.suanli.kernel;

/**
 * {@code language_info}. The file extension is {@code .jsh} so that {@code nbconvert --to script} writes a
 * file that {@code jshell} and {@code %load} can read.
 *
 * @param name           "java"
 * @param version        the running Java version ({@code Runtime.version()})
 * @param mimetype       "text/x-java"
 * @param fileExtension  ".jsh"
 * @param codemirrorMode "text/x-java"
 * @param pygmentsLexer  "java"
 */
public record LanguageInfo(String name, String version, String mimetype, String fileExtension,
                           String codemirrorMode, String pygmentsLexer) {

    /** Java as this JVM runs it. */
    public static LanguageInfo java() {
        return new LanguageInfo("java", Runtime.version().toString(), "text/x-java", ".jsh", "text/x-java", "java");
    }
}
