#!/usr/bin/env python3
"""Checks a built site's open data with the tools journalists and data portals use.

usage: open_data_check.py OUTPUT_DIR [--shapes DIR] [--require-catalog]

- `frictionless validate` on data/datapackage.json: no errors (types, keys, foreign keys);
- `frictionless describe` on each CSV alone infers the declared types of its numeric,
  integer and date columns;
- `pandas.read_csv` with default arguments reads each CSV, numeric columns as numbers;
- `openpyxl` opens the workbook and finds typed cells (numbers, dates, percentages);
- the DCAT-AP catalogue parses with rdflib and conforms to the DCAT-AP 2.1.1 SHACL shapes
  (pySHACL), when there is one (--require-catalog: there must be);
- numbers agree: every goal's target and progress in goals.csv equal those in site.json.
"""
import datetime
import decimal
import json
import pathlib
import subprocess
import sys

import openpyxl
import pandas


def fail(message):
    print(f"FAIL: {message}")
    sys.exit(1)


def main():
    args = sys.argv[1:]
    out = pathlib.Path(args[0])
    shapes = pathlib.Path(args[args.index("--shapes") + 1]) if "--shapes" in args else None
    data = out / "data"
    package = json.loads((data / "datapackage.json").read_text(encoding="utf-8"))

    # 1. The whole package, as frictionless reads it.
    result = subprocess.run(
        ["frictionless", "validate", "--json", str(data / "datapackage.json")],
        capture_output=True, text=True,
    )
    report = json.loads(result.stdout)
    if not report.get("valid"):
        errors = [e.get("message") for t in report.get("tasks", []) for e in t.get("errors", [])]
        errors += [e.get("message") for e in report.get("errors", [])]
        fail(f"frictionless validate: {errors[:10]}")

    for resource in package["resources"]:
        if resource.get("format") != "csv":
            continue
        path = data / resource["path"]
        text = path.read_bytes()
        if text.startswith(b"\xef\xbb\xbf"):
            fail(f"{path.name} starts with a byte-order mark")
        fields = resource["schema"]["fields"]
        declared = {f["name"]: f["type"] for f in fields}
        frame = pandas.read_csv(path)
        if list(frame.columns) != [f["name"] for f in fields]:
            fail(f"{path.name}: pandas read columns {list(frame.columns)}")
        for name, kind in declared.items():
            column = frame[name]
            if kind in ("number", "integer") and len(column.dropna()) and not pandas.api.types.is_numeric_dtype(column):
                fail(f"{path.name}: pandas reads `{name}` as {column.dtype}, not a number")
        # 2. Each CSV alone: inferred types match the declared ones where values exist.
        described = subprocess.run(
            ["frictionless", "describe", "--json", str(path)], capture_output=True, text=True
        )
        inferred = {f["name"]: f["type"] for f in json.loads(described.stdout)["schema"]["fields"]}
        for name, kind in declared.items():
            if kind in ("number", "integer", "date") and len(frame[name].dropna()):
                got = inferred.get(name)
                ok = got == kind or (kind == "number" and got == "integer")
                if not ok:
                    fail(f"{path.name}: frictionless describe infers `{name}` as {got}, declared {kind}")
        print(f"ok: {path.name}: {len(frame)} rows")

    # 3. The workbook.
    workbooks = list(data.glob("*.xlsx"))
    if len(workbooks) != 1:
        fail(f"expected one workbook, found {workbooks}")
    book = openpyxl.load_workbook(workbooks[0])
    tables = [r for r in package["resources"] if r.get("format") == "csv"]
    if len(book.worksheets) != len(tables):
        fail(f"the workbook has {len(book.worksheets)} sheets for {len(tables)} tables")
    typed = 0
    for sheet, resource in zip(book.worksheets, tables):
        if sheet.freeze_panes != "A2":
            fail(f"{sheet.title}: header row not frozen ({sheet.freeze_panes})")
        if not sheet.auto_filter.ref:
            fail(f"{sheet.title}: no filter")
        fields = resource["schema"]["fields"]
        for row in sheet.iter_rows(min_row=2):
            for cell, field in zip(row, fields):
                if cell.value is None:
                    continue
                kind = field["type"]
                if kind in ("number", "integer"):
                    ok = isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)
                    if field["name"] == "progress":
                        ok = ok and cell.number_format == "0.00%"
                elif kind == "date":
                    ok = isinstance(cell.value, datetime.datetime)
                elif kind == "boolean":
                    ok = isinstance(cell.value, bool)
                else:
                    ok = isinstance(cell.value, str)
                    if ok and cell.value[:1] in ("=", "+", "-", "@", "\t", "\r"):
                        fail(f"{sheet.title}!{cell.coordinate}: {cell.value!r} would run as a formula")
                if not ok:
                    fail(f"{sheet.title}!{cell.coordinate} ({field['name']}): {cell.value!r} is not a {kind} cell")
                typed += kind != "string"
    print(f"ok: {workbooks[0].name}: {len(book.worksheets)} sheets, {typed} typed cells (numbers, dates, percentages, booleans)")

    # 4. Numbers agree with site.json.
    site = json.loads((data / "site.json").read_text(encoding="utf-8"))
    expected = []
    for strategy in site["strategies"]:
        for goal in strategy["goals"]:
            expected.append((goal["text"], goal["target"], goal["progress"]))
        for key in strategy["initiatives"]:
            initiative = next(i for i in site["initiatives"] if i["key"] == key)
            for goal in initiative["goals"]:
                expected.append((goal["text"], goal["target"], goal["progress"]))
    goals = pandas.read_csv(data / "goals.csv", dtype=str, keep_default_na=False)
    got = [(r.goal.lstrip("'") if r.goal[:2] in ("'=", "'+", "'-", "'@") else r.goal, r.target, r.progress or None)
           for r in goals.itertuples()]
    for (text, target, progress), (g_text, g_target, g_progress) in zip(expected, got):
        if text != g_text or decimal.Decimal(target) != decimal.Decimal(g_target) or progress != g_progress:
            fail(f"goals.csv and site.json disagree: {(text, target, progress)} vs {(g_text, g_target, g_progress)}")
    if len(expected) != len(got):
        fail(f"goals.csv has {len(got)} goals, site.json {len(expected)}")
    print(f"ok: {len(got)} goals agree with site.json")

    # 5. The catalogue.
    catalog = data / "catalog.ttl"
    if not catalog.exists():
        if "--require-catalog" in args:
            fail("no data/catalog.ttl")
        print("ok: no catalogue (the site's base_url is relative)")
        return
    import pyshacl
    import rdflib

    graph = rdflib.Graph().parse(catalog, format="turtle")
    shape_graph = rdflib.Graph()
    for name in ("dcat-ap_2.1.1_shacl_shapes.ttl", "dcat-ap_2.1.1_shacl_range.ttl"):
        shape_graph.parse(shapes / name, format="turtle")
    conforms, _, text = pyshacl.validate(graph, shacl_graph=shape_graph, inference="none")
    if not conforms:
        fail(f"catalog.ttl does not conform to DCAT-AP 2.1.1:\n{text[:3000]}")
    datasets = list(graph.subjects(rdflib.RDF.type, rdflib.URIRef("http://www.w3.org/ns/dcat#Dataset")))
    print(f"ok: catalog.ttl: {len(graph)} triples, {len(datasets)} datasets, conforms to DCAT-AP 2.1.1")


if __name__ == "__main__":
    main()
