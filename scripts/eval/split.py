#!/usr/bin/env python3
"""Splits a JSONL set in two halves stratified by key (level | answer_type), seed 20261203.
Usage: scripts/eval/split.py IN.jsonl TUNE.jsonl LOCKED.jsonl level|answer_type"""
import json, random, sys, collections
src, tune, locked, key = sys.argv[1:5]
cases = [json.loads(l) for l in open(src, encoding="utf-8") if l.strip()]
def k(c):
    if key == "level": return (c["expect"]["triage"], c.get("style"))
    return ("off", c.get("category") or c.get("note")) if c.get("off_topic") else ("on", c.get("answer_type"))
groups = collections.defaultdict(list)
for c in cases: groups[k(c)].append(c)
rng = random.Random(20261203); t, l = [], []; flip = 0
for g in sorted(groups, key=str):
    xs = groups[g]; rng.shuffle(xs)
    for x in xs:
        (t if flip % 2 == 0 else l).append(x); flip += 1
for path, xs in ((tune, t), (locked, l)):
    with open(path, "w", encoding="utf-8") as o:
        for x in xs: o.write(json.dumps(x, ensure_ascii=False) + "\n")
print(len(t), len(l))
