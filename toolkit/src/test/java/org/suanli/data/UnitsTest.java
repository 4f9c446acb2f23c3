package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** Units and generated sentences in English: every unit of the shipped data has one, and numbers are rescaled right. */
class UnitsTest {

    @AfterEach
    void reset() {
        Language.reset();
    }

    @Test
    void everyUnitOfTheShippedDataHasAnEnglishFormWithoutCjk() {
        Set<String> units = new TreeSet<>();
        DataFiles.indicators().observations().forEach(o -> units.add(o.unit()));
        DataFiles.economy().observations().forEach(o -> units.add(o.unit()));
        assertTrue(units.contains("亿元") && units.contains("万台"), units.toString());
        for (String u : units) {
            String en = Units.english(u);
            assertFalse(en.codePoints().anyMatch(EnglishText::cjk), u + " → " + en);
        }
        assertEquals("100 million yuan", Units.english("亿元"));
        assertEquals("10,000 units", Units.english("万台"));
        assertEquals("EFlops", Units.english("EFlops"));
        Language.use(Language.EN);
        assertEquals("100 million yuan", Units.label("亿元"));
        Language.use(Language.ZH);
        assertEquals("亿元", Units.label("亿元"));
    }

    @Test
    void sentencesRescaleNumbersIntoEnglishUnits() {
        assertEquals("china.general_shipments = 3.887 million units", EnglishText.english("china.general_shipments = 388.7 万台"));
        assertEquals("广东 4800 billion yuan, first", EnglishText.english("广东 48000亿元, first"));
        assertEquals("94 − 87 = 0.7 billion US dollars", EnglishText.english("94 − 87 = 7 亿美元"));
        assertEquals("the book says more than 1.14 million", EnglishText.english("the book says more than (超过) 114万"));
        assertEquals("北京, 广东 at ranks 1-2 of Computing scale", EnglishText.english("北京、广东 at ranks 1-2 of 算力规模"));
        assertEquals("section 1(1) says 30%, section 2(5) says 46%", EnglishText.english("一(一) says 30%, 二(五) says 46%"));
        assertEquals("back-cast for Fig. 4", EnglishText.english("back-cast for 图4"));
        assertEquals("no Chinese here", EnglishText.english("no Chinese here"));
    }

    @Test
    void tablesAreRewrittenOnlyInEnglishAndQuotesStay() {
        Table t = Table.create("算力规模", StringColumn.create("note", "388.7 万台"), StringColumn.create("quote", "原文"));
        Language.use(Language.ZH);
        assertSame(t, EnglishText.table(t, Set.of("quote")));
        Language.use(Language.EN);
        Table en = EnglishText.table(t, Set.of("quote"));
        assertEquals("Computing scale", en.name());
        assertEquals("3.887 million units", en.stringColumn("note").get(0));
        assertEquals("原文", en.stringColumn("quote").get(0));
        assertSame(t, en, "rewritten in place, so attached captions stay");
    }
}
