"""Pretraining text and ``spacy pretrain`` for the NER tok2vec (used by ``newsflow train-ner``).

The tok2vec of training/ner.cfg is first pretrained (spaCy's character objective: predict the
first and last characters of each word from its context) on raw German text, then the NER is
trained from those weights. No annotations and no GermEval dev data are involved. Text:

* German prose shipped by Debian packages, PRETRAIN_PACKAGES; only the files that ``dpkg -L``
  lists for them are read, so other installed man pages do not change the text. They are NOT in
  scripts/apt-packages.txt (libreoffice-help-de pulls in LibreOffice, ~250 packages, and the
  shipped recipe does not pretrain): ``apt-get install`` them by hand to re-run the experiment;
* the *training* sentences of NER-de-test.tsv (the holdout slice stays out).

That is about 80,000 paragraphs / 1.8 million words (man pages, LibreOffice help, fortunes,
Debian manuals): not news, but German morphology, capitalisation and context.
The text only shapes the weights; none of it is shipped.
"""
from __future__ import annotations

import gzip
import json
import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

from newsflow.nlp.germeval import read_germeval

__all__ = ["PRETRAIN_PACKAGES", "collect", "build_text", "pretrain", "is_german_prose"]

PRETRAIN_PACKAGES = ("manpages-de", "fortunes-de", "debian-reference-de", "debian-edu-doc-de",
                     "libreoffice-help-de", "developers-reference-de", "debian-faq-de", "maint-guide-de")
MIN_WORDS = 1_000_000  # refuse to pretrain on (much) less text than the recipe was measured with

GERMAN_WORDS = {"der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "für",
                "auf", "sich", "von", "werden", "wird", "sie", "es", "im", "zu", "auch", "dem"}
_BLOCK = {"p", "div", "li", "br", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
          "dt", "dd", "title", "table", "ul", "ol", "blockquote", "section"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "pre", "code"):
            self.skip += 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style", "pre", "code") and self.skip:
            self.skip -= 1
        if tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_paragraphs(path: Path) -> list[str]:
    p = _Text()
    try:
        p.feed(path.read_text(encoding="utf-8", errors="replace"))
    except Exception:  # noqa: BLE001 - a broken page is skipped
        return []
    return [re.sub(r"\s+", " ", x).strip() for x in "".join(p.parts).split("\n")]


_TROFF_ESC = re.compile(r"\\f(\[[A-Z]*\]|\(..|.)|\\\(..|\\\*\(..|\\\*.|\\[&|^%]|\\s[-+]?\d+")


def man_paragraphs(path: Path) -> list[str]:
    raw = gzip.open(path, "rt", encoding="utf-8", errors="replace").read()
    paras, cur = [], []
    for line in raw.splitlines():
        if line.startswith((".", "'")):
            m = re.match(r"^\.(B|I|BR|IR|RB|RI|BI|IB)\s+(.*)$", line)
            if m:
                cur.append(m.group(2).replace('"', ""))
                continue
            if cur:
                paras.append(" ".join(cur))
                cur = []
            continue
        cur.append(line)
    if cur:
        paras.append(" ".join(cur))
    out = []
    for p in paras:
        p = _TROFF_ESC.sub("", p).replace("\\-", "-").replace("\\e", "\\").replace("\\ ", " ")
        out.append(re.sub(r"\s+", " ", p).strip())
    return out


