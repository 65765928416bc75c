#!/usr/bin/env python3
"""Fills the unfinished entries of translations/registrar-desk_en.ts from their
source text (the program is written in English), with the English plural for
numerus messages: "%n domain(s)" becomes "%n domain" / "%n domains".

Run after `cmake --build build --target update_translations`; the Portuguese
file is translated by hand."""
import re
import sys
from pathlib import Path

path = Path(sys.argv[1] if len(sys.argv) > 1 else
            Path(__file__).resolve().parent.parent / "translations" / "registrar-desk_en.ts")
text = path.read_text(encoding="utf-8")

# Text inside the tags is escaped, so [^<]* keeps every match inside one message.
message = re.compile(r'(<message( numerus="yes")?>\s*(?:<comment>[^<]*</comment>\s*)?'
                     r'(?:<extracomment>[^<]*</extracomment>\s*)?<source>([^<]*)</source>\s*'
                     r'(?:<comment>[^<]*</comment>\s*)?(?:<extracomment>[^<]*</extracomment>\s*)?)'
                     r'<translation type="unfinished">(.*?)</translation>', re.S)


def plural_forms(source):
    singular = re.sub(r"\((\w+)\)", "", source)          # domain(s) -> domain
    plural = re.sub(r"\((\w+)\)", r"\1", source)         # domain(s) -> domains
    return singular, plural


def fill(match):
    head, numerus, source = match.group(1), match.group(2), match.group(3)
    if numerus:
        singular, plural = plural_forms(source)
        indent = re.search(r"\n(\s*)<numerusform>", match.group(4)).group(1)
        closing = re.search(r"\n(\s*)$", match.group(4)).group(1)
        return (f"{head}<translation>\n{indent}<numerusform>{singular}</numerusform>\n"
                f"{indent}<numerusform>{plural}</numerusform>\n{closing}</translation>")
    return f"{head}<translation>{source}</translation>"


filled, count = message.subn(fill, text)
path.write_text(filled, encoding="utf-8")
print(f"{path.name}: {count} entries filled")
