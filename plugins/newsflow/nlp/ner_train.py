"""``newsflow train-ner``: train the bundled German NER pipeline from GermEval 2014.

Recipe: training/ner.cfg. Data: ONLY ``NER-de-test.tsv``; every 10th sentence is held
out for spaCy's checkpoint selection. ``NER-de-dev.tsv`` is never read here (it is the
final evaluation set, see ``newsflow eval-ner``). Scratch files go to a temp dir; only
the assembled pipeline is written to ``--output`` (default models/de_newsflow_ner).

spaCy is imported inside functions so that registering the CLI stays cheap.
"""
from __future__ import annotations

import argparse
import random
import re
import shutil
import tempfile
import time
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

from newsflow.nlp.germeval import Sentence, bio_to_spans, read_germeval
from newsflow.nlp.model import BUNDLED_MODEL_DIR, REPO_ROOT, SHARED_DATA_DIR

__all__ = ["add_arguments", "run", "split_holdout", "swiss_spelling", "swap_entities",
           "guess_spaces", "AUGMENTATIONS"]

DEFAULT_TRAIN = SHARED_DATA_DIR / "germeval2014" / "NER-de-test.tsv"
DEFAULT_CONFIG = REPO_ROOT / "training" / "ner.cfg"
AUGMENTATIONS = ("swiss", "swap")
MODEL_NAME = "newsflow_ner"
MODEL_VERSION = "0.1.46"

# No space before closing punctuation, none after opening: ``( Berlin )`` -> ``(Berlin)``.
_NO_SPACE_BEFORE = set(",.;:!?)]}%“'")
_NO_SPACE_AFTER = set("([{„")


def split_holdout(sentences: Sequence[Sentence], every: int = 10) -> tuple[list[Sentence], list[Sentence]]:
    """Deterministic split: every ``every``-th sentence goes to the holdout (checkpoint) set."""
    train = [s for i, s in enumerate(sentences) if i % every != every - 1]
    holdout = [s for i, s in enumerate(sentences) if i % every == every - 1]
    return train, holdout


def guess_spaces(tokens: Sequence[str]) -> list[bool]:
    spaces = []
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        spaces.append(nxt is not None and nxt not in _NO_SPACE_BEFORE and tok not in _NO_SPACE_AFTER)
    return spaces


def swiss_spelling(sentence: Sentence) -> Sentence | None:
    """Swiss orthography has no ß (``Straße`` -> ``Strasse``); None if nothing changes."""
    if not any("ß" in t for t in sentence.tokens):
        return None
    return Sentence(tuple(t.replace("ß", "ss") for t in sentence.tokens), sentence.tags)


def _entity_pool(sentences: Iterable[Sentence]) -> dict[str, list[tuple[str, ...]]]:
    pool: dict[str, set[tuple[str, ...]]] = {}
    for s in sentences:
        for start, end, label in bio_to_spans(s.tags):
            pool.setdefault(label, set()).add(s.tokens[start:end])
    return {label: sorted(names) for label, names in pool.items()}


def swap_entities(sentence: Sentence, pool: dict[str, list[tuple[str, ...]]], rng: random.Random) -> Sentence | None:
    """Replace every entity by another training entity of the same label (forces context use)."""
    spans = sorted(bio_to_spans(sentence.tags))
    if not spans:
        return None
    tokens: list[str] = []
    tags: list[str] = []
    pos = 0
    for start, end, label in spans:
        tokens.extend(sentence.tokens[pos:start])
        tags.extend(sentence.tags[pos:start])
        new = rng.choice(pool[label])
        tokens.extend(new)
        tags.extend([f"B-{label}"] + [f"I-{label}"] * (len(new) - 1))
        pos = end
    tokens.extend(sentence.tokens[pos:])
    tags.extend(sentence.tags[pos:])
    return Sentence(tuple(tokens), tuple(tags))


def augment(sentences: Sequence[Sentence], kinds: Iterable[str], seed: int = 0) -> list[Sentence]:
    rng = random.Random(seed)
    out = list(sentences)
    kinds = set(kinds)
    if "swiss" in kinds:
        out.extend(a for a in map(swiss_spelling, sentences) if a is not None)
    if "swap" in kinds:
        pool = _entity_pool(sentences)
        out.extend(a for a in (swap_entities(s, pool, rng) for s in sentences) if a is not None)
    return out


def _to_docbin(sentences: Iterable[Sentence], path: Path) -> int:
    import spacy
    from spacy.tokens import Doc, DocBin

    vocab = spacy.blank("de").vocab
    db = DocBin()
    n = 0
    for s in sentences:
        words = [unicodedata.normalize("NFC", t) for t in s.tokens]
        doc = Doc(vocab, words=words, spaces=guess_spaces(words), ents=list(s.tags))
        db.add(doc)
        n += 1
    db.to_disk(path)
    return n


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data", type=Path, default=DEFAULT_TRAIN, help="GermEval training file (NER-de-test.tsv)")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--output", type=Path, default=BUNDLED_MODEL_DIR)
    parser.add_argument("--augment", default="", help=f"comma list of {AUGMENTATIONS}; default none (the shipped model)")
    parser.add_argument("--max-steps", type=int, default=None, help="override training.max_steps")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--no-ruler", action="store_true", help="do not add the gazetteer entity_ruler")
    parser.add_argument("--workdir", type=Path, default=None, help="scratch dir (default: temp, deleted)")
    parser.add_argument("--init-tok2vec", type=Path, default=None,
                        help="tok2vec weights from `spacy pretrain` (needs a config with a [pretraining] block, e.g. "
                             "training/experiments/ner_pretrain.cfg); default: random init (the shipped recipe)")
    parser.add_argument("--pretrain", action="store_true",
                        help="first run `spacy pretrain` on German text from Debian doc packages "
                             "(newsflow.nlp.ner_pretrain; experiment, not the shipped recipe); with --init-tok2vec "
                             "the weights are also saved there")


