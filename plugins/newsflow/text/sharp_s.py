"""ß restoration for Swiss spelling: ``schliesslich`` -> ``schließlich``, ``Grossrat`` -> ``Großrat``.

The rule of thumb is that a wrong change is worse than a missed one, so a word is changed only when
the word list spells it (or the compound part holding the "ss") with ß and never with ss.
Decisions that do not depend on context are cached per word.
"""
from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from wordfreq import zipf_frequency

from newsflow.text.lexicon import Lexicon, fold, load_lexicon
from newsflow.text.offsets import Edit
from newsflow.text.places import load_places

WORD = re.compile(r"[^\W\d_]+")
MIN_PART = 3  # shorter compound parts ("an", "um") make nonsense splits (Hass|an)
MIN_TAIL = 6  # a name may precede only a long ß noun (strasse, grösse), never "fuss" or "mass"
MAX_COMPOUND = 40  # longer "words" are junk (URLs, glued text): not worth a quadratic split
MIN_PLACE = 5  # a place inside a compound: shorter names (Göß, Floß) match by accident
# A short capitalized word only the hunspell supplement knows is as often a name (Geißler, Reuß)
MAX_SUPPLEMENT_NAME = 8
SPLIT_MARGIN = 0.75  # Zipf units (a factor of 5.6) between competing compound splits

# Under which context a decision applies:
ALWAYS = "always"
AFTER_DETERMINER = "after_determiner"  # "das Grosse" -> "das Große", but "Michael Gross" stays
ADJECTIVE_OF_PLACE = "place_adjective"  # "Strassburger Münster" -> "Straßburger", "Herr Strassburger" stays
AFTER_ARTICLE = "after_article"  # "die Reuss" -> "die Reuß", but "Reuss sagte" (a family name) stays
AMBIGUOUS = "ambiguous"  # Masse/Maße, Busse/Buße, Schoss/Schoß: context must decide
PLACE = "place"  # "nach Giessen" -> "nach Gießen", but "Hans Giessen" (a person) stays
PLACE_HOMONYM = "place_homonym"  # the town Füssen stays, "mit den Füssen" -> "mit den Füßen"
TRUNCATED = "truncated"  # only as a compound's first part cut off before "und": "Buss- und Bettag"

# ß spellings that are also frequent family names (Richard Strauss, Anna Weiss, Hans Gross);
# a capitalized token in this set is only changed after an article ("einen Strauss Rosen").
SURNAME_RISK = frozenset({"strauß", "weiß", "groß", "voß", "heß", "roß", "süß", "preuß", "grieß",
                          "stößel", "spieß", "grüß", "gießer", "schließer"})
# Endings of family names built from an ß word: Grossmann, Weisshaupt, Strassberger.
SURNAME_TAILS = ("mann", "berger", "bacher", "hofer", "haupt", "linger", "inger", "egger", "bauer")
PLACE_ENDINGS = ("burg", "berg", "dorf", "stadt", "feld", "hausen", "heim", "en")

DETERMINERS = frozenset(
    "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines "
    "im ins am ans vom zum zur beim aufs übers fürs ums dieser diese dieses diesem diesen jene jener "
    "jenes jenem jenen sein seine seinem seinen seiner seines ihr ihre ihrem ihren ihrer ihres mein "
    "meine meinem meinen meiner unser unsere unserem unseren unserer euer eure dein deine alles etwas "
    "nichts viel wenig jedes jeder jedem jeden welche welches welchem".split()
)
ADJECTIVE_ENDINGS = ("e", "em", "en", "er", "es")
# Derivational suffixes the word list does not list with every stem: Großherzog -> Großherzogtum.
DERIVATION_SUFFIXES = ("tum", "tums", "schaft", "schaften", "heit", "heiten", "keit", "keiten", "chen")
# Nouns of action from a verb stem the list only has as a verb: ergiessen -> Ergiessungen -> Ergießungen.
VERBAL_NOUN_SUFFIXES = ("ung", "ungen")
# Feminine suffixes: their nouns take no genitive -s, so a trailing -s is a compound's link.
LINKING_S_SUFFIXES = ("ung", "heit", "keit", "schaft", "ion", "tät")
# A subject pronoun right after a capitalized word makes it the verb of a question or a fronted
# clause: "Weiss er, wovon er spricht?" -> "Weiß er"; a family name is not followed so.
SUBJECT_PRONOUNS = frozenset("ich du er wir ihr man".split())
# Person nouns from a ß noun's plural stem: Füße -> (Kopf)füßler, (Glieder)füßer; only after a head.
PLURAL_STEM_SUFFIXES = ("ler", "lern", "lers", "er", "ern", "ers")
UNUMLAUT = str.maketrans("äöü", "aou")  # Füße -> Fuß: the plural's singular
# Nouns a place name follows as an apposition: "Landgemeinde Niederlössnitz", "Universität Giessen".
# (no "land", "ort": first names end so, Roland, Gort)
PLACE_NOUNS = ("stadt", "gemeinde", "dorf", "kreis", "bezirk", "kanton", "region", "ortsteil",
               "universität", "hochschule", "bahnhof", "flughafen")
HOMONYM_PREPOSITIONS = frozenset({"mit", "zu"})  # "mit Füssen treten", "zu Füssen": never the town
PREPOSITIONS = frozenset("mit zu auf an unter von bei aus vor hinter über in nach durch ohne gegen für".split())
CONJUNCTIONS = frozenset("und oder sowie".split())
GREAT = "groß"  # villages come in pairs: "Groß Karben", "Groß-Gerau" (and Klein ...)
# Joins a truncated compound to the next one: "Münz-, Mass- und Gewichtsordnung", "Gross-/Kleinschreibung".
TRUNCATION = re.compile(r"-(?=\s*(?:,|/|und\b|oder\b|bzw\.|sowie\b|als\b|wie\b|statt\b|bis\b))")
# Swiss fines the word list lacks (German says Bußgeld): "Ordnungsbusse", "Millionenbusse", "Parkbussen"
# -> Ordnungsbuße; modifiers no bus takes. "Elektrobusse", "Reisebusse" are vehicles and stay.
FINE_COMPOUND = re.compile(r"(?:ordnungs|park|konventional|disziplinar|kartell|millionen|rekord|steuer)"
                           r"(buss)(?:e|en)(?:gesetz|verfahren|liste|katalog|zettel|bescheid)?")
