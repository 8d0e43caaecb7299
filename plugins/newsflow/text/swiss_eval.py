"""``newsflow eval-swiss``: how well ß restoration undoes Swiss spelling on GermEval 2014.

Every ß of a sentence is folded to ss, the sentence is restored, and each token is compared with
its original spelling.  Skipped: tokens in old spelling (``daß``, ``muß``: the word list is post-1996)
and sentences that are themselves in Swiss spelling (no ß, yet a common word the word list only
knows with ß).
"""
from __future__ import annotations

import argparse
from dataclasses import dataclass, field
from pathlib import Path

from newsflow.text.lexicon import Lexicon, fold, load_lexicon, wordlist_path
from newsflow.text.sharp_s import _segmentations, restore_sharp_s

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DIR = REPO_ROOT.parent / "shared" / "data" / "germeval2014"
DEFAULT_FILES = ("NER-de-test.tsv", "NER-de-dev.tsv")
# Stems that old spelling wrote with ß after a short vowel (daß, mußte, Schloß, Fluß).
OLD_SPELLING = ("daß", "muß", "wuß", "läß", "laß", "fluß", "schluß", "schloß", "miß", "biß", "riß",
                "faß", "haß", "kuß", "nuß", "genuß", "prozeß", "anlaß", "einfluß", "beschluß",
                "abschluß", "gewiß", "küßt", "paß", "preßt", "blaß", "naß", "fäß", "schuß", "guß",
                "verdruß", "geschoß", "schoß", "bewußt", "wußt", "ißt", "eßt", "häßlich", "gräßlich")


@dataclass
class Sentence:
    tokens: list[str]
    is_name: list[bool]  # token is inside a GermEval entity (outer or inner level)
    is_person: list[bool] = field(default_factory=list)  # inside a PER entity (outer level)


@dataclass
class Report:
    name: str
    sentences: int = 0
    skipped_swiss: int = 0
    skipped_old_tokens: int = 0
    candidates: int = 0  # tokens with "ss" after folding
    correct: int = 0
    sharp_tokens: int = 0
    sharp_restored: int = 0
    sharp_names: int = 0  # ß tokens inside entities (Käßmann): names are never changed
    sharp_names_restored: int = 0
    sharp_persons: int = 0  # ß tokens inside person names (Kreß): kept by rule, so always missed
    sharp_persons_restored: int = 0
    wrong_names: list[tuple[str, str]] = field(default_factory=list)
    wrong_non_sharp: list[tuple[str, str]] = field(default_factory=list)
    wrong_form: list[tuple[str, str]] = field(default_factory=list)
    # Every ß put in is right, another was left as ss (Flössaustrasse -> Flössaustraße): a miss, not a wrong change.
    partial: list[tuple[str, str]] = field(default_factory=list)
    missed: dict[str, int] = field(default_factory=dict)

    @property
    def accuracy(self) -> float:
        return self.correct / self.candidates if self.candidates else 1.0

    @property
    def recall(self) -> float:
        return self.sharp_restored / self.sharp_tokens if self.sharp_tokens else 1.0

    @property
    def recall_names(self) -> float:
        """ß recall inside entities (person names such as Käßmann are kept on purpose)."""
        return self.sharp_names_restored / self.sharp_names if self.sharp_names else 1.0

    @property
    def recall_outside_persons(self) -> float:
        """ß recall over every token but person names, which the rules keep on purpose."""
        total = self.sharp_tokens - self.sharp_persons
        return (self.sharp_restored - self.sharp_persons_restored) / total if total else 1.0

    @property
    def recall_words(self) -> float:
        """ß recall outside entities."""
        total = self.sharp_tokens - self.sharp_names
        return (self.sharp_restored - self.sharp_names_restored) / total if total else 1.0


def read_germeval(path: Path) -> list[Sentence]:
    sentences: list[Sentence] = []
    tokens: list[str] = []
    names: list[bool] = []
    persons: list[bool] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 3:
                if tokens:
                    sentences.append(Sentence(tokens, names, persons))
                tokens, names, persons = [], [], []
                continue
            tokens.append(cols[1])
            names.append(cols[2] != "O" or (len(cols) > 3 and cols[3] != "O"))
            persons.append(cols[2] in ("B-PER", "I-PER"))
    if tokens:
        sentences.append(Sentence(tokens, names, persons))
    return sentences


def fold_sharp(token: str) -> str:
    return token.replace("ß", "ss")


