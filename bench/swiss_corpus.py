"""A second ß-restoration check on text that is neither GermEval nor news: German prose shipped by
Debian packages (man pages, fortunes, Debian manuals), written out in GermEval's TSV layout so that
``newsflow eval-swiss`` scores it. The rules were checked against it while GermEval dev stayed held
out; it has no entity labels, so every ß counts, names included.

    apt-get install -y manpages-de fortunes-de debian-reference-de debian-faq-de \\
        developers-reference-de maint-guide-de debian-edu-doc-de
    .venv/bin/python bench/swiss_corpus.py /tmp/debian-de.tsv && .venv/bin/newsflow eval-swiss /tmp/debian-de.tsv

LibreOffice's German help (technical, recent spelling) is a second corpus; it pulls in all of
LibreOffice when installed, so unpack the package instead and pass the directory:

    apt-get download libreoffice-help-de && dpkg -x libreoffice-help-de_*.deb /tmp/lo
    .venv/bin/python bench/swiss_corpus.py --root /tmp/lo /tmp/libreoffice-de.tsv

Any other unpacked documentation works with ``--html``, which reads every HTML page under the
directory. The held-out set of the figures in the README (never looked at while writing rules):
LilyPond's, UDO's and KiCad's German manuals; GIMP's German help was the corpus rules were checked
against in that round:

    apt-get download gimp-help-de lilypond-doc-html-de udo-doc-de kicad-doc-de
    for p in gimp lilypond udo kicad; do dpkg -x ${p}*.deb /tmp/$p; done
    .venv/bin/python bench/swiss_corpus.py --html --root /tmp/gimp /tmp/gimp-de.tsv
    .venv/bin/python bench/swiss_corpus.py --html --root /tmp/lilypond --root /tmp/udo --root /tmp/kicad /tmp/heldout-de.tsv

Only sentences holding a ß are kept. Much of the fortune text is pre-1996 spelling; eval-swiss skips
those tokens (``daß``, ``Alltagsstreß``) and reports how many.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from newsflow.nlp.ner_pretrain import collect, html_paragraphs, is_german_prose, package_files  # noqa: E402

PACKAGES = ("manpages-de", "fortunes-de", "debian-reference-de", "debian-edu-doc-de",
            "developers-reference-de", "debian-faq-de", "maint-guide-de")
# words keep inner hyphens/apostrophes and a trailing hyphen ("Groß- und Kleinschreibung")
TOKEN = re.compile(r"\w+(?:[-'’]\w+)*-?|[^\w\s]")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ„\"])")
MAX_SENTENCE = 400


def sentences_with_sharp_s(paragraphs: list[str]) -> list[list[str]]:
    seen: set[str] = set()
    out = []
    for paragraph in paragraphs:
        if not is_german_prose(paragraph):
            continue
        for sentence in SENTENCE_END.split(paragraph):
            if "ß" in sentence and sentence not in seen and len(sentence) <= MAX_SENTENCE:
                seen.add(sentence)
                out.append(TOKEN.findall(sentence))
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", help="the TSV to write")
    parser.add_argument("--root", type=Path, action="append",
                        help="an unpacked package tree to read instead of the installed packages (repeatable)")
    parser.add_argument("--html", action="store_true", help="read every HTML page under --root")
    args = parser.parse_args(argv)
    if args.root and args.html:
        paragraphs = [p for root in args.root for f in sorted(root.rglob("*.html")) for p in html_paragraphs(f)]
    elif args.root:
        paragraphs = [p for root in args.root for p in collect(root)]
    else:
        files = package_files(PACKAGES)
        if files is None:
            print("missing Debian packages; install: " + " ".join(PACKAGES))
            return 2
        paragraphs = collect(Path("/"), files)
    sentences = sentences_with_sharp_s(paragraphs)
    with open(args.out, "w", encoding="utf-8") as out:
        for tokens in sentences:
            out.writelines(f"{i}\t{token}\tO\tO\n" for i, token in enumerate(tokens, 1))
            out.write("\n")
    print(f"{len(sentences)} sentences with ß -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