# A compound on "Bussen-" is a fine's: bus compounds take "Bus-" (Busfahrer, Busspur), so
# "Bussenerträge", "Bussenzettel" -> Bußen...; the rest must be a word the list knows (not "Bussenius").
FINE_HEAD = "bussen"
MIN_FINE_TAIL = 4
# Twin formulas with Groß: "für Gross und Klein", "Klein und Gross" -> Groß (two people would be named)
GREAT_AND_SMALL = (re.compile(r"\s+und\s+klein\b", re.IGNORECASE), re.compile(r"\bklein\s+und\s+$", re.IGNORECASE))
# Colours paired with a colour: "Schwarz und Weiss", "Rot oder Weiss" -> Weiß (the name Weiss pairs with none).
COLOURS = frozenset("schwarz rot blau grün gelb grau braun orange violett rosa silber gold".split())
PAIRED = re.compile(r"([^\W\d_]+)-?\s*(?:\bund|\boder|&|/)\s*$")  # also "Schwarz- und Weiss-Pixel"
WHITE = "weiß"
# Colours that are also frequent family names (Schwarz, Braun): alone they do not make a list of colours.
NAME_COLOURS = frozenset("schwarz braun gold silber".split())
_COLOUR = r"\b(?:" + "|".join(sorted(COLOURS)) + r")\b"
_PLAIN_COLOUR = r"\b(?:" + "|".join(sorted(COLOURS - NAME_COLOURS)) + r")\b"
# "von Schwarz nach Weiss", "von Schwarz über Grau bis Weiss", "Schwarz (links) nach Weiss"
# ("von Schwarz zu Weiss" may hand an office from one person to another: "zu" only after a colour
# that is no family name)
GRADIENT = re.compile(r"(?:\b(?:von|vom)\s+(?:" + _COLOUR + r"[^.!?;:]{0,40}?\b(?:nach|bis)|"
                      + _PLAIN_COLOUR + r"[^.!?;:]{0,40}?\bzum?)|"
                      + _COLOUR + r"[^.!?;:\w]{0,12}(?:\([^()]{0,15}\)\s*)?\bnach)\s+$", re.IGNORECASE)
COLOUR_LIST_BEFORE = re.compile(r"([^\W\d_]+)\s*,\s*$")  # "Rot, Weiss"
COLOUR_LIST_AFTER = re.compile(r"\s*(?:,|\bund\b|\boder\b)\s*([^\W\d_]+)")  # "Weiss, Grau", "Weiss und Rot"
# Inflections no family name has: "etwas Grosses", "mit Weissem" (but Grosse, Grosser, Weisse are names).
NOMINAL_ENDINGS = ("es", "em")
# Dimensions after Masse/Massen: "mit den Massen von 100 mal 55 Metern" -> Maßen.
DIMENSIONS = re.compile(r"\s*(?::|von)?\s*(?:rund|etwa|ca\.)?\s*\d[\d.,'’]*\s*(?:[a-z]{1,2}\s*)?(?:mal|x|×)\s*\d")
# A lowercase word cut off by a period that ends no sentence is an abbreviation: "(russ.)", "russ. Name".
ABBREVIATION = re.compile(r"\.(?:\s*[),;:]|\s*[^\W\d_A-ZÄÖÜ])")
# Verbs of saying: a capitalized word right before or after one is a speaker, not a thing.
REPORTING_VERBS = frozenset(
    "sagte sagt sagten erklärte erklärt erklärten betonte betont meinte meint kritisierte kritisiert "
    "forderte fordert warnte warnt schrieb schreibt bestätigte bestätigt ergänzte ergänzt sprach spricht "
    "antwortete antwortet widersprach widerspricht".split())
SAYING = frozenset("sagte sagt sagten meinte meint ergänzte ergänzt antwortete antwortet".split())
REPORTING_AFTER = re.compile(r"[ \t]+(?:" + "|".join(sorted(REPORTING_VERBS)) + r")\b")
# A subject right after the verb: the word before the verb was no subject ("Bloss sagte er ...").
# ("sie", "die", "das" may be the object: "Heiss kritisierte sie" leaves Heiss a name)
SUBJECT_AFTER = re.compile(r"[ \t]+(?:er|man|wir|ich|du|der)\b")
# Family names from adjectives are short (Heiss, Bloss, Mässig); "Abschliessend fordert" is an adverb.
MAX_ADJECTIVE_NAME = 7
QUESTION_END = re.compile(r"[.!?\n]")  # the mark that closes the sentence a word stands in
SENTENCE_OPENERS = frozenset('.!?:\n"„“«»(–—')


@dataclass(frozen=True)
class Decision:
    form: str  # the ß spelling, in the lowercase shape of the token
    condition: str


def _restore_case(token: str, form: str) -> str | None:
    """Put the ß of ``form`` into ``token`` keeping the token's letters: (Strasse, straße) -> Straße."""
    if len(form) + form.count("ß") != len(token):
        return None  # lowercasing changed the length ("İ"): positions no longer line up
    out: list[str] = []
    j = 0
    for char in form:
        if char == "ß":
            if token[j:j + 2] != "ss":
                return None  # "GROSS": all-caps keeps SS
            out.append("ß")
            j += 2
        else:
            out.append(token[j])
            j += 1
    return "".join(out)


