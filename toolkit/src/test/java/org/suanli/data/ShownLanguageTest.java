package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/** In English, tables are shown with the provinces' English names, unless Chinese names are asked for. */
class ShownLanguageTest {

    @AfterEach
    void reset() {
        Language.reset();
        System.clearProperty("suanli.province.names");
    }

    private static Table sample() {
        return Table.create("index 2023",
                StringColumn.create("province", List.of("内蒙古", "广东", "北京")),
                DoubleColumn.create("index", 1.0, 165.7, 122.9),
                StringColumn.create("actual", List.of("广东 #1, 北京 #2", "内蒙古自治区 #20", "no province")),
                StringColumn.create("quote", List.of("北京领先优势较大", "广东", "")));
    }

    @Test
    void inEnglishTheNamesAreEnglishInACopyAndQuotesStayAsWritten() {
        Language.use(Language.EN);
        Table t = sample();
        Map<String, ?> said = new ShownLanguage().apply(t);
        Table shown = (Table) said.get("shown");
        assertEquals(List.of("Inner Mongolia", "Guangdong", "Beijing"), shown.stringColumn("province").asList());
        assertEquals(List.of("Guangdong #1, Beijing #2", "Inner Mongolia #20", "no province"),
                shown.stringColumn("actual").asList(), "the full name goes before the short one inside text");
        assertEquals(t.stringColumn("quote").asList(), shown.stringColumn("quote").asList(), "a quote is not rewritten");
        assertEquals(t.name(), shown.name());
        assertEquals(t.columnNames(), shown.columnNames(), "same shape, so marks said of the original still fit");
        assertEquals(List.of("内蒙古", "广东", "北京"), t.stringColumn("province").asList(), "the user's table is unchanged");
    }

    @Test
    void inChineseOrOnRequestNothingIsReplaced() {
        assertTrue(new ShownLanguage().apply(sample()).isEmpty(), "Chinese is the default");
        Language.use(Language.EN);
        System.setProperty("suanli.province.names", "zh");
        assertFalse(ShownLanguage.provinceNamesInEnglish());
        assertTrue(new ShownLanguage().apply(sample()).isEmpty(), "province names in Chinese on request");
    }

    @Test
    void aTableThatAlreadyGivesTheEnglishNamesAndOtherObjectsAreLeftAlone() {
        Language.use(Language.EN);
        assertTrue(new ShownLanguage().apply(Provinces.table()).isEmpty(), "the provinces' own table maps the names");
        assertTrue(new ShownLanguage().apply("广东").isEmpty(), "only tables");
        Table plain = Table.create("t", StringColumn.create("kind", List.of("value")));
        assertSame(plain, ShownLanguage.inEnglish(plain));
    }
}