def is_old_spelling(token: str, lexicon: Lexicon) -> bool:
    """Pre-1996 ß after a short vowel: the word list knows the word, or a compound part holding the
    ß, only with ss (daß, Alltagsstreß = Alltags|stress, Eßlöffel = ess|löffel, Amboßfett)."""
    low = token.lower()
    if "ß" not in low or low in {f.lower() for f in lexicon.sharp.get(fold(low), ())}:
        return False
    if fold(low) in lexicon.ss_words or any(stem in low for stem in OLD_SPELLING):
        return True
    # where the folded token's ss came from a ß: "Alltagsstreß" -> alltagsstress, ß at 12
    sharp_at, pos = [], 0
    for char in low:
        if char == "ß":
            sharp_at.append(pos)
        pos += 2 if char == "ß" else 1
    splits = _segmentations(fold(low), lexicon)
    return bool(splits) and _has_old_part(splits[0], sharp_at, lexicon)


def _has_old_part(split: list[tuple[str, str]], sharp_at: list[int], lexicon: Lexicon) -> bool:
    """A whole-word part ending in a folded ß that the word list knows only with ss (Alltags|streß,
    Amboß|fett). Old spelling wrote ß only at the end of a word or stem, so a ß inside a part
    (Stösser|straße split as Stöss|erst|rasse) is no evidence, and neither is a bare verb stem."""
    start = 0
    for part, kind in split:
        ends_in_sharp = start + len(part) - 2 in sharp_at
        if kind == "word" and ends_in_sharp and part in lexicon.ss_words and part not in lexicon.sharp:
            return True
        start += len(part)
    return False


def is_swiss_sentence(sentence: Sentence, lexicon: Lexicon) -> bool:
    if any("ß" in t for t in sentence.tokens):
        return False
    for token, name in zip(sentence.tokens, sentence.is_name):
        low = token.lower()
        if "ss" not in low or low in lexicon.ss_words:
            continue
        if not name and (low in lexicon.sharp or _has_sharp_edge(low, lexicon, 5)):
            return True
        if name and _has_sharp_edge(low, lexicon, 6):  # "eine Römerstrasse durch den Schaanwald"
            return True
    return False


def _has_sharp_edge(low: str, lexicon: Lexicon, shortest: int) -> bool:
    """A compound that starts or ends with a word only spelled with ß: Bildgrösse, Grossinvestoren."""
    for i in range(shortest, len(low) - 2):
        for part in (low[:i], low[-i:]):
            if "ss" in part and part in lexicon.sharp and part not in lexicon.ss_words:
                return True
    return False


def _spaces(tokens: list[str]) -> list[bool]:
    """Spaces as the sentence was written, so that restoration sees real text: ``Schriftart, -stil
    und -grösse``, not ``Schriftart , - stil und - grösse`` (a lone hyphen before a lowercase word
    is an elided head and joins it)."""
    from newsflow.nlp.ner_train import guess_spaces

    spaces = guess_spaces(tokens)
    for i, token in enumerate(tokens[:-1]):
        if token == "-" and tokens[i + 1][:1].islower() and (i == 0 or spaces[i - 1]):
            spaces[i] = False
    return spaces


def restore_tokens(tokens: list[str], restore=restore_sharp_s) -> list[str]:
    """Restore a whole sentence (context matters) and cut the result back into tokens."""
    bounds, pos, parts = [], 0, []
    for token, space in zip(tokens, _spaces(tokens)):
        bounds.append((pos, pos + len(token)))
        parts.append(token + (" " if space else ""))
        pos += len(token) + (1 if space else 0)
    text = "".join(parts)
    out = list(tokens)
    for edit in restore(text):
        for i, (start, end) in enumerate(bounds):
            if start <= edit.start and edit.end <= end:
                out[i] = tokens[i][: edit.start - start] + edit.new + tokens[i][edit.end - start:]
    return out


def evaluate(name: str, sentences: list[Sentence], restore=restore_sharp_s) -> Report:
    lexicon = load_lexicon()
    report = Report(name)
    for sentence in sentences:
        report.sentences += 1
        if is_swiss_sentence(sentence, lexicon):
            report.skipped_swiss += 1
            continue
        folded = [fold_sharp(t) for t in sentence.tokens]
        predicted = restore_tokens(folded, restore)
        persons = sentence.is_person or [False] * len(sentence.tokens)
        for gold, given, pred, is_name, is_person in zip(sentence.tokens, folded, predicted, sentence.is_name, persons):
            if "ss" not in given.lower():
                continue
            if is_old_spelling(gold, lexicon):
                report.skipped_old_tokens += 1
                continue
            report.candidates += 1
            report.correct += pred == gold
            if "ß" in gold:
                report.sharp_tokens += 1
                report.sharp_restored += pred == gold
                report.sharp_names += is_name
                report.sharp_names_restored += is_name and pred == gold
                report.sharp_persons += is_person
                report.sharp_persons_restored += is_person and pred == gold
                if pred == given:
                    report.missed[gold] = report.missed.get(gold, 0) + 1
            if pred != given and pred != gold and is_partial_restoration(gold, pred):
                report.partial.append((gold, pred))
            elif pred != given and pred != gold:
                wrong = report.wrong_names if is_name else (
                    report.wrong_non_sharp if "ß" not in gold else report.wrong_form)
                wrong.append((gold, pred))
    return report