def _segmentations(word: str, lexicon: Lexicon) -> list[list[tuple[str, str]]]:
    """The cheapest splits of ``word`` into known parts: fewest parts, then fewest linking -s-
    (Kirchen|strasse, not Kirchens|trasse), then fewest bare verb stems (Schliess|muskel)."""
    known = lexicon.known
    n = len(word)
    # best[i] = (cost, splits of word[:i])
    best: list[tuple[tuple[int, int, int], list[list[tuple[str, str]]]] | None] = [None] * (n + 1)
    best[0] = ((0, 0, 0), [[]])
    for end in range(MIN_PART, n + 1):
        final = end == n
        options: list[tuple[tuple[int, int, int], list[list[tuple[str, str]]]]] = []
        for start in range(0, end - MIN_PART + 1):
            if best[start] is None:
                continue
            part = word[start:end]
            cost, splits = best[start]
            if part in known:
                kind, extra = "word", (1, 0, 0)
            elif not final and part.endswith("s") and part[:-1] in known:
                kind, extra = "link", (1, 1, 0)
            elif not final and part + "en" in known:
                kind, extra = "stem", (1, 0, 1)
            else:
                continue
            total = (cost[0] + extra[0], cost[1] + extra[1], cost[2] + extra[2])
            options.append((total, [split + [(part, kind)] for split in splits]))
        if options:
            cheapest = min(cost for cost, _ in options)
            splits = [split for cost, group in options if cost == cheapest for split in group]
            best[end] = (cheapest, splits[:8])
    return best[n][1] if best[n] else []


def _part_form(part: str, kind: str, lexicon: Lexicon) -> str | None:
    """The ß spelling of one compound part, "" when the part is right with ss, None when unsure."""
    key, suffix = {"word": (part, ""), "link": (part[:-1], "s"), "stem": (part + "en", "")}[kind]
    forms = lexicon.sharp.get(key)
    if forms and key not in lexicon.ss_words:
        lowered = {f.lower() for f in forms}
        if len(lowered) != 1:
            return None
        form = lowered.pop()
        return (form[:-2] if kind == "stem" else form) + suffix
    if forms:
        return None  # both spellings exist (masse/maße): no context inside a compound
    return ""


def _compound_form(word: str, lexicon: Lexicon) -> str | None:
    """``strassennamen`` -> ``straßennamen`` when every cheapest split agrees."""
    if len(word) > MAX_COMPOUND:
        return None
    head = _ss_place_head(word, lexicon)
    if head is not None:
        # "Weissensteinstrasse", "Küssnachterstrasse": the Swiss place keeps its official ss
        tail = _head_form(word[len(head):], lexicon) if "ss" in word[len(head):] else None
        return head + tail if tail and "ß" in tail else None
    splits = _segmentations(word, lexicon)
    named = _named_compound(word, lexicon)
    if named and (not splits or len(splits[0]) > 2):
        # A name plus a long ß noun is two parts, fewer than a split through the noun:
        # Stösser|strasse, not Stöss|erst|rasse
        form = named.pop() if len(named) == 1 else None
        return form if form and "ß" in form else None
    scored: dict[str, float] = {}  # spelling -> best score of a split giving it
    for split in splits:
        if split[-1][1] == "word" and len(split[-1][0]) <= MIN_PART and any(kind == "stem" for _, kind in split):
            continue  # a verb stem and a scrap: "Büss|ing" is a family name, not büßen + "Ing."
        out = []
        for part, kind in split:
            form = _part_form(part, kind, lexicon)
            if form is None:
                return None
            out.append(form or part)
        spelling = "".join(out)
        scored[spelling] = max(scored.get(spelling, -1.0), _split_score(split))
    if not scored:
        form = _derived_form(word, lexicon) or _verbal_noun_form(word, lexicon) or _plural_stem_form(word, lexicon)
    elif len(scored) == 1:
        form = next(iter(scored))
    else:
        # Splits disagree (Feld|strasse vs Felds|trasse): follow the one made of far more
        # frequent words, else keep "ss".
        ranked = sorted(scored.items(), key=lambda kv: -kv[1])
        form = ranked[0][0] if ranked[0][1] - ranked[1][1] >= SPLIT_MARGIN else _street_over_route(word, scored)
    return form if form and "ß" in form else None


# Suffixes after which German links with -s- ("Leitung|s|trasse", "Gemeinschaft|s|..."): there the "s" before
# "trasse" may be the link; elsewhere it opens "strasse" ("Rosengarten|strasse", not "Rosengartens|trasse").
_LINKING_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "sion", "ität", "ling", "tum", "sal")


def _street_over_route(word: str, scored: dict[str, float]) -> str | None:
    """Between "…|straße" and "…s|trasse" (a route), the street, unless a linking -s- is due before it."""
    if not word.endswith("strasse") or word[:-len("strasse")].endswith(_LINKING_SUFFIXES):
        return None
    streets = [w for w in scored if w.endswith("straße")]
    return streets[0] if len(streets) == 1 and all(w.endswith(("straße", "trasse")) for w in scored) else None


def _ss_place_head(word: str, lexicon: Lexicon) -> str | None:
    """The longest head of ``word`` that is a place officially spelled with ss and no common word
    (weissenstein, küssnacht; not the hamlet "Strassen", which is also the plural of Straße)."""
    places = load_places()
    for cut in range(len(word) - MIN_PART, MIN_PLACE - 1, -1):
        head = word[:cut]
        if "ss" in head and head in places.ss and head not in lexicon.known:
            rest = word[cut:]
            rest = rest[2:] if rest.startswith("er") and rest[2:] in lexicon.known else rest  # Küssnachter|strasse
            if rest in lexicon.known or "ss" in rest:
                return word[:len(word) - len(rest)]
    return None


def _split_score(split: list[tuple[str, str]]) -> float:
    """The Zipf frequency of the rarest part (wordfreq folds ß to ss, which suits this)."""
    keys = [{"word": p, "link": p[:-1], "stem": p + "en"}[k] for p, k in split]
    return min(zipf_frequency(key, "de") for key in keys)


def _named_compound(word: str, lexicon: Lexicon) -> set[str]:
    """A name plus a long ß noun, the name untouched: ``Pestalozzistrasse`` -> ``Pestalozzistraße``,
    ``Stösserstrasse`` -> ``Stösserstraße`` (the head is unknown, so its "ss" may be a name's)."""
    results: set[str] = set()
    for start in range(MIN_PART, len(word) - MIN_TAIL + 1):
        head, tail = word[:start], word[start:]
        if "ss" in tail and (form := _part_form(tail, "word", lexicon)) and not _segmentations(head, lexicon):
            place = load_places().sharp_only(head)  # a ß place is no family name: Grossarl|strasse
            results.add((place.lower() if place else head) + form)
    return results