def run(args: argparse.Namespace) -> int:
    from spacy.cli.train import train as spacy_train

    from newsflow.nlp.ner_features import register

    register()  # the recipe may embed lexical features (training/ner.cfg [nlp.after_creation])
    if not args.data.exists():
        print(f"training data not found: {args.data}")
        return 2
    if args.data.name == "NER-de-dev.tsv":
        print("refusing to train on the GermEval dev set (it is the evaluation set)")
        return 2
    kinds = [k for k in args.augment.split(",") if k]
    unknown = set(kinds) - set(AUGMENTATIONS)
    if unknown:
        print(f"unknown augmentation(s): {sorted(unknown)}")
        return 2
    from spacy.util import load_config

    init_tok2vec = getattr(args, "init_tok2vec", None)
    do_pretrain = getattr(args, "pretrain", False)
    if (init_tok2vec is not None or do_pretrain) and not load_config(args.config).get("pretraining"):
        # spaCy silently ignores [initialize] init_tok2vec when the config has no [pretraining]
        # block (it names the layer to load into): refuse instead of training from scratch.
        print(f"--init-tok2vec/--pretrain need a [pretraining] block in {args.config}")
        return 2
    if init_tok2vec is not None and not do_pretrain and not init_tok2vec.exists():
        print(f"pretrained tok2vec weights not found: {init_tok2vec}")
        return 2
    work = args.workdir or Path(tempfile.mkdtemp(prefix="newsflow-ner-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        train, holdout = split_holdout(read_germeval(args.data))
        n_train = _to_docbin(augment(train, kinds, args.seed), work / "train.spacy")
        n_hold = _to_docbin(holdout, work / "holdout.spacy")
        print(f"train docs {n_train} (augment={kinds}), holdout docs {n_hold}")
        overrides = {"paths.train": str(work / "train.spacy"), "paths.dev": str(work / "holdout.spacy"),
                     "system.seed": args.seed}
        if do_pretrain:
            from newsflow.nlp.ner_pretrain import pretrain

            weights = pretrain(args.config, work, train, seed=args.seed)
            if weights is None:
                return 2
            if init_tok2vec is not None:
                init_tok2vec.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(weights, init_tok2vec)
                print(f"saved pretrained tok2vec weights to {init_tok2vec}")
            init_tok2vec = weights
        if init_tok2vec is not None:
            overrides["paths.init_tok2vec"] = str(init_tok2vec)
            print(f"tok2vec initialised from {init_tok2vec}")
        if args.max_steps:
            overrides["training.max_steps"] = args.max_steps
        t0 = time.monotonic()
        spacy_train(args.config, work / "out", overrides=overrides)
        print(f"training took {time.monotonic() - t0:.0f}s")
        assemble(work / "out" / "model-best", args.output, ruler=not args.no_ruler)
        print(f"saved pipeline to {args.output}")
    finally:
        if args.workdir is None:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def assemble(trained: Path, output: Path, ruler: bool = True) -> None:
    """Trained tok2vec+ner -> shipped pipeline: + sentencizer (+ gazetteer ruler), meta, no optimizer state."""
    import spacy

    from newsflow.nlp.ner_rules import RULE_COMPONENT, add_entity_ruler, register

    register()
    nlp = spacy.load(trained)
    for name in ("gazetteer_ruler", RULE_COMPONENT):  # re-assembling a shipped pipeline refreshes its rules
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    if "sentencizer" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "parser" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    if ruler:
        add_entity_ruler(nlp, after="ner")
    nlp.meta.update({"name": MODEL_NAME, "version": MODEL_VERSION,
                     "description": "newsflow German NER trained on GermEval 2014 (see MODEL_CARD.md)",
                     "license": "CC BY 4.0 (training data)", "sources": [{"name": "GermEval 2014 NER",
                     "url": "https://sites.google.com/site/germeval2014ner/", "license": "CC BY 4.0"}]})
    card = output / "MODEL_CARD.md"
    keep = card.read_text(encoding="utf-8") if card.exists() else None
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(output)
    # The scratch corpus paths of this run mean nothing elsewhere; ship the recipe's nulls.
    cfg = output / "config.cfg"
    cfg.write_text(re.sub(r'(?m)^(train|dev) = "[^"]*"$', r"\1 = null", cfg.read_text(encoding="utf-8"), count=2),
                   encoding="utf-8")
    if keep is not None:
        card.write_text(keep, encoding="utf-8")
