#!/usr/bin/env python3
"""Lists real English words that lie within the spelling tolerance of a lexicon word.

The free-text reader corrects a word it does not know towards the lexicon's words
(org.crampcare.spelling.SpellingCorrector: 4-8 letters one edit, 9+ two, shorter never). A real
word close to a lexicon word ("weak"/"week", "warn"/"warm", "dumb"/"numb") must never be
"corrected", so the lexicon carries them as spelling.realWords. Rerun after adding lexicon words:

    apt-get install wbritish wamerican
    python3 scripts/spelling/real-words.py > /tmp/real-words.txt

and paste the list into src/main/resources/knowledge/lexicon.yaml (spelling.realWords).
"""
import re
import sys

import yaml

LEXICON = "src/main/resources/knowledge/lexicon.yaml"
DICTIONARIES = ["/usr/share/dict/british-english", "/usr/share/dict/american-english"]
MIN_LENGTH, LONG_WORD = 4, 9


def allowed(n):
    return 0 if n < MIN_LENGTH else (2 if n >= LONG_WORD else 1)


def strings(node):
    if isinstance(node, str):
        yield node
    elif isinstance(node, dict):
        for k, v in node.items():
            if k == "realWords":
                continue
            yield str(k)
            yield from strings(v)
    elif isinstance(node, list):
        for v in node:
            yield from strings(v)


def osa(a, b):
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


def deletes(word, depth):
    out, frontier = {word}, {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def main():
    doc = yaml.safe_load(open(LEXICON))
    lexicon = set()
    for s in strings(doc):
        lexicon.update(re.findall(r"[a-z]+", s.lower()))
    index = {}
    for w in lexicon:
        if len(w) >= MIN_LENGTH:
            for d in deletes(w, 2):
                index.setdefault(d, set()).add(w)
    real = set()
    for path in DICTIONARIES:
        for line in open(path, encoding="utf-8", errors="ignore"):
            w = line.strip()
            if re.fullmatch(r"[a-z]+", w) and len(w) >= MIN_LENGTH and w not in lexicon:
                real.add(w)
    near = set()
    for w in real:
        limit = allowed(len(w))
        candidates = set()
        for d in deletes(w, limit):
            candidates |= index.get(d, set())
        if any(abs(len(c) - len(w)) <= limit and osa(w, c) <= limit for c in candidates):
            near.add(w)
    print(", ".join(f"\"{w}\"" if w in ("null", "true", "false", "yes", "off") else w for w in sorted(near)))
    print(f"{len(near)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