def _head_form(head: str, lexicon: Lexicon) -> str | None:
    """The spelling of a known compound head: itself, its ß form, or None when unsure."""
    if head in lexicon.known:
        form = _part_form(head, "word", lexicon)
        return None if form is None else (form or head)
    return _compound_form(head, lexicon) if "ss" in head else None


def _derived_form(word: str, lexicon: Lexicon) -> str | None:
    """A ß word plus a derivational suffix: ``grossherzogtum`` -> ``großherzogtum``."""
    for suffix in DERIVATION_SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= MIN_PART and "ss" in stem:
            form = _head_form(stem, lexicon)
            if form and "ß" in form:
                return form + suffix
    return None


def _verbal_noun_form(word: str, lexicon: Lexicon) -> str | None:
    """A -ung noun of a verb the list knows only with ß: ``ergiessungen`` -> ``ergießungen``."""
    for suffix in VERBAL_NOUN_SUFFIXES:
        stem = word[: -len(suffix)]
        verb = stem + "en"
        if word.endswith(suffix) and "ss" in stem and verb not in lexicon.ss_words:
            forms = {f for f in lexicon.sharp.get(verb, ()) if f[0].islower()}
            if len(forms) == 1:
                return forms.pop()[:-2] + suffix
    return None


def _plural_stem_form(word: str, lexicon: Lexicon) -> str | None:
    """Head + umlauted ß plural stem + -ler/-er: ``kopffüssler`` -> ``kopffüßler`` (Fuß, Füße),
    ``gliederfüsser``. The stem must be an umlauted plural of a ß noun, and a known head must come
    first: a bare "Stösser", a "Bergstrasser" (Strasse has no umlaut plural) are family names."""
    for suffix in PLURAL_STEM_SUFFIXES:
        if not word.endswith(suffix):
            continue
        rest = word[: -len(suffix)]
        for cut in range(MIN_PART, len(rest) - MIN_PART + 1):
            head, stem = rest[:cut], rest[cut:]
            singular = stem.translate(UNUMLAUT)
            if singular == stem or "ss" in head or head not in lexicon.known:
                continue
            plural, noun = _part_form(stem + "e", "word", lexicon), _part_form(singular, "word", lexicon)
            if stem + "e" in lexicon.known and plural and noun and plural.endswith("e"):
                return head + plural[:-1] + suffix
    return None


def _place_compound(word: str, lexicon: Lexicon) -> str | None:
    """A known word and a ß place: ``niederlössnitz`` -> ``niederlößnitz``, ``grossarltal``."""
    places = load_places()
    for cut in range(MIN_PART, len(word) - MIN_PART + 1):
        head, tail = word[:cut], word[cut:]
        if len(tail) >= MIN_PLACE and "ss" not in head and head in lexicon.known:
            if place := places.sharp_only(tail):
                return head + place.lower()
        # a surname ending never follows: "Gössmann" is a person, not the town Göss
        if len(head) >= MIN_PLACE and "ss" not in tail and tail in lexicon.known and not tail.endswith(SURNAME_TAILS):
            if place := places.sharp_only(head):
                return place.lower() + tail
    return None


@lru_cache(maxsize=100_000)
def decide(token: str) -> Decision | None:
    """What to do with one word that contains "ss", ignoring context (cached)."""
    lexicon = load_lexicon()
    low = token.lower()
    if lexicon.empty or "ss" not in low or "ß" in low or (token.isupper() and len(token) > 1):
        return None
    decision = _word_decision(token, low, lexicon)
    if not token[0].isupper():
        return decision
    places = load_places()
    if low in places.protected:
        return None  # a Swiss river's official name, not the German principality: "die Reuss"
    if low in places.ss:
        # An official ss name: "Grossaffoltern", "Weissach" never change. A town named like a
        # common word ("Füssen") keeps the word only behind an article ("mit den Füssen");
        # a hamlet does not outweigh the word ("Strassen" in Tyrol vs "Strassen" -> "Straßen").
        if decision is None or low not in lexicon.sharp:
            return None
        return Decision(decision.form, PLACE_HOMONYM) if low in places.big_ss else decision
    if decision is not None and decision.condition == ALWAYS:
        return decision
    place = places.town(low)
    form = place.lower() if place else (None if decision or low in lexicon.known else _place_compound(low, lexicon))
    return Decision(form, PLACE) if form else decision


def _word_decision(token: str, low: str, lexicon: Lexicon) -> Decision | None:
    """The decision from the word list alone: the word itself, else its compound parts."""
    capitalized = token[0].isupper()
    forms = lexicon.sharp.get(low)
    if forms:
        lowered = {f.lower() for f in forms}
        if len(lowered) != 1:
            return None
        form = lowered.pop()
        if low in lexicon.ss_words and (capitalized or low in lexicon.ss_lowercase):
            if capitalized and low not in lexicon.ss_capitalized and any(f[0].isupper() for f in forms):
                return Decision(form, AFTER_ARTICLE)  # "es floss" is a verb, "das Floss" the raft: Floß
            return Decision(form, AMBIGUOUS)  # a lowercase "ass" is no "Ass": aß
        if not capitalized and all(f[0].isupper() for f in forms):
            return None  # a lowercase token cannot be the noun: "(russ.)" is russisch, not Ruß
        if capitalized and form in SURNAME_RISK:
            return Decision(form, AFTER_DETERMINER)
        if capitalized and all(f[0].islower() for f in forms):
            return Decision(form, AFTER_DETERMINER)  # adjective or verb written capitalized: a name?
        if capitalized and _is_place_adjective(forms):
            return Decision(form, ADJECTIVE_OF_PLACE)
        if capitalized and low in lexicon.supplement_only and len(low) <= MAX_SUPPLEMENT_NAME:
            return Decision(form, AFTER_ARTICLE)
        return Decision(form, ALWAYS)
    if fine := FINE_COMPOUND.fullmatch(low):
        return Decision(low[:fine.start(1)] + "buß" + low[fine.end(1):], ALWAYS)
    if low.startswith(FINE_HEAD) and _noun_tail(low[len(FINE_HEAD):], lexicon):
        return Decision("buß" + low[len("buss"):], ALWAYS)
    if low == "buss":  # "Buss- und Bettag": a bus compound has one s (Bus- und Bahnverkehr)
        return Decision("buß", TRUNCATED)
    if low in lexicon.known:
        return None  # dass, Wasser, Prozess, gewusst
    form = _compound_form(low, lexicon) or _linked_part_form(token, low)
    if form is None:
        return None
    if capitalized and low.endswith(SURNAME_TAILS):
        return Decision(form, AFTER_DETERMINER)
    return Decision(form, ALWAYS)


