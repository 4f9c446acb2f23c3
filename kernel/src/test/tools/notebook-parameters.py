#!/usr/bin/env python3
"""Give every shipped notebook a cell tagged `parameters` and wire its values into the code (issue 15).

Idempotent: run it again after a merge that changed the notebooks (`python3 kernel/src/test/tools/notebook-parameters.py`),
then re-execute what changed with `./suanli run notebooks/NAME.ipynb --inplace`. Each edit is (cell id, old text, new
text); an edit already applied is skipped, and one whose old text is gone is reported, so a merge that rewrote a cell
is noticed instead of silently losing the wiring. Exit status 1 when an edit could not be placed.
"""
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
HEADER = "// Parameters: change them here, or with `suanli run -p NAME VALUE` (papermill's convention).\n"

SPECS = {
    "01-data.ipynb": {
        "after": "data-02",
        "parameters": HEADER + "// year: the year of the tables and charts; override: a CSV of your own values applied over the shipped data.\n"
                      "int year = 2023;\nString override = \"\";",
        "edits": [
            ("data-11", "Table gdp = economy.wide(2023);", "Table gdp = economy.wide(year);"),
            ("data-12", 'String.format("GDP 2023, sum of the 31 provinces: %.1f亿元 (revised), %.1f亿元 (pre-revision)",\n',
             'String.format("GDP %d, sum of the 31 provinces: %.1f亿元 (revised), %.1f亿元 (pre-revision)", year,\n'),
            ("data-19", "IndicatorData data = DataFiles.indicators();",
             "IndicatorData data = override.isEmpty() ? DataFiles.indicators()\n"
             "    : DataFiles.indicators().withOverrides(IndicatorData.load(Path.of(override)));   // -p override FILE"),
            ("data-22", "// The source column says how each value was made. Here, 广东 in 2023:\nTable guangdongRows = data.rows(2023, \"广东\");",
             "// The source column says how each value was made. Here, 广东 in the parameters' year:\nTable guangdongRows = data.rows(year, \"广东\");"),
            ("data-24", "fw.leaves(), 2023)", "fw.leaves(), year)"),
            ("data-26", "fw.node(key), 2023)", "fw.node(key), year)"),
            ("data-27", "The whole table for 2023, one row per province", "The whole table for the parameters' year, one row per province"),
            ("data-28", "data.wide(2023)", "data.wide(year)"),
        ],
    },
    "02-capacity.ipynb": {
        "after": "imports",
        "parameters": HEADER + "// year: the year of the what-if tables in section 5.\nint year = 2023;",
        "edits": [
            ("whatif", ".scaleEflops(2023)", ".scaleEflops(year)"),
            ("whatif", '"Window (2023, EFlops)"', '"Window (" + year + ", EFlops)"'),
            ("whatif", '"Retirement rule (2023, EFlops)"', '"Retirement rule (" + year + ", EFlops)"'),
            ("whatif", '"FP16->FP32 conversion (2023 intelligent compute, EFlops)"', '"FP16->FP32 conversion (" + year + " intelligent compute, EFlops)"'),
            ("whatif", 'String.format("native FP16 per AI server shipped in 2023 at the assumed factor 1/%.0f: %.0f TFLOPS%n", 1 / assumedFactor, scaled.get(2023))',
             'String.format("native FP16 per AI server shipped in %d at the assumed factor 1/%.0f: %.0f TFLOPS%n", year, 1 / assumedFactor, scaled.get(year))'),
        ],
    },
    "03-ahp.ipynb": {
        "after": "ahp-01",
        "parameters": HEADER + "// year: the year of the index these weights give (section 5).\nint year = 2023;",
        "edits": [],
        "insert_before": ("ahp-20", [
            ("markdown", "ahp-weights-md",
             "## 5. What these weights give\n\nThe index notebook weights the indicators with exactly these global weights. With its default "
             "standardisation, the provinces at the top of the composite index in the parameters' year:"),
            ("code", "ahp-weights-index",
             "var withThese = org.suanli.index.IndexModel.standard().withWeights(org.suanli.index.Weights.ahp(h)).run();\n"
             "display(withThese.summary(year).first(10));"),
        ]),
    },
    "04-index.ipynb": {
        "before": "setup",
        # JShell resets the values of variables declared before an import that could change their meaning, so the
        # imports move out of the set-up cell into a cell of their own above the parameters.
        "imports_cell": ("imports", "import org.suanli.data.*;\nimport org.suanli.index.*;\nimport org.suanli.charts.*;\n"
                         "import org.suanli.scorecard.*;\nimport tech.tablesaw.api.*;\nimport java.util.*;"),
        "parameters": HEADER + "// year: the year of the tables and charts; override: a CSV of your own values applied over the shipped data.\n"
                      "int year = 2023;\nString override = \"\";",
        "edits": [
            ("setup", "import org.suanli.data.*;\nimport org.suanli.index.*;\nimport org.suanli.charts.*;\n"
                      "import org.suanli.scorecard.*;\nimport tech.tablesaw.api.*;\nimport java.util.*;\n\n", ""),
            ("setup", "IndicatorData data = DataFiles.indicators();",
             "IndicatorData data = override.isEmpty() ? DataFiles.indicators()\n"
             "    : DataFiles.indicators().withOverrides(IndicatorData.load(java.nio.file.Path.of(override)));   // -p override FILE"),
            ("setup", "IndexModel model = IndexModel.standard();",
             "IndexModel model = IndexModel.standard().withData(Panel.from(data));"),
            ("std-compare", "data.wide(2023)", "data.wide(year)"),
            ("by-hand", "result.value(2023, p, ", "result.value(year, p, "),
            ("by-hand", "result.composite(2023, p)", "result.composite(year, p)"),
            ("summary", "result.summary(2023)", "result.summary(year)"),
            ("fig10", "composite(result, 2023)", "composite(result, year)"),
            ("fig11-15", "subIndex(result, 2023, d)", "subIndex(result, year, d)"),
            ("stack", "contributions(result, 2023)", "contributions(result, year)"),
            ("stack", "radar(result, 2023, ", "radar(result, year, "),
            ("tiers", "r.tier(2023, q)", "r.tier(year, q)"),
            ("audit", "IndexAudit.of(result, 2023)", "IndexAudit.of(result, year)"),
        ],
    },
    "05-economy.ipynb": {
        "after": "imports",
        "parameters": HEADER + "// year: the year of section 10's regression (sections 1-9 compare with the book's 2023 figures);\n"
                      "// override: a CSV of your own indicator values applied over the shipped data.\n"
                      "int year = 2023;\nString override = \"\";",
        "edits": [
            ("data-code", "IndicatorData indicators = DataFiles.indicators();",
             "IndicatorData indicators = override.isEmpty() ? DataFiles.indicators()\n"
             "    : DataFiles.indicators().withOverrides(IndicatorData.load(java.nio.file.Path.of(override)));   // -p override FILE"),
            ("data-code", "IndexResult index = IndexModel.standard().run();",
             "IndexResult index = IndexModel.standard().withData(org.suanli.index.Panel.from(indicators)).run();"),
        ],
        "insert_before": ("summary-md", [
            ("markdown", "year-md",
             "## 10. The parameters' year\n\nThe same regression for the year of the parameters cell: that year's index on that year's GDP, "
             "pre-revision where the data have it, revised otherwise. The book's figures are for 2023, so only that year is "
             "compared with them above."),
            ("code", "year-code",
             "GdpVintage vintage = economy.value(year, \"北京\", \"gdp_pre_revision_100m_yuan\").isPresent() ? GdpVintage.PRE_REVISION : GdpVintage.REVISED;\n"
             "EconomyRegressionResult forYear = EconomyRegression.run(IndexScores.fromIndex(index, year, basis), EconomyData.gdp(economy, vintage, year));\n"
             "System.out.println(forYear.summary());"),
        ]),
    },
}