def fortune_paragraphs(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [re.sub(r"\s+", " ", x).strip() for x in re.split(r"(?m)^%\s*$", text)]


def is_german_prose(p: str) -> bool:
    words = p.split()
    if len(words) < 6:
        return False
    letters = sum(c.isalpha() for c in p)
    if letters < 0.7 * len(p.replace(" ", "")):
        return False
    return sum(w.lower().strip(".,;:!?") in GERMAN_WORDS for w in words) >= max(1, len(words) // 15)


def collect(root: Path, only: set[str] | None = None) -> list[str]:
    """Paragraphs of German prose under ``root``/usr/share (in a fixed order); with ``only``, just
    the files (paths relative to ``root``, as ``dpkg -L`` prints them) of the given packages."""
    share = root / "usr" / "share"

    def keep(f: Path) -> bool:
        return only is None or "/" + str(f.relative_to(root)).lstrip("/") in only

    paras: list[str] = []
    for f in sorted((share / "man").glob("de*/man*/*.gz")) if (share / "man").exists() else []:
        if keep(f):
            paras.extend(man_paragraphs(f))
    fort = share / "games" / "fortunes" / "de"
    if fort.exists():
        for f in sorted(fort.glob("*.u8")):
            if keep(f):
                paras.extend(fortune_paragraphs(f))
    html_dirs = [share / "debian-reference", share / "developers-reference", share / "doc" / "debian-edu-doc-de",
                 share / "doc" / "maint-guide-de", share / "doc" / "debian" / "FAQ",
                 share / "libreoffice" / "help" / "de"]
    for d in html_dirs:
        if not d.exists():
            continue
        for f in sorted(d.rglob("*.html")):
            name = f.name
            if d.name in ("debian-reference", "developers-reference", "FAQ") and ".de." not in name \
                    and "/de/" not in str(f):
                continue
            if keep(f):
                paras.extend(html_paragraphs(f))
    return paras


def package_files(packages=PRETRAIN_PACKAGES) -> set[str] | None:
    """Files of the installed packages (``dpkg -L``); None when a package is missing."""
    files: set[str] = set()
    for pkg in packages:
        try:
            out = subprocess.run(["dpkg", "-L", pkg], check=True, capture_output=True, text=True).stdout
        except (OSError, subprocess.CalledProcessError):
            return None
        files.update(line.strip() for line in out.splitlines() if line.strip())
    return files


def germeval_train_text(sentences) -> list[str]:
    from newsflow.nlp.ner_train import guess_spaces

    out = []
    for s in sentences:
        sp = guess_spaces(s.tokens)
        out.append("".join(t + (" " if b else "") for t, b in zip(s.tokens, sp)))
    return out


def build_text(out: Path, train_sentences, root: Path = Path("/"), only: set[str] | None = None) -> int:
    """Write the pretraining JSONL (``{"text": ...}`` per paragraph, deduplicated); returns words."""
    seen: set[str] = set()
    n_words = 0
    texts = [p for p in collect(root, only) if is_german_prose(p)] + germeval_train_text(train_sentences)
    with out.open("w", encoding="utf-8") as fh:
        for t in texts:
            if t in seen:
                continue
            seen.add(t)
            n_words += len(t.split())
            fh.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    return n_words


def pretrain(config: Path, work: Path, train_sentences, seed: int = 0) -> Path | None:
    """Build the text and run ``spacy pretrain`` (epochs from the config); returns the weights file."""
    from spacy.training.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    only = package_files()
    if only is None:
        print("pretraining needs the Debian packages " + " ".join(PRETRAIN_PACKAGES) +
              " (scripts/apt-packages.txt; run scripts/setup.sh)")
        return None
    text = work / "pretrain.jsonl"
    n_words = build_text(text, train_sentences, Path("/"), only)
    print(f"pretraining text: {n_words} words")
    if n_words < MIN_WORDS:
        print(f"too little pretraining text ({n_words} < {MIN_WORDS} words)")
        return None
    cfg = load_config(config, overrides={"paths.raw_text": str(text), "system.seed": seed}, interpolate=False)
    cfg = cfg.interpolate()
    epochs = int(cfg["pretraining"]["max_epochs"])
    out = work / "pretrain"
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    t0 = time.monotonic()
    spacy_pretrain(cfg, out, silent=False)
    print(f"pretraining took {time.monotonic() - t0:.0f}s")
    weights = out / f"model{epochs - 1}.bin"
    return weights if weights.exists() else None