def _noun_tail(tail: str, lexicon: Lexicon) -> bool:
    """A compound's head the word list knows (erträge, zettel; it lists some heads lowercase only)."""
    return (len(tail) >= MIN_FINE_TAIL and tail in lexicon.known
            and tail not in PLACE_ENDINGS and not tail.endswith(SURNAME_TAILS))  # Bussenhausen: a place


def _linked_part_form(token: str, low: str) -> str | None:
    """A first compound part with its linking -s, written apart: "Vergrösserungs-Menü",
    "Begrüssungs- und Abschiedsrede" -> "Vergrößerungs-"; feminine suffixes take no genitive -s,
    so the -s can only be the link."""
    stem = low[:-1]
    if not (low.endswith("s") and stem.endswith(LINKING_S_SUFFIXES) and "ss" in stem):
        return None
    decision = decide(token[:-1])
    return decision.form + "s" if decision is not None and decision.condition == ALWAYS else None


def _is_place_adjective(forms: frozenset[str]) -> bool:
    """Straßburger (from Straßburg) is both an adjective of place and a family name."""
    lexicon = load_lexicon()
    for form in forms:
        for ending in ("er", "ern", "ers"):
            stem = form[: -len(ending)]
            if form.endswith(ending) and stem.endswith(PLACE_ENDINGS) and fold(stem) in lexicon.sharp:
                return True
    return False


# Ambiguous pairs: the ß reading needs strong evidence next to the word.
# "eine Busse wegen Falschparkens" -> Buße (singular article; the vehicle's singular is "Bus").
SINGULAR_ARTICLES = frozenset("eine einer keine keiner jede jeder seine ihre".split())
FINE_CONTEXT = frozenset(
    "wegen zahlen bezahlen zahlte bezahlte verhängt verhängte verhängen auferlegt franken fr chf "
    "euro busse geldbusse ordnungsbusse strafe verurteilt akzeptiert "
    # "Die Busse für Falschparkieren steigt": an offence is what a fine is for
    "falschparkieren falschparken falschparkens schwarzfahren schwarzfahrens littering".split()
)
# "Die Busse für Littering beträgt 300 Franken": a bus never amounts to a sum; but in "Die Kosten für
# die Busse betragen …" the sum is the costs', so the word must be the subject, not after a preposition
AMOUNT_VERBS = frozenset("beträgt betrug betragen beträgen beläuft belaufen belief beliefen".split())
# Words around Busse(n) that speak of vehicles, and of the people fines are for.
BUS_CONTEXT = frozenset("neue neuen elektrische elektrischen fahren fahrt linie linien fahrplan postauto "
                        "haltestelle chauffeur chauffeure "
                        # "die Busse fuhren": what drives is a bus, whatever a sum said before the comma
                        "fuhren fuhr fährt faehrt verkehren verkehrten verkehrt fahrgäste fahrgaeste".split())
OFFENDERS = frozenset("raser falschparker temposünder temposuender littering parksünder parksuender".split())
FINE_PAYMENT = frozenset("franken fr chf euro zahlen bezahlen zahlten bezahlten verteilt verteilte kassiert "
                         "kassierte falschparkieren falschparken schwarzfahren littering".split())
BUS_DATIVE_BEFORE = frozenset("in im auf mit aus von den ihren seinen unseren allen".split())
# "in hohem Masse", "in einem Masse" -> Maße: an -em word before it is masculine or neuter dative,
# which the feminine Masse (mass) never takes ("in großer Masse").
MEASURE_BEFORE_ENDING = "em"
# "im Schoss der Familie", "auf den Schoss": the lap; the verb form is lowercase (schoss).
LAP_BEFORE = frozenset("im den dem ihrem seinem meinem ihren seinen meinen".split())


_CLAUSE_END = re.compile(r"[;:.!?]")


def _within_clause(text: str, start: int, end: int, before: list[str], after: list[str]) -> tuple[list[str], list[str]]:
    """The context words of the token's own clause: "gilt eine neue Ordnung; Bussen für Raser steigen"
    — the "neue" of the clause before speaks of the Ordnung, not of buses."""
    left = max(text.rfind(mark, max(0, start - 80), start) for mark in ";:.!?")
    right = _CLAUSE_END.search(text, end, end + 80)
    head = text[left + 1:start] if left >= 0 else text[max(0, start - 80):start]
    tail = text[end:right.start()] if right else text[end:end + 80]
    return [w for w in before if w in head], [w for w in after if w in tail]


# Finite verbs whose number shows: "Die Busse … wurde" is one fine, "Die Busse … wurden" several buses.
SINGULAR_VERBS = frozenset("wurde wird ist war steigt stieg sinkt sank kostet kostete gilt galt bleibt blieb "
                           "beträgt betrug".split())
PLURAL_VERBS = frozenset("wurden werden sind waren steigen stiegen sinken sanken kosten kosteten gelten galten "
                         "bleiben blieben betragen fahren fuhren verkehren".split())
_WORD = re.compile(r"\w+")


def _singular_verb_follows(text: str, end: int) -> bool:
    """The first finite verb of a known number up to the next comma is singular."""
    stop = re.compile(r"[,;:.!?]").search(text, end, end + 80)
    for word in _WORD.findall(text[end:stop.start() if stop else end + 80]):
        if word in SINGULAR_VERBS:
            return True
        if word in PLURAL_VERBS:
            return False
    return False


