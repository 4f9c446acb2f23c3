package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProvincesTest {

    @Test
    void thirtyOneMainlandProvincesInNbsOrder() {
        assertEquals(31, Provinces.all().size());
        assertEquals("北京", Provinces.all().get(0).shortZh());
        assertEquals("新疆", Provinces.all().get(30).shortZh());
        for (int i = 0; i < 31; i++) {
            assertEquals(i, Provinces.all().get(i).order());
        }
        assertTrue(Provinces.find("香港").isEmpty(), "Hong Kong is outside the blue book's scope");
        assertTrue(Provinces.find("台湾").isEmpty());
        assertTrue(Provinces.find("Macao").isEmpty());
    }

    @Test
    void nbsRegionsHaveTheirOfficialSizes() {
        Map<Region, Long> sizes = Provinces.all().stream().collect(Collectors.groupingBy(Province::region, Collectors.counting()));
        assertEquals(10, sizes.get(Region.EAST));
        assertEquals(6, sizes.get(Region.CENTRAL));
        assertEquals(12, sizes.get(Region.WEST));
        assertEquals(3, sizes.get(Region.NORTHEAST));
        assertEquals(Region.EAST, Provinces.resolve("广东").region());
        assertEquals(Region.WEST, Provinces.resolve("内蒙古").region());
        assertEquals(Region.NORTHEAST, Provinces.resolve("辽宁").region());
    }

    @ParameterizedTest
    @CsvSource({"广东,广东", "广东省,广东", "Guangdong,广东", "guangdong,广东", "GUANGDONG,广东", " Guangdong Province ,广东",
            "内蒙古自治区,内蒙古", "内蒙古,内蒙古", "Inner Mongolia,内蒙古", "inner mongolia,内蒙古", "Nei Mongol,内蒙古",
            "Xizang,西藏", "Tibet,西藏", "西藏自治区,西藏", "北京市,北京", "Beijing,北京", "广西壮族自治区,广西",
            "新疆维吾尔自治区,新疆", "宁夏回族自治区,宁夏", "Shaanxi,陕西", "Shanxi,山西", "陕西省,陕西"})
    void everySpellingResolvesToOneProvince(String name, String expected) {
        assertSame(Provinces.find(expected).orElseThrow(), Provinces.resolve(name));
    }

    @Test
    void unknownNameSuggestsTheNearest() {
        UnknownProvinceException e = assertThrows(UnknownProvinceException.class, () -> Provinces.resolve("Guangdon"));
        assertEquals("广东", e.suggestion().orElseThrow().shortZh());
        assertTrue(e.getMessage().contains("Unknown province 'Guangdon'"), e.getMessage());
        assertTrue(e.getMessage().contains("did you mean 广东 (Guangdong)?"), e.getMessage());
        assertEquals("四川", assertThrows(UnknownProvinceException.class, () -> Provinces.resolve("Sichaun"))
                .suggestion().orElseThrow().shortZh());
        assertEquals("江苏", assertThrows(UnknownProvinceException.class, () -> Provinces.resolve("江蘇"))
                .suggestion().orElseThrow().shortZh());
        assertThrows(UnknownProvinceException.class, () -> Provinces.resolve(""));
        assertTrue(Provinces.find(null).isEmpty());
    }
}
