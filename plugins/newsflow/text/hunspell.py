"""ß word forms from the hunspell German dictionary, a supplement to the wngerman word list.

wngerman lists inflected forms but misses common nouns (``Stoß``, ``Schweiß``, ``Maß``,
``Kohlweißling``) and participles (``gemeißelt``).  Debian's ``hunspell-de-de-frami`` (the same
igerman98 source, with more stems) knows them as stems plus affix flags; ``unmunch`` (Debian
``hunspell-tools``) expands those into word forms.  Only stems with ß are taken, because:

* its ss stems include Swiss spellings marked as forbidden in de_DE (``Einbusse/d``), so words right
  with ss keep coming from wngerman alone;
* stems that hunspell itself refuses as words are dropped: forbidden ones, those that need an affix
  (``Groß/h`` exists only as ``Groß-`` in compounds) or occur only inside compounds;
* a capitalized stem with no suffix flag cannot inflect, so it is most likely a name (``Gauß``,
  ``Heß``, ``Aufseß``); one with only the genitive -s is a name too (``Käßmann``, ``Großglockner``)
  unless it is the noun of a listed verb or a diminutive (``Beißen``, ``Füßchen``). Both are dropped: names
  are never restored from a word list (places come from the place gazetteer).
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

HUNSPELL_ENV = "NEWSFLOW_HUNSPELL_DIC"
DEFAULT_DICTIONARIES = ("/usr/share/hunspell/de_DE_frami.dic", "/usr/share/hunspell/de_DE.dic")
# hunspell flags that make a stem no word on its own (names as in the .aff file's header)
REFUSING_FLAGS = ("FORBIDDENWORD", "NEEDAFFIX", "ONLYINCOMPOUND")
GENITIVE_ONLY = "S"  # igerman98's flag for the genitive -s alone
DIMINUTIVES = ("chen", "lein")


def dictionary_path() -> Path | None:
    candidates = [os.environ[HUNSPELL_ENV]] if os.environ.get(HUNSPELL_ENV) else []
    for candidate in candidates + list(DEFAULT_DICTIONARIES):
        dic = Path(candidate)
        if dic.is_file() and dic.with_suffix(".aff").is_file():
            return dic
    return None


def _encoding(aff_lines: list[str]) -> str:
    for line in aff_lines:
        if line.startswith("SET "):
            return line.split()[1]
    return "ISO8859-1"


def _aff_flags(aff_lines: list[str]) -> tuple[set[str], set[str]]:
    """The flags that refuse a bare stem, and the suffix flags (SFX classes) that inflect one."""
    refusing, suffixes = set(), set()
    for line in aff_lines:
        parts = line.split()
        if len(parts) == 2 and parts[0] in REFUSING_FLAGS:
            refusing.add(parts[1])
        elif len(parts) == 4 and parts[0] == "SFX" and parts[2] in "YN":
            suffixes.add(parts[1])
    return refusing, suffixes


def sharp_stems(dic_lines: list[str], refusing: set[str], suffixes: set[str]) -> list[str]:
    """The .dic lines (stem/flags) worth expanding: a ß stem hunspell accepts as a word."""
    entries = [line.split("\t")[0].strip() for line in dic_lines]
    lowercase = {e.partition("/")[0] for e in entries if e[:1].islower()}
    kept = []
    for entry in entries:
        stem, _, flags = entry.partition("/")
        if "ß" not in stem or set(flags) & refusing:
            continue
        if stem[0].isupper() and not _inflects_as_noun(stem, set(flags) & suffixes, lowercase):
            continue
        kept.append(entry)
    return kept


def _inflects_as_noun(stem: str, suffix_flags: set[str], lowercase: set[str]) -> bool:
    """No suffix flag: uninflectable, a name (Gauß, Heß). Only the genitive -s (flag S): a name too
    (Käßmann/S, Großglockner/S, Dießen/S), unless it is the noun of a listed verb or a diminutive
    (Beißen/S from beißen, Füßchen/S)."""
    if not suffix_flags:
        return False
    if suffix_flags <= set(GENITIVE_ONLY):
        return stem.endswith(DIMINUTIVES) or (stem.endswith("en") and stem.lower() in lowercase)
    return True


def _expand(entries: list[str], aff: Path, encoding: str) -> list[str]:
    """Every word form of the entries, by hunspell's own ``unmunch``; the bare stems without it."""
    unmunch = shutil.which("unmunch")
    stems = [e.partition("/")[0] for e in entries]
    if unmunch is None:
        return stems
    with tempfile.TemporaryDirectory() as tmp:
        dic = Path(tmp) / "sharp.dic"
        dic.write_text(f"{len(entries)}\n" + "\n".join(entries) + "\n", encoding=encoding, errors="replace")
        result = subprocess.run([unmunch, str(dic), str(aff)], capture_output=True, timeout=60)
    if result.returncode != 0:
        return stems
    forms = result.stdout.decode(encoding, errors="replace").split()
    # "-straße": a form for hyphenated compounds, not a word
    return stems + [f for f in forms if not f.startswith("-") and "ß" in f]


@lru_cache(maxsize=1)
def load_sharp_forms() -> frozenset[str]:
    """The ß word forms of the installed hunspell dictionary (empty without one)."""
    dic = dictionary_path()
    if dic is None:
        return frozenset()
    aff = dic.with_suffix(".aff")
    raw_aff = aff.read_bytes()
    encoding = _encoding(raw_aff.decode("latin-1").splitlines())
    aff_lines = raw_aff.decode(encoding, errors="replace").splitlines()
    refusing, suffixes = _aff_flags(aff_lines)
    dic_lines = dic.read_bytes().decode(encoding, errors="replace").splitlines()[1:]
    return frozenset(_expand(sharp_stems(dic_lines, refusing, suffixes), aff, encoding))