def _ambiguous_form(token: str, text: str, end: int, before: list[str], after: list[str]) -> bool:
    low = token.lower()
    if low in {"busse", "bussen"}:
        before, after = _within_clause(text, end - len(token), end, before, after)
    prev = before[-1].lower() if before else ""
    subject = not (len(before) > 1 and before[-2].lower() in PREPOSITIONS)
    if low == "busse":
        near = {fold(w) for w in before[-3:] + after[:3]}
        evidence = near & FINE_CONTEXT or (subject and near & AMOUNT_VERBS)
        if prev == "die" and subject and _singular_verb_follows(text, end):
            return True  # "Die Busse für zu schnelles Fahren wurde erhöht": buses would take "wurden"
        return prev in SINGULAR_ARTICLES or (prev in {"die", "der"} and bool(evidence) and not near & BUS_CONTEXT)
    if low == "bussen":
        # "Die Bussen für Raser werden erhöht" -> Bußen; "Die Bussen der Linie 31" stay buses
        # (the dative plural of Bus is Bussen too: "ein Alkoholverbot in ihren Bussen verhängt")
        near = {fold(w) for w in before[-3:] + after[:3]}
        evidence = near & (OFFENDERS | FINE_PAYMENT) or (subject and near & AMOUNT_VERBS)
        return prev not in BUS_DATIVE_BEFORE and bool(evidence) and not near & BUS_CONTEXT
    if low in {"masse", "massen"} and token[0].isupper():
        # "mit den Massen von 100 mal 55 Metern": dimensions are Maße
        dative = prev.endswith(MEASURE_BEFORE_ENDING) and prev.isalpha() and prev.islower()
        return (low == "masse" and dative) or DIMENSIONS.match(text, end) is not None
    if low == "schoss" and token[0].isupper():
        return prev in LAP_BEFORE
    return False


def _sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    # "(dpa) - Grosse Feiern": a dash between spaces opens a sentence too
    return i < 0 or text[i] in SENTENCE_OPENERS or (text[i] == "-" and text[i - 1:i] in {" ", ""})


def _after_name(text: str, start: int, prev: str) -> bool:
    """A capitalized word right before: a first name or title ("Hans Giessen", "Herr Gross"),
    unless it is an ordinary word capitalized to open the sentence ("Nach Giessen fuhr er")."""
    if not prev[:1].isupper():
        return False
    prev_start = start - len(prev) - (1 if text[start - 1:start] in {" ", "-"} else 0)
    if text[prev_start:prev_start + len(prev)] != prev:
        return False  # something stands between: "Cartoons, Schwarz-Weiss-Fotos" names nobody
    return not (_sentence_start(text, prev_start) and fold(prev) in load_lexicon().lowercase)


def _after_given_name_or_title(text: str, start: int, prev: str) -> bool:
    """Right behind a given name or an office, a noun is a family name: "Axel Schweiss", "Thomas
    Stoss", "Regierungsrat Weisskopf", "Sprecherin Fuss"."""
    if not prev[:1].isupper() or text[start - len(prev) - 1:start] != prev + " ":
        return False  # (only right behind it: "ein Spass: Fussgänger grüssen" has a colon between)
    # the NER's lists: gender-guesser plus a hand list of given names; offices and titles
    from newsflow.nlp.ner_rules import given_names, titles

    if prev.lower() in titles():
        return True
    return prev in given_names() and fold(prev) not in load_lexicon().lowercase  # "Bei", "Wie" are no names here


CONTRACTION = re.compile(r"\b(?:auf|in|an|für|über|um|durch|hinter|unter|vor)['’]s\s+$", re.IGNORECASE)


def _after_contraction(text: str, start: int) -> bool:
    return CONTRACTION.search(text, max(0, start - 12), start) is not None


def _has_lowercase_form(token: str) -> bool:
    return any(form[0].islower() for form in load_lexicon().sharp.get(token.lower(), ()))


def _after_determiner(before: list[str]) -> bool:
    """Behind an article, or an inflected adjective that itself follows an article, preposition or
    "und": "das Grosse", "mit grossem Fleiss"; a verb in -e is no adjective: "sagte Weiss" stays."""
    prev = before[-1] if before else ""
    if prev.lower() in DETERMINERS:
        return True
    introducer = before[-2].lower() if len(before) > 1 else ""
    return (prev.islower() and prev.endswith(ADJECTIVE_ENDINGS)
            and (introducer in DETERMINERS or introducer in PREPOSITIONS or introducer in CONJUNCTIONS))


def _homonym_is_word(before: list[str]) -> bool:
    """The common word, not the town: "mit den Füssen", "mit Füssen treten", "zu Füssen",
    "mit nackten Füssen", "mit Händen und Füssen"; but "in Füssen", "besuchten Füssen",
    "über Füssen", "Kempten und Füssen" are the town."""
    prev = before[-1].lower() if before else ""
    if prev in DETERMINERS or prev in HOMONYM_PREPOSITIONS:
        return True
    # coordinated behind the same "mit"/article: "mit Händen und Füssen" (not "Kempten und Füssen")
    if prev in CONJUNCTIONS and len(before) > 2 and _is_common_noun(before[-2]):
        return before[-3].lower() in HOMONYM_PREPOSITIONS or before[-3].lower() in DETERMINERS
    # an inflected adjective counts only behind an article or preposition ("besuchten" is a verb)
    introducer = before[-2].lower() if len(before) > 1 else ""
    return prev.endswith(ADJECTIVE_ENDINGS) and (introducer in DETERMINERS or introducer in PREPOSITIONS)


def _is_common_noun(word: str) -> bool:
    """A capitalized word the word list has as a noun and no place list has as a town."""
    lexicon, places = load_lexicon(), load_places()
    key = fold(word)
    return (word[:1].isupper() and key in lexicon.known and key not in lexicon.lowercase
            and word not in places.towns and key not in places.ss)


def _paired_with_colour(text: str, start: int) -> bool:
    paired = PAIRED.search(text, max(0, start - 30), start)
    return paired is not None and fold(paired.group(1)) in COLOURS


