"""Speed of newsflow.text.normalize on synthetic Swiss articles.

Generates N articles of ~400 words (title + "\\n\\n" + HTML body with entities, soft hyphens,
Swiss numbers and ss spellings), normalizes them with country="ch", and prints articles/s and the
ratio to a bare chain of str.replace calls over the same texts, both measured in this one run.

    .venv/bin/python bench/normalize_bench.py [--articles 10000] [--words 400] [--seed 1]
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from newsflow.nlp.ner_rules import given_names  # noqa: E402
from newsflow.text.lexicon import load_lexicon  # noqa: E402
from newsflow.text.normalize import normalize  # noqa: E402

# Invented sentences' building blocks (no real articles).
FUNCTION = ("der die das und in zu den mit von für auf ist nicht sich des ein eine dem als auch "
            "es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über "
            "so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei").split()
CONTENT = ("Bundesrat Kanton Gemeinde Regierung Parlament Abstimmung Vorlage Initiative Budget "
           "Polizei Unfall Verkehr Zug Bahnhof Flughafen Spital Schule Lehrer Eltern Kinder "
           "Wirtschaft Unternehmen Bank Franken Prozent Millionen Jahr Woche Montag Dienstag "
           "Zürich Bern Basel Luzern Genf Winterthur Präsident Sprecher Mitteilung Bericht "
           "entschieden verlangt kritisiert angekündigt gesagt erklärt gestiegen gesunken "
           "neue grosse kleine wichtige lange hohe weitere letzte erste schweizerische").split()
SWISS_SS = ("Strasse Strassen schliesslich liess heisst gross grosse grossen Grossrat grösser "
            "Grösse Fussball Fussgänger Gruss Massnahme Massnahmen gemäss ausserdem Aussenminister "
            "beschliesst geniessen Schliessung Strassenverkehr Bussgeld Spass süss weiss Fleiss").split()
LEGIT_SS = "dass muss Wasser Prozess Schloss gewusst Kongress Klasse Interesse Adresse Fluss".split()
NUMBERS = ("45'000", "27’350", "1'234'567.25", "Fr. 4.20", "CHF 650'000", "2.7", "1'500–2'500", "Fr. 15.–")
MARKUP = ("&amp;", "&uuml;ber", "Bundes\u00adrat", "&nbsp;", "<b>", "</b>", "\u200b")


def make_article(rng: random.Random, words: int) -> str:
    def sentence(n: int) -> str:
        out = []
        for _ in range(n):
            roll = rng.random()
            if roll < 0.45:
                out.append(rng.choice(FUNCTION))
            elif roll < 0.80:
                out.append(rng.choice(CONTENT))
            elif roll < 0.90:
                out.append(rng.choice(SWISS_SS))
            elif roll < 0.95:
                out.append(rng.choice(LEGIT_SS))
            elif roll < 0.98:
                out.append(rng.choice(NUMBERS))
            else:
                out.append(rng.choice(MARKUP))
        return " ".join(out).capitalize() + "."

    title = sentence(8)
    paragraphs, left = [], words
    while left > 0:
        n = min(left, rng.randint(8, 20))
        paragraphs.append(sentence(n))
        left -= n
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return title + "\n\n" + body


def baseline(text: str) -> str:
    """A bare str.replace pass: what "normalization" costs without mapping or decisions."""
    return (text.replace("&amp;", "&").replace("&nbsp;", " ").replace("\u00ad", "").replace("\u200b", "")
            .replace("<p>", "").replace("</p>", "\n\n").replace("<b>", "").replace("</b>", "")
            .replace("Strasse", "Straße").replace("'000", ".000"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--words", type=int, default=400)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    rng = random.Random(args.seed)
    articles = [make_article(rng, args.words) for _ in range(args.articles)]
    chars = sum(map(len, articles))

    started = time.perf_counter()
    lexicon = load_lexicon()
    normalize(articles[0], "ch")  # also loads wordfreq's table (compound splits)
    given_names()  # the name guard's list, loaded on first use
    load_seconds = time.perf_counter() - started

    started = time.perf_counter()
    for text in articles:
        baseline(text)
    base_seconds = time.perf_counter() - started

    started = time.perf_counter()
    changes = 0
    for text in articles:
        changes += len(normalize(text, "ch").replacements)
    norm_seconds = time.perf_counter() - started

    print(f"articles: {len(articles)} x ~{args.words} words, {chars / len(articles):.0f} chars each")
    print(f"word lists load (once per process): {load_seconds:.2f} s, {len(lexicon.known)} words")
    print(f"normalize(country='ch'): {norm_seconds:.2f} s = {len(articles) / norm_seconds:.0f} articles/s, "
          f"{changes / len(articles):.1f} replacements per article")
    print(f"str.replace baseline:    {base_seconds:.3f} s = {len(articles) / base_seconds:.0f} articles/s")
    print(f"ratio normalize / str.replace: {norm_seconds / base_seconds:.1f}x slower")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