def lines(text):
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + ([parts[-1]] if parts[-1] else [])


def source(cell):
    s = cell["source"]
    return "".join(s) if isinstance(s, list) else s


def new_cell(kind, cid, text, tags=None):
    cell = {"cell_type": kind, "id": cid, "metadata": {"tags": tags} if tags else {}, "source": lines(text)}
    if kind == "code":
        cell["execution_count"] = None
        cell["outputs"] = []
    return cell


def apply(name, spec):
    path = ROOT / "notebooks" / name
    nb = json.loads(path.read_text(encoding="utf-8"))
    cells = nb["cells"]
    problems = []
    by_id = {c.get("id"): c for c in cells}
    existing = [c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    if existing:
        existing[0]["source"] = lines(spec["parameters"])
    else:
        anchor = spec.get("after") or spec.get("before")
        index = next((i for i, c in enumerate(cells) if c.get("id") == anchor), None)
        if index is None:
            problems.append(f"{name}: no cell {anchor} to put the parameters cell next to")
        else:
            cells.insert(index + 1 if "after" in spec else index, new_cell("code", "parameters", spec["parameters"], ["parameters"]))
    if "imports_cell" in spec and spec["imports_cell"][0] not in by_id:
        cid, text = spec["imports_cell"]
        index = next(i for i, c in enumerate(cells) if "parameters" in c.get("metadata", {}).get("tags", []))
        cells.insert(index, new_cell("code", cid, text))
    for cid, old, new in spec["edits"]:
        cell = by_id.get(cid)
        if cell is None:
            problems.append(f"{name}: no cell {cid} (edit {old!r})")
            continue
        text = source(cell)
        if old in text:
            cell["source"] = lines(text.replace(old, new))
        elif new not in text:
            problems.append(f"{name}, cell {cid}: neither {old!r} nor its replacement is there; redo this edit by hand")
    if "insert_before" in spec:
        anchor, added = spec["insert_before"]
        for kind, cid, text in added:
            if cid in by_id:
                by_id[cid]["source"] = lines(text)
                continue
            index = next((i for i, c in enumerate(cells) if c.get("id") == anchor), None)
            if index is None:
                problems.append(f"{name}: no cell {anchor} to insert {cid} before")
                continue
            cells.insert(index, new_cell(kind, cid, text))
    path.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return problems


def main():
    problems = []
    for name, spec in SPECS.items():
        problems += apply(name, spec)
    for p in problems:
        print(p, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