def _named_as_colour(decision: Decision, text: str, start: int, end: int, before: list[str]) -> bool:
    """Weiss where a colour is meant: "die Farbe Weiss", "Rot, Weiss und Blau", "von Schwarz nach
    Weiss", "ganz in Weiss", "in Schwarzweiss". A family name is not listed with a colour nobody
    is called (Grau, Blau), nor named as a colour, nor graded from one."""
    if not decision.form.endswith(WHITE):
        return False
    prev = before[-1].lower() if before else ""
    if prev.endswith(("farbe", "farben")):
        return True
    if text[end:end + 1] in {"'", "’"}:
        return False  # "in Weiss' Buch", "nach Weiss' Rücktritt": the man's
    if prev == "in" and (decision.form != WHITE or (len(before) > 1 and before[-2].lower() == "ganz")):
        return True
    if GRADIENT.search(text, max(0, start - 80), start):
        return True
    listed = COLOUR_LIST_BEFORE.search(text, max(0, start - 40), start)
    listed_after = COLOUR_LIST_AFTER.match(text, end)
    colours = [fold(m.group(1)) for m in (listed, listed_after) if m]
    return any(c in COLOURS and c not in NAME_COLOURS for c in colours) or \
        sum(c in COLOURS for c in colours) >= 2


def _place_apposition(before: list[str]) -> bool:
    """A common noun naming the kind of place, or any noun behind an article, is no first name:
    "die Landgemeinde Niederlössnitz", "Universität Giessen", "der Kreisstadt Giessen"."""
    prev = before[-1].lower()
    return prev.endswith(PLACE_NOUNS) or (len(before) > 1 and before[-2].lower() in DETERMINERS)


def _in_common_hyphen_compound(decision: Decision, text: str, start: int, end: int, before: list[str],
                               after: list[str]) -> bool:
    """Joined by a hyphen to an everyday lowercase word (blau, rot, schwarz), outside a person's
    name: "Blau-Weiss" -> "Blau-Weiß", "Schwarz-Weiss-Foto"; "Anna Klein-Gross" stays."""
    lowercase = load_lexicon().lowercase
    if text[start - 1:start] == "-" and before and fold(before[-1]) in lowercase:
        chain_start = start - 1 - len(before[-1])
        return not (len(before) > 1 and _after_name(text, chain_start, before[-2]))
    if text[end:end + 1] == "-" and after and text.startswith(after[0], end + 1):
        # before a common noun too, unless the word is a frequent family name: "Schwarzweiss-Fotos",
        # but "Weiss-Fischer" may be a double name
        if fold(after[0]) in lowercase or (_is_common_noun(after[0]) and decision.form not in SURNAME_RISK):
            return not (before and _after_name(text, start, before[-1]))
    return False


def _village_pair(decision: Decision, token: str, text: str, start: int, end: int,
                  before: list[str], after: list[str]) -> bool:
    """"in Gross Karben" -> "in Groß Karben": Groß before a known town, not after a first name."""
    if decision.form != GREAT or not after or text[end:end + 1] not in {" ", "-"}:
        return False
    if not text.startswith(after[0], end + 1):
        return False
    places = load_places()
    named = f"{_restore_case(token, GREAT)}{text[end]}{after[0]}" in places.multiword
    return (named or after[0] in places.towns) and not (before and _after_name(text, start, before[-1]))


def _twin_formula(decision: Decision, text: str, start: int, end: int, before: list[str]) -> bool:
    """"Spass für Gross und Klein" -> "Groß und Klein"; "Hans Gross und Klein" names two people."""
    if decision.form != GREAT:
        return False
    after_small, before_small = GREAT_AND_SMALL
    if after_small.match(text, end):
        return not (before and _after_name(text, start, before[-1]))
    return before_small.search(text, max(0, start - 20), start) is not None and not (
        len(before) > 2 and _after_name(text, start - len(before[-1]) - len(before[-2]) - 2, before[-3]))


def _verb_first_question(token: str, text: str, start: int, end: int, after: list[str]) -> bool:
    """A question opened by a verb, its subject a noun phrase: "Weiss die Regierung mehr?" -> "Weiß".
    A family name opening a question is followed by its verb ("Weiss hat recht?"), not by an article."""
    if not (after and after[0] in DETERMINERS and text[end:end + 1] == " " and _sentence_start(text, start)
            and _has_lowercase_form(token)):
        return False
    close = QUESTION_END.search(text, end)
    return close is not None and close.group() == "?"


def _context_allows(decision: Decision, token: str, text: str, start: int, end: int,
                    before: list[str], after: list[str]) -> bool:
    prev = before[-1] if before else ""
    if (token[0].isupper() and len(prev) > 1 and prev.isupper() and text[start - len(prev) - 1:start] == prev + " "
            and _may_name(token)):
        return False  # after an acronym it is part of a name: "BSC Preussen", "FC Basel"
    if decision.condition == TRUNCATED:
        return TRUNCATION.match(text, end) is not None
    if decision.condition == ALWAYS:
        return True  # a family name behind a given name ("Axel Schweiss") is kept by restore_sharp_s
    after_determiner = _after_determiner(before)
    if decision.condition == PLACE:
        return not _after_name(text, start, prev) or _place_apposition(before)
    if decision.condition == PLACE_HOMONYM:
        # a hyphenated head is the town: "die Füssen-Reise"; the body part is "Fußreise"
        return text[end:end + 1] != "-" and _homonym_is_word(before)
    if decision.condition in (AFTER_DETERMINER, AFTER_ARTICLE):
        if after_determiner or TRUNCATION.match(text, end):  # "Gross- und Kleinschreibung": a noun part
            return True
        if _in_common_hyphen_compound(decision, text, start, end, before, after):
            return True
        if _village_pair(decision, token, text, start, end, before, after):
            return True
        if _twin_formula(decision, text, start, end, before):
            return True
        if _paired_with_colour(text, start) or _named_as_colour(decision, text, start, end, before):
            return True
        if _after_contraction(text, start):
            return True  # "auf's Äusserste": preposition + das
        if decision.condition == AFTER_ARTICLE:
            return False
        if after and after[0] in SUBJECT_PRONOUNS and text[end:end + 1] == " " and _has_lowercase_form(token):
            return True  # "Weiss er es?": a verb before its subject
        if _verb_first_question(token, text, start, end, after):
            return True  # "Weiss die Regierung mehr?"
        if token.lower().endswith(NOMINAL_ENDINGS):
            return True
        if not _may_name(token) and _lowercase_compound(fold(token), load_lexicon()):
            return True  # "Standardmässig", "Regelmässig": capitalized only where a sentence opens
        if decision.form in SURNAME_RISK:
            return False
        if token.lower().endswith(SURNAME_TAILS):
            return False  # "Grossmann sagte": opening the sentence does not make it a noun
        # an inflected adjective before a noun is no name: "Grosse Koalition", "Grosser Rat"
        before_noun = bool(after) and after[0][:1].isupper() and token.lower().endswith(ADJECTIVE_ENDINGS)
        return before_noun or _sentence_start(text, start)
    if decision.condition == ADJECTIVE_OF_PLACE:
        return bool(after) and after[0][:1].isupper() and not _sentence_start(text, start)
    if decision.form in SURNAME_RISK:  # the list knows "Strauss" (the name) and "Strauß" (bouquet)
        return prev.lower() in DETERMINERS
    return _ambiguous_form(token, text, end, before, after)


