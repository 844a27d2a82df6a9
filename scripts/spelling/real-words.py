#!/usr/bin/env python3
"""Lists real words of a language that lie within the spelling tolerance of a lexicon word.

The free-text reader corrects a word it does not know towards the lexicon's words
(org.crampcare.spelling.SpellingCorrector: 4-8 letters one edit, 9+ two, shorter never). A real
word close to a lexicon word ("weak"/"week", "warn"/"warm", "dumb"/"numb"; "tonica"/"toxica",
"dormir"/"dormida") must never be "corrected", so each lexicon carries them as spelling.realWords.
Rerun after adding lexicon words:

    apt-get install wbritish wamerican wspanish aspell-es
    python3 scripts/spelling/real-words.py > /tmp/real-words.txt                 # English
    python3 scripts/spelling/real-words.py --language es > /tmp/real-words.txt   # Spanish

and paste the list into the lexicon's spelling.realWords (src/main/resources/knowledge/lexicon.yaml,
lexicon.es.yaml). Spanish words are compared as the reader compares them: lower case without
accents or tilde, and a dictionary word whose stem (org.crampcare.intake.SpanishStemmer) is
already a lexicon word's stem is known to the reader and left out. /usr/share/dict/spanish lists
few inflected forms ("encantar" but not "encanta", which is one letter from "encinta"), so the
Spanish words also come from aspell's Spanish dictionary with every affix expanded.
"""
import argparse
import re
import subprocess
import sys
import unicodedata

import yaml

LANGUAGES = {
    "en": ("src/main/resources/knowledge/lexicon.yaml",
           ["/usr/share/dict/british-english", "/usr/share/dict/american-english"]),
    "es": ("src/main/resources/knowledge/lexicon.es.yaml", ["/usr/share/dict/spanish"]),
}
EXPANDED = {"es": "aspell -d es dump master | aspell -l es expand"}
MIN_LENGTH, LONG_WORD = 4, 9


def allowed(n):
    return 0 if n < MIN_LENGTH else (2 if n >= LONG_WORD else 1)


def fold(word):
    """Lower case without diacritics (á -> a, ñ -> n), as WordForms.SPANISH folds."""
    return "".join(c for c in unicodedata.normalize("NFD", word.lower()) if not unicodedata.combining(c))


def spanish_stem(w):
    """org.crampcare.intake.SpanishStemmer, for folded words."""
    n = len(w)
    if n <= 3 or not w[0].isalpha():
        return w
    if w.endswith("ces") and n - 2 >= 3:
        return w[:-3] + "z"
    if w.endswith("s"):
        w = w[:-1]
    elif w.endswith("an") or w.endswith("en"):
        w = w[:-1]
    if w[-1] in "aeo" and len(w) - 1 >= 3:
        w = w[:-1]
    return w


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


def lexicon_words(doc, folding):
    words = set()
    for s in strings(doc):
        for chunk in s.split():
            if chunk.endswith("~"):
                continue
            words.update(re.findall(r"[a-z]+", folding(chunk.lstrip("="))))
    return words


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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=sorted(LANGUAGES), default="en")
    language = parser.parse_args().language
    path, dictionaries = LANGUAGES[language]
    folding = fold if language == "es" else str.lower
    doc = yaml.safe_load(open(path, encoding="utf-8"))
    lexicon = lexicon_words(doc, folding)
    known_stems = {spanish_stem(w) for w in lexicon} if language == "es" else set()
    index = {}
    for w in lexicon:
        if len(w) >= MIN_LENGTH:
            for d in deletes(w, 2):
                index.setdefault(d, set()).add(w)
    written = []
    for dictionary in dictionaries:
        written.extend(open(dictionary, encoding="utf-8", errors="ignore").read().split())
    if language in EXPANDED:
        written.extend(subprocess.run(EXPANDED[language], shell=True, check=True, capture_output=True,
                                      text=True).stdout.split())
    real = set()
    for line in written:
        w = folding(line.strip()) if language == "es" else line.strip()
        if not re.fullmatch(r"[a-z]+", w) or len(w) < MIN_LENGTH or w in lexicon:
            continue
        if language == "es" and spanish_stem(w) in known_stems:
            continue
        real.add(w)
    near = set()
    for w in real:
        limit = allowed(len(w))
        candidates = set()
        for d in deletes(w, limit):
            candidates |= index.get(d, set())
        if any(abs(len(c) - len(w)) <= limit and osa(w, c) <= limit for c in candidates):
            near.add(w)
    print(", ".join(f"\"{w}\"" if w in ("null", "true", "false", "yes", "off", "on", "no", "y", "n") else w
                    for w in sorted(near)))
    print(f"{len(near)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
