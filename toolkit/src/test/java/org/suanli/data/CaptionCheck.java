package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;

/**
 * The check every table-caption test makes (issue 15): made in English, the table's caption contains the given
 * words and no CJK character; made in Chinese, it has a caption in Chinese. Returns the English caption.
 */
public final class CaptionCheck {

    private CaptionCheck() {
    }

    public static String english(Supplier<?> make, String... parts) {
        try {
            Language.use(Language.EN);
            Object shown = make.get();
            String caption = ShownProvenance.of(shown).map(ShownProvenance::caption)
                    .orElseThrow(() -> new AssertionError("no caption on " + shown));
            for (String p : parts) {
                assertTrue(caption.contains(p), "'" + p + "' not in: " + caption);
            }
            assertFalse(caption.codePoints().anyMatch(CaptionCheck::cjk), "CJK in an English caption: " + caption);
            Language.use(Language.ZH);
            Object zh = make.get();
            String chinese = ShownProvenance.of(zh).map(ShownProvenance::caption)
                    .orElseThrow(() -> new AssertionError("no Chinese caption on " + zh));
            assertTrue(chinese.codePoints().anyMatch(CaptionCheck::cjk), "not Chinese: " + chinese);
            return caption;
        } finally {
            Language.reset();
        }
    }

    static boolean cjk(int c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