def _may_name(token: str) -> bool:
    """A word that can be (part of) a name: the list writes it capitalized or does not know it. "Gemäss",
    "Standardmässig", "Schliesst" after an acronym ("S_COLORS Standardmässig") are the words they are."""
    lexicon = load_lexicon()
    low = fold(token)
    return low in lexicon.capitalized or low not in lexicon.lowercase and not _lowercase_compound(low, lexicon)


def _lowercase_compound(low: str, lexicon: Lexicon) -> bool:
    """"standard|mässig", "regel|mässig": a known word before a lowercase-only word of four letters or more."""
    return any(low[:cut] in lexicon.known and low[cut:] in lexicon.lowercase and low[cut:] not in lexicon.capitalized
               for cut in range(MIN_PART, len(low) - 3))


def _tail_decision(token: str, text: str, start: int) -> Decision | None:
    """A lowercase compound tail whose head is left out: "Schriftart und -grösse" -> "-größe",
    "Kopf-/-fusszeile"; decided as the noun it is."""
    if not token[0].islower() or text[start - 1:start] != "-" or (start > 1 and text[start - 2] not in " /(\t\n"):
        return None
    decision = decide(token[0].upper() + token[1:])
    return decision if decision is not None and decision.condition == ALWAYS else None


def restore_sharp_s(text: str) -> list[Edit]:
    """Edits turning Swiss "ss" into standard ß, one per changed word."""
    if "ss" not in text:
        return []
    edits: list[tuple[Edit, str, bool]] = []  # (edit, word, behind an article)
    names: set[str] = set()  # words this text uses as a person's name somewhere
    recent: deque[str] = deque(maxlen=3)  # the words before the current one
    for match in WORD.finditer(text):
        token = match.group()
        if "ss" in token and (decision := decide(token) or _tail_decision(token, text, match.start())):
            start, end = match.span()
            if token[0].islower() and ABBREVIATION.match(text, end):
                recent.append(token)
                continue
            if token[0].isupper() and _used_as_name(token, text, start, end, list(recent)):
                names.add(token)
            after = [m.group() for m in islice(WORD.finditer(text, end), 3)] if decision.condition != ALWAYS else []
            if _context_allows(decision, token, text, start, end, list(recent), after):
                restored = _restore_case(token, decision.form)
                if restored and restored != token:
                    behind_article = bool(recent) and recent[-1].lower() in DETERMINERS
                    edits.append((Edit(start, end, restored, "sharp_s"), token, behind_article))
        recent.append(token)
    # One name, one spelling: "Jürg Grossen ... Grossen sagte" keeps both; behind an article the
    # word is still the noun ("Richard Strauss und einen Strauss Rosen" -> "einen Strauß")
    return [edit for edit, token, behind_article in edits if behind_article or token not in names]


def _used_as_name(token: str, text: str, start: int, end: int, before: list[str]) -> bool:
    """Right behind a given name or a title ("Jürg Grossen", "Regierungsrat Weisskopf"), a source
    after "laut" ("laut Fuss"), or a noun next to a verb of saying with no article before it ("Fuss
    sagte", "sagte Fuss", "Weisskopf kritisierte"): only people and organisations speak."""
    prev = before[-1] if before else ""
    if _after_given_name_or_title(text, start, prev):
        return True
    if prev.lower() in DETERMINERS:
        return False
    lexicon = load_lexicon()
    low = token.lower()
    forms = lexicon.sharp.get(low, ())
    if not forms:  # a compound ("Weisskopf"): a noun, as far as speaking goes
        return REPORTING_AFTER.match(text, end) is not None or prev.lower() in SAYING
    if not any(f[0].isupper() for f in forms):
        # "Heiss kritisierte den Entscheid": an adjective opening the sentence before a verb of saying
        # is its subject, unless the subject follows the verb ("Bloss kritisierte er ...")
        said = REPORTING_AFTER.match(text, end)
        return (said is not None and len(token) <= MAX_ADJECTIVE_NAME and _sentence_start(text, start)
                and not SUBJECT_AFTER.match(text, said.end()))
    if prev.lower() == "laut":  # "laut Fuss" is a person; "laut Strassenverkehrsamt" (a compound) an office
        return not _splits_in_two(low, lexicon)
    # after the verb only "sagte"-like verbs, which take no object ("schreibt Fussnoten" is a thing)
    return prev.lower() in SAYING or REPORTING_AFTER.match(text, end) is not None


def _splits_in_two(low: str, lexicon: Lexicon) -> bool:
    """Two known words, the first perhaps with a linking -s: "gross|rat", "strassen|verkehrsamt"."""
    known = lexicon.known
    for cut in range(MIN_PART, len(low) - MIN_PART + 1):
        head, tail = low[:cut], low[cut:]
        if tail in known and (head in known or (head.endswith("s") and head[:-1] in known)):
            return True
    return False
