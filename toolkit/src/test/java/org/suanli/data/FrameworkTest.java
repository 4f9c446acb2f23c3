package org.suanli.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The framework must be 表1 of the blue book exactly: names, units and the 5/13/14 structure. */
class FrameworkTest {

    private final Framework f = Framework.standard();

    @Test
    void hasFiveThirteenFourteenIndicators() {
        assertEquals("index", f.root().key());
        assertEquals(5, f.level(1).size());
        assertEquals(13, f.level(2).size());
        assertEquals(14, f.leaves().size());
    }

    @Test
    void firstAndSecondLevelNamesAreThoseOfTable1() {
        assertEquals(List.of("算力规模", "计算产业", "计算技术", "发展环境", "计算应用"),
                f.level(1).stream().map(FrameworkNode::nameZh).toList());
        assertEquals(List.of("scale", "industry", "technology", "environment", "application"),
                f.level(1).stream().map(FrameworkNode::key).toList());
        assertEquals(List.of("基础算力", "智能算力", "超算算力", "计算设备", "计算芯片", "计算软件", "创新水平", "研发投入",
                "网络环境", "算力投入", "数据开放", "数字化水平", "行业应用水平"), f.level(2).stream().map(FrameworkNode::nameZh).toList());
        assertEquals(List.of(3, 3, 2, 3, 2), f.level(1).stream().map(n -> f.children(n.key()).size()).toList());
    }

    @Test
    void thirdLevelNamesAndUnitsAreThoseOfTable1() {
        List<String> expected = List.of(
                "服务器算力规模|EFlops|基础算力", "AI服务器算力规模|EFlops|智能算力", "超级计算机算力规模|EFlops|超算算力",
                "计算设备产量|万台|计算设备", "集成电路产量|万块|计算芯片", "软件业务收入|亿元|计算软件",
                "计算发明专利申请数|件|创新水平", "计算发明专利授权数|件|创新水平", "计算机制造业R&D经费|亿元|研发投入",
                "互联网省际出口带宽|Tbps|网络环境", "IT支出规模|亿元|算力投入", "数据开放数林指数|/|数据开放",
                "产业数字化规模|亿元|数字化水平", "先进计算赋能新质生产力典型应用案例|个|行业应用水平");
        assertEquals(expected, f.leaves().stream()
                .map(n -> n.nameZh() + "|" + n.unit() + "|" + f.node(n.parentKey()).nameZh()).toList());
        assertTrue(f.leaves().stream().allMatch(n -> n.direction() == Direction.POSITIVE), "all 14 are more-is-better");
        assertTrue(f.leaves().stream().allMatch(n -> !n.source().isBlank()), "every indicator cites 附件二");
        assertEquals(2, f.children("innovation").size(), "patent applications and grants share one node");
    }

    @Test
    void keysMatchTheFactsFile() {
        assertEquals(List.of("server_compute_eflops", "ai_server_compute_eflops", "supercomputer_compute_eflops",
                "computing_device_output_10k_units", "ic_output_10k_pieces", "software_revenue_100m_yuan",
                "computing_patent_applications", "computing_patent_grants", "computer_mfg_rd_100m_yuan",
                "interprovincial_bandwidth_tbps", "it_spending_100m_yuan", "open_data_forest_index",
                "industrial_digitalization_100m_yuan", "advanced_computing_cases"),
                f.leaves().stream().map(FrameworkNode::key).toList());
    }

    @Test
    void pathsAndLeavesUnderANode() {
        assertEquals(List.of("index", "technology", "innovation", "computing_patent_grants"),
                f.path("computing_patent_grants").stream().map(FrameworkNode::key).toList());
        assertEquals(3, f.leavesUnder("technology").size());
        assertEquals(14, f.leavesUnder("index").size());
        assertThrows(java.util.NoSuchElementException.class, () -> f.node("nope"));
    }

    @Test
    void aBrokenFrameworkFileIsExplained(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("framework.csv");
        Files.writeString(file, "key,level,parent,name_zh,name_en,unit,direction,source\n"
                + "index,0,,指数,Index,,,x\n"
                + "a,1,index,甲,A,,,x\n"
                + "b,3,missing,乙,B,件,+,x\n", StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Framework.load(file));
        assertTrue(e.getMessage().contains("'b' names the parent 'missing', which is not in the file"), e.getMessage());
        assertTrue(e.getMessage().contains("'a' (level 1) has no children"), e.getMessage());
    }
}