def is_partial_restoration(gold: str, pred: str) -> bool:
    """``pred`` is ``gold`` with some of its ß still written ss, and nothing else different."""
    i = j = 0
    while i < len(gold) and j < len(pred):
        if gold[i] == pred[j]:
            i, j = i + 1, j + 1
        elif gold[i] == "ß" and pred[j:j + 2].lower() == "ss":
            i, j = i + 1, j + 2
        else:
            return False
    return i == len(gold) and j == len(pred) and "ß" in pred


def naive_restore(text: str):
    """Baseline: a word the list knows only with ß gets it, no compounds, no context."""
    from newsflow.text.offsets import Edit
    from newsflow.text.sharp_s import WORD, _restore_case

    lexicon = load_lexicon()
    edits = []
    for match in WORD.finditer(text):
        token = match.group()
        forms = {f.lower() for f in lexicon.sharp.get(token.lower(), ())}
        if len(forms) == 1 and token.lower() not in lexicon.ss_words:
            restored = _restore_case(token, forms.pop())
            if restored and restored != token:
                edits.append(Edit(match.start(), match.end(), restored, "sharp_s"))
    return edits


def format_report(report: Report, examples: int) -> str:
    lines = [
        f"== {report.name}",
        f"sentences {report.sentences}, skipped as Swiss-spelled {report.skipped_swiss}, "
        f"old-spelling tokens skipped {report.skipped_old_tokens}",
        f"tokens with ss after folding: {report.candidates}; token accuracy {report.accuracy:.4f}",
        f"ß tokens: {report.sharp_tokens}; restored {report.sharp_restored}; ß recall {report.recall:.4f}",
        f"  outside entities: {report.sharp_tokens - report.sharp_names} tokens, ß recall {report.recall_words:.4f}; "
        f"inside entities: {report.sharp_names} tokens, {report.sharp_names_restored} restored, "
        f"ß recall {report.recall_names:.4f}",
        f"  outside person names (kept by rule): {report.sharp_tokens - report.sharp_persons} tokens, "
        f"ß recall {report.recall_outside_persons:.4f}",
        f"wrong changes: names {len(report.wrong_names)}, non-ß words {len(report.wrong_non_sharp)}, "
        f"wrong ß form {len(report.wrong_form)}; partial restorations (counted as missed) {len(report.partial)}",
    ]
    for label, wrong in (("name", report.wrong_names), ("non-ß", report.wrong_non_sharp),
                         ("form", report.wrong_form), ("partial", report.partial)):
        for gold, pred in wrong[:examples]:
            lines.append(f"  {'partial' if label == 'partial' else 'wrong ' + label}: {gold} -> {pred}")
    top = sorted(report.missed.items(), key=lambda kv: -kv[1])[:examples]
    if top:
        lines.append("  most missed: " + ", ".join(f"{w} ({n})" for w, n in top))
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", type=Path,
                        help=f"GermEval 2014 TSV files (default: {', '.join(DEFAULT_FILES)} in {DEFAULT_DIR})")
    parser.add_argument("--examples", type=int, default=10, help="wrong changes and misses to list")
    parser.add_argument("--baseline", action="store_true", help="also score the naive dictionary lookup")


def run(args: argparse.Namespace) -> int:
    if wordlist_path() is None:
        print("no German word list found (apt-get install wngerman); ß restoration is disabled")
        return 2
    files = list(args.files) or [DEFAULT_DIR / name for name in DEFAULT_FILES]
    missing = [f for f in files if not f.is_file()]
    if missing:
        print("missing: " + ", ".join(map(str, missing)))
        return 2
    for path in files:
        sentences = read_germeval(path)
        print(format_report(evaluate(path.name, sentences), args.examples))
        if args.baseline:
            print(format_report(evaluate(path.name + " (naive lookup)", sentences, naive_restore), 0))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="newsflow eval-swiss", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
