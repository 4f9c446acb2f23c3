package org.suanli.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Font;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.suanli.data.Provinces;

/**
 * The charts must be the same picture on every machine: they are drawn with the shipped font, so hiding every
 * system font (an empty fontconfig) changes no byte of any PNG.
 */
class ShippedFontTest {

    @Test
    void theShippedFaceDrawsEveryProvinceAndTheLabelsCharacters() {
        Font f = ChartStyle.font(Font.PLAIN, 12);
        assertEquals(ChartStyle.FONT_FAMILY, f.getFamily(java.util.Locale.ENGLISH));
        for (var p : Provinces.all()) {
            assertEquals(-1, f.canDisplayUpTo(p.fullZh() + p.shortZh() + p.nameEn()), p.fullZh());
        }
        assertEquals(-1, f.canDisplayUpTo("算力发展指数（EFlops，FP32）亿元万台‰≥≤×·–—％图10年份增速占比"));
        java.nio.charset.CharsetDecoder gb2312 = java.nio.charset.Charset.forName("GB2312").newDecoder();
        int drawn = 0;
        for (int b1 = 0xA1; b1 < 0xF8; b1++) {
            for (int b2 = 0xA1; b2 < 0xFF; b2++) {
                try {
                    String ch = gb2312.decode(java.nio.ByteBuffer.wrap(new byte[] {(byte) b1, (byte) b2})).toString();
                    assertEquals(-1, f.canDisplayUpTo(ch), "GB 2312 character " + ch);
                    drawn++;
                } catch (java.nio.charset.CharacterCodingException unassigned) {
                    // a code point GB 2312 leaves empty
                }
            }
        }
        assertEquals(7445, drawn, "every character of GB 2312 (6,763 hanzi and 682 symbols), as the font's README says");
        assertEquals(Font.BOLD, ChartStyle.font(Font.BOLD, 16).getStyle());
        assertEquals(16f, ChartStyle.font(Font.BOLD, 16).getSize2D());
    }

    @Test
    void chartsAreByteIdenticalWithTheSystemsFontsHidden(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig><cachedir>" + dir.resolve("cache") + "</cachedir></fontconfig>\n", StandardCharsets.UTF_8);
        Map<String, String> hidden = Map.of("FONTCONFIG_FILE", conf.toString(), "HOME", dir.toString());
        assumeTrue(fcListWorks(), "fc-list (fontconfig) is needed to prove the fonts are hidden");
        assertEquals("", run(dir, hidden, "fc-list").strip(), "the empty fontconfig hides every system font");

        String withSystemFonts = fingerprints(dir, Map.of());
        String withoutAnyFont = fingerprints(dir, hidden);
        assertTrue(withSystemFonts.lines().count() >= 16, withSystemFonts);
        assertEquals(withSystemFonts, withoutAnyFont, "the charts depend on the system's fonts");
        List<String> zh = withSystemFonts.lines().filter(l -> l.startsWith("zh ")).map(l -> l.substring(3)).toList();
        List<String> en = withSystemFonts.lines().filter(l -> l.startsWith("en ")).map(l -> l.substring(3)).toList();
        assertNotEquals(zh, en, "Chinese and English charts differ (the language setting reaches the charts)");
    }

    private static boolean fcListWorks() {
        try {
            Process p = new ProcessBuilder("fc-list", "--version").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String fingerprints(Path dir, Map<String, String> env) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return run(dir, env, java.toString(), "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), ChartFingerprints.class.getName(), "zh", "en");
    }

    private static String run(Path dir, Map<String, String> env, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile());
        pb.environment().putAll(env);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child timed out: " + cmd);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), cmd + " failed: " + stderr);
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
