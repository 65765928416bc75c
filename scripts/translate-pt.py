#!/usr/bin/env python3
"""Fills unfinished European Portuguese entries from a JSON file of
{"source": "translation"} pairs (numerus entries: a list of forms).

usage: scripts/translate-pt.py PAIRS.json
"""
import html
import json
import re
import sys

TS = "translations/registrar-desk_pt_PT.ts"


def escape(text):
    return html.escape(text, quote=True).replace("&#x27;", "&apos;")


def main():
    pairs = json.load(open(sys.argv[1], encoding="utf-8"))
    ts = open(TS, encoding="utf-8").read()
    filled = 0
    for source, target in pairs.items():
        src = re.escape("<source>" + escape(source) + "</source>")
        pattern = re.compile(src + r"(\s*(?:<extracomment>.*?</extracomment>\s*)?)"
                             r"<translation type=\"unfinished\">.*?</translation>", re.S)
        if isinstance(target, list):
            forms = "".join("\n            <numerusform>%s</numerusform>" % escape(f) for f in target)
            replacement = "<translation>" + forms + "\n        </translation>"
        else:
            replacement = "<translation>" + escape(target) + "</translation>"
        ts, n = pattern.subn(lambda m: m.group(0)[: m.start(1) - m.start(0)] + m.group(1) + replacement, ts)
        filled += n
    open(TS, "w", encoding="utf-8").write(ts)
    print("%d entries filled; %d unfinished left" % (filled, ts.count('type="unfinished"')))


if __name__ == "__main__":
    main()
