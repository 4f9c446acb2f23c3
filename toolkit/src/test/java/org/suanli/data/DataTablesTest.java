package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tech.tablesaw.api.Table;

/** The tables notebook 01 shows: the provinces and 表1. */
class DataTablesTest {

    @AfterEach
    void resetLanguage() {
        Language.reset();
    }

    @Test
    void provincesTableListsTheProvincesInNbsOrderWithTheirRegion() {
        Language.use(Language.EN);
        Table t = Provinces.table();
        assertEquals(31, t.rowCount());
        assertEquals("北京", t.stringColumn("province").get(0));
        assertEquals("Beijing", t.stringColumn("english").get(0));
        assertEquals("east", t.stringColumn("region").get(0));
        assertEquals(10, t.where(t.stringColumn("region").isEqualTo("east")).rowCount());
        assertEquals(12, t.where(t.stringColumn("region").isEqualTo("west")).rowCount());
        Language.use(Language.ZH);
        assertEquals(Region.EAST.nameZh(), Provinces.table().stringColumn("地区").get(0));
    }

    @Test
    void leafTableIsTable1InTheCurrentLanguage() {
        Language.use(Language.EN);
        Framework fw = Framework.standard();
        Table en = fw.leafTable();
        assertEquals(14, en.rowCount());
        assertEquals("Table 1 — the 14 third-level indicators", en.name());
        assertEquals(fw.leaves().get(0).key(), en.stringColumn("key").get(0));
        assertEquals(fw.leaves().get(0).nameEn(), en.stringColumn("indicator").get(0));
        assertEquals(5, en.stringColumn("dimension").countUnique());
        assertEquals(13, en.stringColumn("second level").countUnique());
        Table devices = en.where(en.stringColumn("key").isEqualTo("computing_device_output_10k_units"));
        assertEquals("10,000 units", devices.stringColumn("unit").get(0));
        Language.use(Language.ZH);
        Table zh = fw.leafTable();
        assertEquals("表1 — 14个三级指标", zh.name());
        assertEquals(fw.leaves().get(0).nameZh(), zh.stringColumn("三级指标").get(0));
    }
}
