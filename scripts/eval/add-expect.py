#!/usr/bin/env python3
"""Adds "expect" to text cases: the policy's level and rules for answers_truth, with every boolean
item and list the text leaves out filled as absent (false / empty). Usage: scripts/eval/add-expect.py target/crampcare.jar IN.jsonl OUT.jsonl"""
import json, pathlib, re, subprocess, sys, tempfile
ITEMS_FILE = pathlib.Path(__file__).resolve().parents[2] / "src/main/resources/knowledge/items.yaml"
# Each item's id and type, read from the knowledge (plain regex: no YAML library needed).
ITEM_TYPES = dict(re.findall(r"^  - id: (\w+)\n    type: (\w+)$", ITEMS_FILE.read_text(encoding="utf-8"), re.M))
# pregnant and breastfeeding never change triage and a text rarely denies them, so they stay absent.
BOOLS = [i for i, t in ITEM_TYPES.items() if t == "boolean" and i not in ("pregnant", "breastfeeding")]
LISTS = [i for i, t in ITEM_TYPES.items() if t == "list"]
assert "unbearable_pain" in BOOLS and "locations" in LISTS, ITEM_TYPES
jar, src, out = sys.argv[1:4]
cases = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
    for c in cases:
        a = dict(c["answers_truth"])
        for b in BOOLS: a.setdefault(b, False)
        for l in LISTS: a.setdefault(l, [])
        f.write(json.dumps({"answers": a}) + "\n")
res = subprocess.run(["java", "-jar", jar, "assess", "--batch", f.name], capture_output=True, text=True)
lines = res.stdout.splitlines()
assert len(lines) == len(cases), (len(lines), res.stderr[:500])
bad = 0
with open(out, "w", encoding="utf-8") as o:
    for c, l in zip(cases, lines):
        r = json.loads(l)
        if "error" in r:
            bad += 1; print("ERROR", c["id"], r["error"], file=sys.stderr); continue
        c["expect"] = {"triage": r["triage"], "rules": sorted({x["rule"] for x in r["reasons"]})}
        o.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"{len(cases)-bad} written, {bad} refused", file=sys.stderr)
