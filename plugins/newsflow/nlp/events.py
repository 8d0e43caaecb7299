"""Events from German news sentences: trigger lexicon + word-order heuristics, no parser.

``extract_events(doc, mentions, quantities, published)`` looks at every sentence
of a spaCy ``Doc`` (only ``doc.sents`` and token offsets are used; ``token.lemma_``
is not needed), finds lexicon triggers, and fills actors, place, date, count,
negation and modality from the same clause. The heuristics are documented in
docs/events.md and measured by ``newsflow eval-events``.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from contextvars import ContextVar
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal
from typing import Sequence

from newsflow.nlp.charmap import CharMap
from newsflow.nlp.dateline import dateline_place
from newsflow.nlp.descriptions import organization_kinds
from newsflow.nlp.dates import MONTHS, WEEKDAYS, holiday_a_year_earlier, resolve_dates
from newsflow.nlp.lexicon import TYPES, Entry, load_lexicon
from newsflow.nlp.members import COUNCILS, MEMBERS, SPEAKERS
from newsflow.nlp.numberwords import number_word_value
from newsflow.nlp.ner_rules import RIVERS, country_names, is_title_word, names_its_kind  # lists load on first use
from newsflow.nlp.places import PLACE_PREPOSITIONS, PREPOSITIONS, Tok, governing_preposition, is_object_article, is_place
from newsflow.nlp.records import ActorMention, Event, EventActor, EventDate, EventPlace, Mention, Quantity
from newsflow.nlp.state_actors import state_adjectives

__all__ = ["LEXICON_VERSION", "extract_events"]

LEXICON_VERSION = "2026.12-346"  # bump when triggers.tsv or the rules change what is found

# A hyphen standing alone is a dash: "Berlin (dpa) - Bundeskanzler Merz hat ...": the dateline is no subject.
_CLAUSE_PUNCT = frozenset(",;:–—-\"„“”«»")
_CONJUNCTIONS = frozenset({"und", "oder", "sowie", "aber", "sondern"})
_NEGATION = frozenset({"nicht", "kein", "keine", "keinen", "keinem", "keiner", "keines", "nie", "niemals", "weder",
                       "niemand", "niemanden", "niemandem", "nirgends"})
# "Ein Streik konnte abgewendet werden", "Die Demo wurde abgesagt": the event named by the noun did not happen.
_AVERTED = frozenset({"abgewendet", "abwenden", "abwendete", "abwendeten", "verhindert", "verhindern", "verhinderte",
                      "verhinderten", "abgesagt", "absagen", "abgeblasen", "vermieden", "vereitelt",
                      "vereitelte", "vereitelten", "ausgeblieben",
                      # "Ungarn blockiert neue Sanktionen", "blockierte den Gefangenenaustausch": held up, not done
                      "blockiert", "blockierte", "blockierten", "blockieren"})
# "Weitere Warnstreiks sind damit vom Tisch": no longer planned
_OFF_THE_TABLE = ("vom", "tisch")
# "hat einen Streik vorerst ausgeschlossen", "schloss einen Streik aus" (with the particle closing the clause)
_RULED_OUT = frozenset({"ausgeschlossen", "ausschließen", "ausschliessen", "auszuschließen", "auszuschliessen"})
_RULES_OUT = frozenset({"schloss", "schlossen", "schließt", "schliesst", "schließen", "schliessen"})
# "Verdi sagte den Streik ab", "bläst die Kundgebung ab" (with the particle closing the clause): called off
_CALLS_OFF = frozenset({"sagte", "sagten", "sagt", "sagen", "blies", "bliesen", "bläst", "blasen"})
# "Die angekündigten Proteste blieben aus": with "aus" closing the clause, they did not happen
_STAYS_AWAY = frozenset({"blieb", "blieben", "bleibt", "bleiben"})
_ACQUITTALS = frozenset({"freisprechen", "Freispruch"})
_UNDERGOER_SUBJECTS = frozenset({"freikommen"})  # the subject is who it happens to
# ... and who receives: "Die Ukraine erhielt von Deutschland Panzer" (the giver after von/vom/aus)
_RECEIVING = frozenset({"erhalten", "bekommen"})
_RECEIVING_FORMS = frozenset({"erhält", "erhielt", "erhielten", "erhalten", "bekommt", "bekam", "bekamen", "bekommen"})
# ... and who pays a fine was fined: "Die Credit Suisse muss eine Busse von 511 Millionen Dollar bezahlen" (whoever
# is paid, after "an", fined it)
_PAYING = frozenset({"zahlen", "bezahlen"})
_PAYEE_PREPOSITIONS = frozenset({"an"})
_GIVER_PREPOSITIONS = frozenset({"von", "vom", "aus"})
_PASSIVE_AUX = frozenset({"wurde", "wurden", "worden", "wird", "werden", "würde", "würden", "wurdest"})
_FUTURE_AUX = frozenset({"wird", "werden", "werde", "würde", "würden", "wirst"})
_MODALITY = [  # first match wins
    ("consider", frozenset({"erwägt", "erwägen", "erwog", "erwogen", "erwäge", "prüft", "prüfen", "überlegt", "überlegen", "denkt"})),
    ("possible", frozenset({"könnte", "könnten", "kann", "können", "dürfte", "dürften", "möglicherweise", "womöglich",
                            # permitted, not done: "sollen Rüstungsfirmen Waffen liefern dürfen"
                            "darf", "dürfen", "dürfe", "durfte", "durften",
                            "wäre", "wären",  # "Ein Streik wäre der erste seit zwanzig Jahren": hypothetical
                            "eventuell", "falls", "notfalls", "wahrscheinlich", "vielleicht",
                            "sofern", "wenn", "vorausgesetzt",  # "sofern die Behörden zustimmen": a condition
                            "ob"})),  # "Ob es zu einem Treffen kommt, ist offen": an open question
    ("intent", frozenset({"will", "wollen", "wolle", "wollte", "wollten", "plant", "planen", "plante", "beabsichtigt"})),
]
_SHOULD = frozenset({"soll", "sollen", "solle", "sollte", "sollten"})
# Deciding to do something (only for the clause it governs: "hat Sanktionen beschlossen" imposed them)
_DECIDING = frozenset({"beschloss", "beschlossen", "beschließt", "beschliesst", "entschied", "entschieden",
                       "entscheidet", "entschloss", "entschlossen"})
# What is expected has not happened: "Eine Einigung wird erwartet", "Experten erwarten einen Streik"
_EXPECTED = frozenset({"erwartet", "erwarten", "erwartete", "erwarteten", "rechnet", "rechnen", "rechnete"})
_MUST = frozenset({"muss", "müssen", "müsse", "müsste", "müssten"})
_AUX_FINITE = _PASSIVE_AUX | _FUTURE_AUX | _SHOULD | frozenset({
    "hat", "haben", "hatte", "hatten", "habe", "ist", "sind", "war", "waren", "sei", "seien",
    "kann", "können", "könnte", "könnten", "will", "wollen", "muss", "müssen", "darf", "dürfen", "lassen", "ließ",
})
# The finite verbs of noun triggers' set phrases ("nahm … in Gewahrsam", "setzte … in Brand", "erhob Anklage"):
# after "und" they open a conjunct of their own as a trigger verb does ("löste die Blockade auf und nahm 23
# Personen in Gewahrsam": the 23 are the arrest's, not the dispersal's).
_LIGHT_VERBS = frozenset({
    "nahm", "nahmen", "nimmt", "nehmen", "setzte", "setzten", "setzt", "stellte", "stellten", "stellt",
    "brachte", "brachten", "bringt", "erhob", "erhoben", "erhebt", "leitete", "leiteten", "leitet",
})
# Typed events that make sense with a number attached, and nouns that count people.
_COUNT_TYPES = frozenset({"protest", "kill", "assault", "fight", "arrest", "aid", "sanction", "coerce", "release"})
_VIOLENT = frozenset({"assault", "fight", "kill", "coerce", "arrest"})
_SYMMETRIC = frozenset({"consult", "negotiate", "agree", "fight"})
_SPEECH_TYPES = frozenset({"statement", "appeal", "demand", "threaten", "criticize", "reject"})
# Verbs outside the lexicon that refer to an event named by their object: "begrüßte die Einigung",
# "bedauerte den Streik" (the agreement or strike is reported elsewhere, not a second one).
_REFERRING_FORMS = frozenset({"begrüßte", "begrüßten", "begrüßt", "begrüsste", "begrüssten", "begrüsst",
                              "begrüßen", "begrüssen", "bedauerte", "bedauerten", "bedauert", "lobte", "lobten",
                              "gelobt", "würdigte", "würdigten", "gewürdigt", "kommentierte", "kommentierten",
                              "kommentiert", "kommentieren",
                              # "nannte den Streik unverhältnismäßig", "bezeichnete den Angriff als Terror"
                              "nannte", "nannten", "nennt", "nennen", "genannt", "bezeichnete", "bezeichneten",
                              "bezeichnet", "bezeichnen",
                              # "unterstützen die Forderung", "hat die Demonstration untersagt": another's, or forbidden
                              "unterstützt", "unterstützte", "unterstützten", "unterstützen", "untersagt", "untersagte",
                              "untersagten", "verbot", "verboten", "verbietet"})
# "am Rande des Treffens", "vor Beginn der Gespräche": an event noun that only frames the time.
_FRAMING_NOUNS = frozenset({"rande", "beginn", "auftakt", "anschluss", "vorfeld", "ende"})
# "verurteilte den Angriff": an event noun as object of these refers to an event, it is not a new one;
# "rief zu Verhandlungen auf", "forderte einen Waffenstillstand": what is called for has not happened.
# "bot der Türkei Hilfe an": offering aid is the intent (CAMEO 03), the aid noun no second event; "hatte die Waffenruhe
# vermittelt": the mediator made no truce of its own.
# Verbs that judge the event their object names: a phrase of that noun is its own ("kritisierte die Sanktionen
# gegen Russland"); a demand's is not ("forderte neue Sanktionen gegen Russland" is aimed at Russland)
_JUDGING = frozenset({"criticize", "praise", "reject"})
_REFERRING = frozenset({"criticize", "praise", "reject", "appeal", "demand", "intent_cooperate", "ease", "mediate"})
_PEOPLE = re.compile(r"(menschen|personen|tote|toten|teilnehmer|teilnehmende|demonstrant|beamte|polizist|soldat|"
                     r"zivilist|kinder|journalist|mitglieder|verletzte|opfer|leute|männer|frauen|bürger|flüchtling|"
                     r"häftling|gefangene|aktivist|studierende|arbeiter|beschäftigte|angestellte|mitarbeit|fans|"
                     r"besucher|schüler|bauern|landwirt|einwohner|anwohner|bewohner|patient|passagier|reisende|"
                     r"insassen|migrant|asylsuchende|ärzt|lehr|streikende|verdächtig|täter|geisel|gäste|jährige|"
                     r"jugendliche|burschen)", re.I)
# "gegen den Abbau von 500 Arbeitsplätzen": a number completing a noun is what the event is about,
# not how many took part.
_NOUN_VON_BEFORE = re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+\s+von\s+(?:(?:rund|etwa|über|mehr als|fast|knapp)\s+)?$")
# What a strike or an arrest affects but never counts: "Wegen eines Warnstreiks ... mehr als 800 Flüge annulliert"
_THINGS_NOT_TAKING_PART = re.compile(r"(flüge|züge|verbindungen|stellen|jobs|arbeitsplätze|parkplätze|"
                                     r"wohnungen|häuser|gebäude|schulen|filialen|standorte|kilometer|seiten)$", re.I)
# "Mit 300 Traktoren blockierten Bauern die Stadt": a protest counts its people, not their vehicles
_VEHICLES = re.compile(r"(traktoren|fahrzeuge|fahrzeugen|autos|lastwagen|lkw|lkws|taxis|busse|bussen|velos|"
                       r"fahrrädern|fahrräder|boote|booten|schiffe|schiffen|maschinen)$", re.I)
_MONEY = re.compile(r"(euro|franken|chf|eur|dollar|usd|\$|€)", re.I)
# "seit mehr als zwanzig Jahren": a duration counts nobody
_TIME_UNIT = re.compile(r"(?:jahr|monat|woche|tag|stunde|minute|sekunde|h$|min$|s$)", re.I)
_ACTOR_LABELS = frozenset({"PER", "ORG", "LOC"})


# "einigte sich am Dienstag auf das Budget für das kommende Jahr": a date after "für" is what the object is
# for, so the event takes another date of its clause or sentence first ("ruft für Samstag zum Streik auf"
# has only that one and keeps it).
_FOR_DATE = re.compile(r"\bfür\s+(?:\w+\s+)?$", re.I)
_UNTIL_DATE = re.compile(r"\bbis\s+(?:zum\s+|zur\s+|spätestens\s+)?$", re.I)

# "rund 1'200 mehr als im Vorjahr", "höher als 2024", "gegenüber dem Vorjahr": a date compared with is no
# event's date. Only a comparative's "als": "als am Montag ein Feuer ausbrach" is a time.
_COMPARED_WITH = re.compile(r"(?:\b(?:mehr|weniger|\w{2,}er)\s+als|\bgegenüber|\bverglichen\s+mit|"
                            r"\bim\s+Vergleich\s+(?:zu|zum|zur|mit)|\bso\s+\w+\s+wie)\s+(?:dem\s+|der\s+|den\s+)?$", re.I)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    tokens: tuple[Tok, ...]
    clauses: tuple[tuple[int, int], ...]  # token index ranges [a, b)
    quoted: frozenset[int] = frozenset()  # tokens inside a short quoted phrase ("«nicht finanzierbar»")


@dataclass(frozen=True)
class _Trigger:
    entry: Entry
    mode: str
    index: int  # token index within the sentence
    particle: int | None
    clause_end: int | None = None  # the clause reaches further: an announced plan's zu-clause


def extract_events(doc, mentions: Sequence[Mention], quantities: Sequence[Quantity],
                   published: date | None, text: str | None = None) -> list[Event]:
    """Events in ``doc`` with every offset into ``doc.text`` (see module docstring).

    ``text``: ``doc.text`` when the caller has it already (spaCy rebuilds it token by token).
    """
    text = doc.text if text is None else text
    # (the pronoun checks deep inside need the article's offices; they are the article's alone)
    genders = _TITLED_GENDERS.set(_genders_by_office(text, mentions))
    try:
        return _extract_events(doc, mentions, quantities, published, text)
    finally:
        _TITLED_GENDERS.reset(genders)


def _extract_events(doc, mentions: Sequence[Mention], quantities: Sequence[Quantity],
                    published: date | None, text: str) -> list[Event]:
    lexicon = load_lexicon()
    dateline = dateline_place(text, mentions)
    if dateline is not None:
        # "St. Gallen (sda) Die Kantonspolizei St. Gallen hat …": where the story comes from acts in none of it
        mentions = [m for m in mentions if not (dateline.start <= m.start and m.end <= dateline.end)]
    dates = [d for d in resolve_dates(text, published) if not _COMPARED_WITH.search(text, max(0, d.start - 30), d.start)
             # "Wien, 3.2.2024 (APA) –": the dateline's day is the report's, not an event's
             and not (dateline is not None and text[dateline.end:d.start].strip() == ",")]
    in_a_date = CharMap(len(text))  # the characters of the dates: a quantity inside one is part of it
    for d in dates:
        in_a_date.add(d.start, d.end)
    quantities = sorted((q for q in quantities if not _is_date_or_ordinal(q, in_a_date, text)), key=lambda q: q.start)
    quantity_starts = [q.start for q in quantities]
    dates_in_order = sorted(dates, key=lambda d: d.start)
    date_starts = [d.start for d in dates_in_order]
    # mentions by start, keeping their order within a sentence (a long document has tens of thousands)
    by_start = sorted(range(len(mentions)), key=lambda k: mentions[k].start)
    mention_starts = [mentions[k].start for k in by_start]
    events: list[Event] = []
    sentences = _sentences(doc, text)
    antecedent = None  # who acted last in the sentence before: "Kluge sagte … Er rief … auf" (er = Kluge)
    person_before = None  # the one person the sentence before named, if it named one
    object_before = None  # whom the last event of the sentence before acted on
    arrested = None
    scene = None  # the last scene event with a place, while the story stays there
    headline_end = _headline_end(text)
    before: list[Event] = []  # the events of the sentence before
    # where the last sentence with violence told its events (in ``events``), and how many sentences ago: "Bei einem
    # Messerangriff … Der Täter stellte sich. Die Terrormiliz IS reklamierte die Tat für sich"
    violent_before: tuple[int, int, int] | None = None
    place_before = date_before = None  # where and when the sentence before was, when it had no event
    last_date = None  # the last day the sentence before named: "Damals …" is then
    # "Hochwasser in Niederösterreich", or a lead "Nach dem schweren Unwetter in Bayern …": deaths in it are no killing
    accident_story = _accident_headline(text) or bool(sentences) and _accident_lead(sentences[0], text)
    for sent in sentences:
        sent_mentions = [mentions[k] for k in sorted(
            by_start[bisect_left(mention_starts, sent.start):bisect_left(mention_starts, sent.end)])]
        # (a sentence's own quantities and dates: counting and dating are per sentence, and a long document has
        # thousands)
        sent_quantities = quantities[bisect_left(quantity_starts, sent.start):bisect_left(quantity_starts, sent.end)]
        sent_dates = dates_in_order[bisect_left(date_starts, sent.start):bisect_left(date_starts, sent.end)]
        triggers = _outside_names(_find_triggers(lexicon, sent, text), sent, sent_mentions)
        # (the clauses with a predicate of their own, once per sentence: a run-on one may have hundreds)
        predicated = _predicated_clauses(sent, {t.index for t in triggers if t.mode != "noun"})
        relatives = _relative_clauses_with_verbs(sent, triggers)
        found = [e for trig in triggers
                 if (e := _build_event(trig, sent, text, sent_mentions, sent_quantities, sent_dates, published, triggers,
                                       antecedent, arrested, predicated=predicated, relatives=relatives,
                                       country_as_place=dateline is None, person_before=person_before,
                                       object_before=object_before)) is not None]
        found = _deed_of_the_arrested(found, text)
        found = _killed_in_attack_before(_killed_after_a_dash(
            _without_purpose_repeats(_killed_in_attack(found, sent), sent), text), text)
        opener = _scene_adverb(sent)
        if before and opener in _SCENE_ADVERBS:
            found = [_in_scene(e, before[-1], opener) for e in found]
        elif place_before is not None and opener in _SCENE_ADVERBS:
            # "In Magdeburg ist ein Autofahrer in einen Weihnachtsmarkt gerast. Dabei wurden fünf Menschen getötet":
            # the sentence before told what happened where, with no event of its own
            found = [_at_the_place_before(e, place_before, date_before, opener) for e in found]
        if opener == "damals" and last_date is not None:
            # "Bereits im März 2023 hatte es in der Halle gebrannt. Damals war ein Lehrling festgenommen worden"
            found = [e if e.date is not None else replace(e, date=last_date) for e in found]
        if before and _opens_with_both(sent) and not _PASSIVE_AUX & {t.lower for t in sent.tokens}:
            # (passive: "Die beiden wurden festgenommen" are who it was done to)
            found = [_by_both(e, before) for e in found]
        found = _without_accidental_deaths(found, sent, text, accident_story)
        claimant = _claimant(sent, sent_mentions, text)
        if claimant is not None:
            # "Bei einem Angriff … wurden zwölf Beamte getötet. Zu der Tat bekannte sich die Terrorgruppe Boko Haram":
            # who claims it did it (this sentence's and the one before's violence with no actor of its own)
            found = [_claimed_by(e, claimant) for e in found]
            if before:
                claimed = [_claimed_by(e, claimant) for e in before]
                events[len(events) - len(before):] = claimed
                before = claimed
                # "Der IS reklamierte den Anschlag für sich": the deed claimed is the one told before, no second
                told = {e.type for e in before if e.type in _CLAIMABLE}
                found = [e for e in found if not (e.type in told and e.trigger[:1].isupper())]
            if not any(e.type in _CLAIMABLE for e in before) and violent_before is not None and violent_before[2] <= 2:
                # (the violence told two or three sentences before, with a sentence between: who was caught, how
                # many died)
                lo, hi, _ = violent_before
                events[lo:hi] = [_claimed_by(e, claimant) for e in events[lo:hi]]
                told = {e.type for e in events[lo:hi] if e.type in _CLAIMABLE}
                found = [e for e in found if not (e.type in told and e.trigger[:1].isupper())]
        # (only another place: "Die Staatsanwaltschaft Leipzig …" after a raid in Leipzig goes on at the scene)
        names_place = any(m.label == "LOC" and not isinstance(m, ActorMention)
                          and (scene is None or (m.canonical or m.text) != scene.place.canonical)
                          for m in sent_mentions)
        if scene is not None and "\n" in text[scene.end:sent.start] and not (
                headline_end is not None and scene.end <= headline_end and "\n" not in text[headline_end + 2:sent.start]):
            scene = None  # a new paragraph (but the lead goes on at the headline's scene: "Demonstration in Bern")
        if scene is not None and not names_place:
            # ("des libanesischen Gesundheitsministeriums" names an actor, not a place)
            found = [_at_the_scene_before(e, scene) for e in found]
        # the scene goes on over sentences that name no other place: "… demonstrierten in Dresden. Die Polizei
        # sprach von 6000 Teilnehmern. Am Rande wurden drei Personen festgenommen"
        scene = next((e for e in reversed(found) if e.type in _SCENE_TYPES and e.place is not None and not e.negated),
                     None if names_place else scene)
        before = found
        if any(e.type in _CLAIMABLE for e in found):
            violent_before = (len(events), len(events) + len(found), 0)
        elif violent_before is not None:
            violent_before = (*violent_before[:2], violent_before[2] + 1)
        place_before, date_before = (None, None) if found else _scene_without_event(sent, sent_mentions, sent_dates)
        last_date = sent_dates[-1] if sent_dates else None
        events.extend(found)
        arrest = next((e for e in found if not e.negated and (e.type in ("arrest", "investigate", "convict") or (
            e.type == "criticize" and _accuses(e)))), None)
        arrested = None if arrest is None else tuple(x for x in arrest.actors if x.role == "actor2")
        antecedent = next((x for e in reversed(found) for x in e.actors if x.role == "actor1"), None) or (
            _sentence_subject(sent, sent_mentions))
        person_before = _only_person(sent_mentions)
        object_before = next((x for e in reversed(found) for x in e.actors if x.role == "actor2"), None)
    events = _without_back_references(_without_headline_repeats(events, text), text)
    if dateline is None:
        return events
    # "Passau. ... Söder besuchte das Krisengebiet": where the story is reported from, as a last resort
    return [e if e.place is not None or _elsewhere(e, dateline, sentences, mentions, text)
            else replace(e, place=dateline) for e in events]


# "in Linz", "bei Graz", "Der Stadtrat von Winterthur": a place named as where something is or whose
# council acts; "nach" names where someone goes.
_WHERE = frozenset({"in", "im", "bei", "beim", "nahe", "von"})


def _elsewhere(event: Event, dateline: EventPlace, sentences: list[_Sentence], mentions: Sequence[Mention],
               text: str) -> bool:
    """A later paragraph that has moved to another place: "Wien (APA) – … [¶] In Linz wurde ein Mann
    festgenommen, der einen Supermarkt überfallen haben soll" (the robbery was not in Wien).
    Countries do not count: "in Österreich" is no other place than Wien."""
    paragraph = text.rfind("\n", 0, event.start) + 1
    if paragraph <= dateline.start:
        return False  # the dateline's own paragraph
    countries = country_names()
    others = [m for m in mentions if m.label == "LOC" and paragraph <= m.start < event.end
              and (m.canonical or m.text) != dateline.canonical and (m.canonical or m.text) not in countries]
    for sent in sentences if others else ():
        if sent.start >= event.end:
            break
        if sent.end <= paragraph:
            continue
        index_of = {t.start: i for i, t in enumerate(sent.tokens)}
        if any(m.start in index_of and governing_preposition(sent.tokens, index_of[m.start])[0] in _WHERE
               for m in others):
            return True
    return False



_HEADLINE_MAX = 300
_SENTENCE_END = tuple('.!?"“”»«')


def _headline_end(text: str) -> int | None:
    """Where the headline ends: a first paragraph, short and without a full stop; None when there is none."""
    cut = text.find("\n\n")
    if not 0 < cut <= _HEADLINE_MAX or text[:cut].rstrip().endswith(_SENTENCE_END):
        return None
    return cut


def _without_headline_repeats(events: list[Event], text: str) -> list[Event]:
    """'Drei Männer in Neuss festgenommen\n\nDie Polizei hat ... drei Männer festgenommen.': a headline
    (a first paragraph without a full stop) announces the lead's event; the lead's has the date and the
    details, so the headline's own event of the same type is left out, not counted twice."""
    cut = _headline_end(text)
    if cut is None:
        return events
    lead_end = text.find("\n\n", cut + 2)
    lead_end = len(text) if lead_end == -1 else lead_end
    lead_types = {e.type for e in events if cut <= e.start < lead_end}
    headline = {e.type: e for e in events if e.end <= cut and e.type in lead_types}
    out, completed = [], set()
    for e in events:
        if e.end <= cut and e.type in lead_types:
            continue
        if cut <= e.start < lead_end and e.type in headline and e.type not in completed:
            # "Merz trifft Macron in Paris" + "Merz ist zu Gesprächen gereist": the lead's event keeps
            # what only the headline says (the other party, the place)
            e = _completed_by(e, headline[e.type])
            completed.add(e.type)
        out.append(e)
    return out


# "Scholz sagte nach dem Treffen, …": an event noun with a definite article after nach/seit/wegen/trotz;
# "Bei der Festnahme leistete er Widerstand", "beim Angriff": the arrest or attack already reported
_BACK_REFERENCE = re.compile(r"(?<!\w)(?:(?:[Nn]ach|[Ss]eit|[Ww]egen|[Tt]rotz|[Bb]ei|[Ww]ährend)\s+(?:dem|der|den|des)"
                             r"|[Bb]eim)\s+(?:\w+\s+)?$")
# "Die Sanktionen würden Europa schaden": the subject with a definite article, when it adds nothing new
_DEFINITE_REFERENCE = re.compile(r"(?<![\w-])(?:[Dd]ie|[Dd]er|[Dd]as)\s+(?!(?:neue|erneute|weitere|zweite|nächste)\w*\s)"
                                 r"(?:[a-zäöüß]+\s+)?$")


def _without_back_references(events: list[Event], text: str) -> list[Event]:
    """An event noun that refers back to an event of its type an earlier sentence reported is no new event:
    "Macron hat Scholz empfangen … Scholz sagte nach dem Treffen, …" (one meeting)."""
    kept = []
    arrests: list[int] = []  # indexes in ``kept`` of the arrests kept, in order
    for ev in events:
        if not ev.trigger[:1].isupper():
            # (the last arrest that ``ev`` adds nothing to, among the last few: a retelling is near its arrest)
            first = next((i for i in reversed(arrests[-3:]) if kept[i].end <= ev.start
                          and _adds_nothing(ev, kept[i])), None) if ev.type == "arrest" else None
            if first is not None and _arrest_retold(ev, kept[first], text):
                # "… einen 24-Jährigen festgenommen. … Der Verdächtige sei am Dienstag gefasst worden": the same arrest
                if kept[first].date is None and ev.date is not None:
                    kept[first] = replace(kept[first], date=ev.date)
                continue
            if ev.type == "arrest":
                arrests.append(len(kept))
            kept.append(ev)  # a verb reports an event of its own
            continue
        earlier = [o for o in kept if o.type == ev.type and o.end <= ev.start]
        back = _BACK_REFERENCE.search(text, max(0, ev.trigger_start - 40), ev.trigger_start)
        if back and (earlier or (ev.type in _SPEECH_TYPES and not ev.actors)):
            # "Die Aktie legte nach der Ankündigung zu": what was announced was told before, in words
            # the lexicon need not know (an appointment); the noun is when, not a new statement
            continue
        referring = earlier and (_DEFINITE_REFERENCE.search(text, max(0, ev.trigger_start - 40), ev.trigger_start)
                                 or _still_held(ev, text))
        same = [o for o in earlier if _adds_nothing(ev, o) and _kind(o) == _kind(ev)] if referring else []
        if same:
            # "… fünf Männer festgenommen. Die Festnahmen erfolgten am Montag": the arrest gets its date
            first = same[-1]
            if (first.date is None and ev.date is not None and ev.modality == first.modality
                    and not _IN_FORCE.search(text, ev.trigger_end, ev.end)):
                # ("Die Vereinbarung soll am Sonntag in Kraft treten": when it takes effect, not when it was made)
                kept[kept.index(first)] = replace(first, date=ev.date)
            continue
        if ev.type == "arrest":
            arrests.append(len(kept))
        kept.append(ev)
    return kept


# The arrested told of again, opening the sentence: "Der Verdächtige", "Der 24-Jährige", "Er"; a sentence telling of
# another arrest says so ("Ein zweiter Verdächtiger", "Auch sein Bruder wurde … gefasst").
_ARRESTED_AGAIN = re.compile(r"(?:[Dd]er|[Dd]ie)\s+(?:mutma(?:ß|ss)liche[n]?\s+|junge[n]?\s+)?(?:\d+-[Jj]ährige[n]?|"
                             r"(?:Tat)?[Vv]erdächtige[n]?|Beschuldigte[n]?|Mann|Frau|Männer|Frauen|Täter(?:in)?|"
                             r"Jugendliche[n]?|Festgenommene[n]?)\b|(?:Er|Sie)\b")
_ANOTHER = re.compile(r"(?<!\w)(?:weitere[rnms]?|zweite[rnms]?|dritte[rnms]?|andere[rnms]?|ebenfalls|auch|erneut|"
                      r"wieder|nochmals|abermals|zudem|einmal|früher|damals|(?:19|20)\d\d)(?!\w)", re.IGNORECASE)


def _arrest_retold(later: Event, earlier: Event, text: str) -> bool:
    """An arrest verb in a later sentence whose subject is the arrested told of again, with no count of its own and
    no word of another arrest, retells the arrest before: "… einen 24-jährigen Mann festgenommen. … Der Verdächtige
    sei bereits am vergangenen Dienstag gefasst worden"."""
    if later.count is not None and (earlier.count is None or later.count.value != earlier.count.value):
        return False
    opening = max(text.rfind(". ", 0, later.trigger_start), text.rfind("\n", 0, later.trigger_start)) + 1
    sentence = text[opening:later.trigger_start].lstrip()
    return (opening > earlier.end - 1 and _ARRESTED_AGAIN.match(sentence) is not None
            and _ANOTHER.search(sentence) is None and _ANOTHER.search(text, later.trigger_end,
                                                                       later.trigger_end + 40) is None)


# Protests of three kinds that one text may report side by side: "Einen Generalstreik konnte die Regierung
# abwenden. Die geplante Demonstration am Samstag wurde abgesagt" are two events.
_PROTEST_KINDS = (("strike", ("streik", "ausstand", "niederleg")), ("riot", ("ausschreitung", "krawall", "rangelei")))


def _accuses(ev: Event) -> bool:
    """An accusation, after which "Sie sollen …" is about the accused: "wirft ihm … vor", "hat Anklage … erhoben"
    (criticism by ``erheben`` needs "Anklage")."""
    return any(h.entry.lemma in _ACCUSING or h.entry.lemma == "erheben" for h in load_lexicon().lookup(ev.trigger))


def _kind(ev: Event) -> str:
    """The event's type, and for a protest whether it is a strike, a riot or a demonstration."""
    if ev.type != "protest":
        return ev.type
    hits = load_lexicon().lookup(ev.trigger)
    lemma = hits[0].entry.lemma.lower() if hits else ev.trigger.lower()
    return next((kind for kind, stems in _PROTEST_KINDS if any(stem in lemma for stem in stems)), "demonstration")


_IN_FORCE = re.compile(r"(?<!\w)in\s+Kraft(?!\w)")

# "Der Mann sitzt in Untersuchungshaft", "kam in Haft": the custody an arrest reported before began
_IN_CUSTODY = re.compile(r"(?<!\w)in\s+(?:die\s+)?$", re.IGNORECASE)


def _still_held(ev: Event, text: str) -> bool:
    return (ev.type == "arrest" and ev.date is None and ev.trigger.lower().endswith("haft")
            and _IN_CUSTODY.search(text, max(0, ev.trigger_start - 12), ev.trigger_start) is not None)


def _adds_nothing(later: Event, earlier: Event) -> bool:
    """The later event names no place, acting party or date the earlier one does not: "Die Angriffe auf
    Charkiw" after an attack on Kiew is another attack, "Die Sanktionen der USA" after the EU's are others."""
    names = {a.canonical for a in earlier.actors}
    return ((later.place is None or (earlier.place is not None and later.place.canonical == earlier.place.canonical))
            and all(a.canonical in names for a in later.actors if a.role == "actor1")
            # "festgenommen … Er sitzt seit 2020 in Haft": a date of its own makes it another event
            and (later.date is None or earlier.date is None or later.date.value == earlier.date.value))


def _completed_by(lead: Event, head: Event) -> Event:
    roles = {a.role for a in lead.actors}
    names = {a.canonical for a in lead.actors}
    extra = tuple(a for a in head.actors if a.role not in roles and a.canonical not in names)
    place = lead.place
    if place is None and head.place is not None and head.place.source == "clause":
        place = replace(head.place, source="headline")
    if not extra and place is lead.place:
        return lead
    return replace(lead, actors=tuple(sorted((*lead.actors, *extra), key=lambda a: a.role)), place=place)


# --- sentences, clauses, triggers -------------------------------------------

def _sentences(doc, text: str) -> list[_Sentence]:
    # One pass over the tokens' arrays: Token objects made one by one cost more than the rules.
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

    rows = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).tolist() if len(doc) else []
    sentenced = doc.has_annotation("SENT_START")  # without boundaries the whole doc is one sentence
    out: list[_Sentence] = []
    current: list[Tok] = []
    for i, (idx, length, space, sent_start) in enumerate(rows):
        if sentenced and sent_start == 1 and i > 0:
            _add_sentence(out, current)
            current = []
        if not space:
            current.append(Tok(text[idx:idx + length], idx, idx + length))
        elif current and "\n\n" in text[idx:idx + length]:
            # A blank line ends a sentence: the headline has no full stop ("EU verhängt Sanktionen\n\nDie ...")
            _add_sentence(out, current)
            current = []
    _add_sentence(out, current)
    return out


def _add_sentence(out: list[_Sentence], tokens: list[Tok]) -> None:
    for part in _split_glued_periods(tuple(tokens)):
        marks = _quoted_phrases(part) if any(t.text in _QUOTES for t in part) else set()
        out.append(_Sentence(part[0].start, part[-1].end, part, _clauses(part, marks),
                             frozenset(_inside_marks(marks))))


_ABBREVIATIONS = frozenset({"dr.", "prof.", "st.", "nr.", "abs.", "art.", "bzw.", "ca.", "vgl.", "inkl.",
                            "evtl.", "ggf.", "mio.", "mrd.", "bzw.", "usw.", "etc.", "sog.", "fr.", "sfr.", "hr.", "fa."})


# A result or a time before a full stop, never an ordinal: "mit 2:0. Grifo traf", "um 14:30. Dann".
_SCORE = re.compile(r"\d+:\d+")
# A Swiss round price before a full stop: "kostet Fr. 15.–. Der Konsumentenschutz ..." (15,–. normalized).
_ROUND_PRICE = re.compile(r"\d+[.,][–-]")


# Abbreviations that close an amount: "ein Defizit von 186 Mio. Fr. Finanzdirektorin X sagte ...".
_CURRENCY_AFTER = frozenset({"fr.", "sfr.", "rp."})
_SCALE_AFTER = frozenset({"mio.", "mrd.", "mia.", "bio."})
# After "3 Mrd." a capital may be the unit or the counted noun ("3 Mrd. Franken", "3 Mrd. Menschen");
# only these words surely open the next sentence.
_OPENERS = frozenset("der die das ein eine er sie es wir man auch im in am auf bei mit nach laut dabei "
                     "damit zudem doch aber dies diese dieser".split())


def _amount_ends(tokens: tuple[Tok, ...], i: int) -> bool:
    """'50 Fr. Der Rat', '186 Mio. Fr. Die', '3 Mrd. Die': the amount closes its sentence.
    Not 'Fr. 4.20' (the currency before the figure) or 'am Fr. 3. Mai' (Friday)."""
    before = tokens[i - 1] if i > 0 else None
    if tokens[i].lower in _CURRENCY_AFTER:
        return before is not None and (any(c.isdigit() for c in before.text) or before.lower in _SCALE_AFTER)
    return (tokens[i].lower in _SCALE_AFTER and before is not None and any(c.isdigit() for c in before.text)
            and tokens[i + 1].lower in _OPENERS)


def _split_glued_periods(tokens: tuple[Tok, ...]) -> list[tuple[Tok, ...]]:
    """The German tokenizer keeps 'AfD.', '2:0.' and '15,–.' whole, so 'der AfD. Die Polizei' is one
    sentence: split it."""
    parts, start = [], 0
    for i, tok in enumerate(tokens[:-1]):
        word = tok.text[:-1]
        glued = ((word.isalpha() and tok.lower not in _ABBREVIATIONS and len(word) > 1) or _SCORE.fullmatch(word)
                 or _ROUND_PRICE.fullmatch(word)
                 # a unit's last letter: "120 km/h. Er wurde ..." ("km", "/", "h."); a lone letter elsewhere
                 # is an initial ("Christine K. Brückner")
                 or (word.isalpha() and i > 0 and tokens[i - 1].text == "/")
                 or _amount_ends(tokens, i))
        if tok.text.endswith(".") and glued and tokens[i + 1].text[:1].isupper():
            parts.append(tokens[start:i + 1])
            start = i + 1
    parts.append(tokens[start:])
    return [p for p in parts if p]


def _list_comma(tokens: tuple[Tok, ...], i: int) -> bool:
    """A comma inside a list of names or things: "ÖVP, SPÖ und NEOS einigten sich", "stellten 2,3 Kilogramm
    Kokain, 48.000 Franken Bargeld und eine Pistole sicher" are one clause. The items are capitalized words
    or amounts, and the list ends in und/oder/sowie within three words. An event noun closes a clause, it
    opens no list: "Scholz sagte nach dem Treffen, Deutschland und Frankreich trügen Verantwortung"."""
    if 0 < i < len(tokens) - 1 and tokens[i - 1].text.isdigit() and tokens[i + 1].text.isdigit():
        return True  # "im Alter von 19, 23 und 27 Jahren": a list of numbers
    if i == 0 or not tokens[i - 1].text[:1].isupper() or load_lexicon().is_event_noun(tokens[i - 1].text):
        return False
    for j in range(i + 1, min(i + 5, len(tokens))):
        word = tokens[j].text
        if tokens[j].lower in ("und", "oder", "sowie"):
            return j > i + 1
        # "in Zürich, in Basel und in Bern": a list of phrases may repeat the preposition
        repeated = j == i + 1 and i >= 2 and tokens[j].lower == tokens[i - 2].lower and tokens[j].lower in _LIST_PREPOSITIONS
        if word != "," and not (word[:1].isupper() or word[:1].isdigit() or repeated):
            return False
    return False


_LIST_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "von", "für", "mit", "gegen", "an", "auf"})


_DAY_NUMBER = re.compile(r"\d{1,4}\.?(?:\d{1,2}\.(?:\d{2,4})?)?$")  # 24. / 24.11.2026 / 2026


def _date_apposition_commas(tokens: tuple[Tok, ...]) -> set[int]:
    """'nahm am Dienstag, dem 24. November, zwei Männer fest': the commas around a date that
    restates a weekday close no clause (the particle "fest" still belongs to "nahm")."""
    commas: set[int] = set()
    for i in range(1, len(tokens) - 2):
        if (tokens[i].text == "," and tokens[i - 1].lower.startswith(tuple(WEEKDAYS))
                and tokens[i + 1].lower in ("dem", "den") and _DAY_NUMBER.match(tokens[i + 2].text)):
            commas.add(i)
            for j in range(i + 3, min(i + 7, len(tokens))):
                if tokens[j].text == ",":
                    if tokens[j - 1].lower in MONTHS or _DAY_NUMBER.match(tokens[j - 1].text):
                        commas.add(j)
                    break
    return commas


_QUOTES = frozenset('"„“”«»')
_SHORT_QUOTE = 4  # words


def _quoted_phrases(tokens: tuple[Tok, ...]) -> set[int]:
    """The marks around a short quoted phrase, which close no clause: 'Die SP sprach von einer
    «verantwortungslosen Aufrüstung» und drohte mit dem Referendum' is one clause (one subject)."""
    marks: set[int] = set()
    opened = None
    for i, tok in enumerate(tokens):
        if tok.text in _QUOTES:
            if opened is not None and 0 < i - opened - 1 <= _SHORT_QUOTE and all(
                    t.text[:1].isalnum() for t in tokens[opened + 1:i]):
                marks |= {opened, i}
                opened = None
            else:
                opened = i
    return marks


def _inside_marks(marks: set[int]) -> set[int]:
    """The token indices between paired quote marks (``_quoted_phrases`` gives the marks in pairs)."""
    ordered = sorted(marks)
    return {i for a, b in zip(ordered[::2], ordered[1::2]) for i in range(a + 1, b)}


def _clauses(tokens: tuple[Tok, ...], quoted: set[int]) -> tuple[tuple[int, int], ...]:
    """Split at clause punctuation; "und"/"oder" are handled as conjuncts inside a clause. ``quoted``:
    the marks of short quoted phrases, which split nothing."""
    bounds, start = [], 0
    inside_dates = _date_apposition_commas(tokens) if any(t.text == "," for t in tokens) else set()
    inserted = _paired_dashes(tokens)
    for i, tok in enumerate(tokens):
        if tok.text == "," and (i in inside_dates or _list_comma(tokens, i)):
            continue
        if i in quoted or i in inserted:
            continue
        if tok.text in _CLAUSE_PUNCT or (len(tok.text) == 1 and tok.text in ".!?"):
            if i > start:
                bounds.append((start, i))
            start = i + 1
    if start < len(tokens):
        bounds.append((start, len(tokens)))
    return tuple(bounds) or ((0, len(tokens)),)


_DASHES = frozenset({"–", "—", "-"})


def _paired_dashes(tokens: tuple[Tok, ...]) -> set[int]:
    """The two dashes around a short insertion, which split nothing: "In Odessa wurden – nach Angaben der Behörden –
    zwei Menschen getötet" is one clause, as it is without them (a single dash still ends one)."""
    dashes = [i for i, t in enumerate(tokens) if t.text in _DASHES]
    out = set()
    for i, j in zip(dashes, dashes[1:]):
        # (it opens lowercase, as a preposition or "wie"/"so" does: a headline's "Messerangriff in Hamburg – Zwei
        # Verletzte – Täter flüchtig" lists clauses)
        if (i not in out and 1 < j - i <= 8 and tokens[i + 1].text[:1].islower()
                and not any(t.text in _CLAUSE_PUNCT for t in tokens[i + 1:j])):
            out |= {i, j}
    return out


def _clause_of(sent: _Sentence, index: int) -> tuple[int, int]:
    for a, b in sent.clauses:
        if a <= index < b:
            return a, b
    return 0, len(sent.tokens)


def _outside_names(triggers: list[_Trigger], sent: _Sentence, mentions: Sequence[Mention]) -> list[_Trigger]:
    """A noun inside an organization's name is no event: "Direktion für Entwicklung und Zusammenarbeit",
    "Gesellschaft für Friedensverhandlungen". The name's first word still is ("Gipfel von Davos")."""
    names = [(m.start, m.end) for m in mentions if m.label in ("ORG", "MISC") and " " in m.text]
    return [t for t in triggers if t.mode != "noun"
            or not any(start < sent.tokens[t.index].start < end for start, end in names)]


# Words only a match report uses: violence in the same clause is play.
_MATCH_PLAY = re.compile(r"\b(?:Halbzeit|Spielminute|Torhüter\w*|Torwart|Torfrau|Stürmer\w*|Strafraum|Anpfiff|Abpfiff|"
                         r"Elfmeter\w*|Partie|Tabellenführer\w*|Heimspiel\w*|Auswärtsspiel\w*|Spielzug|"
                         r"Konter|Eckball|Freistoß|Freistoss)\b")


def _find_triggers(lexicon, sent: _Sentence, text: str) -> list[_Trigger]:
    found: list[_Trigger] = []
    for i, tok in enumerate(sent.tokens):
        hits = lexicon.lookup(tok.text, sentence_initial=(i == 0))
        if not hits:
            continue
        a, b = _clause_of(sent, i)
        clause_text = text[sent.tokens[a].start:sent.tokens[b - 1].end]
        if [t.lower for t in sent.tokens[b:b + 2]] == [",", "dass"]:
            # "stellte sicher, dass …" (ensured, no seizure), "begrüßte, dass …" (welcomed): the clause's object
            clause_text += ", dass"
        chosen: list[_Trigger] = []
        for hit in hits:
            particle = None
            if hit.mode == "finite" and hit.entry.particle:
                particle = _find_particle(sent.tokens, i, b, hit.entry.particle) or _particle_after_apposition(
                    sent, b, hit.entry.particle)
                if particle is None:
                    continue
            elif hit.mode == "finite" and _other_particle_verb(sent.tokens, i, b):
                continue  # "traf am Mittwoch in Kairo ein": eintreffen, arriving, is no meeting
            if hit.entry.requires is not None and bool(hit.entry.requires.search(clause_text)) == hit.entry.forbids:
                continue
            if hit.entry.type in _VIOLENT and _MATCH_PLAY.search(clause_text):
                continue  # "griffen die Gäste in der zweiten Halbzeit mutig an": a game, no attack
            mode = hit.mode
            if hit.also_finite and not _AUX_FINITE & {t.lower for t in sent.tokens[a:b]} and i < b - 1:
                mode = "finite"  # "Pramberger verlangt vom Bund ...": no auxiliary, not verb-final
            # (a particle behind an apposition takes the clause on to it: "…, einen 33-jährigen Mann, in Köln fest")
            reach = next((d for c, d in sent.clauses if c <= particle < d), None) if particle is not None and particle >= b else None
            chosen.append(_Trigger(hit.entry, mode, i, particle, reach))
        # A verb whose particle was found beats the plain reading ("sprach sich ... aus" ≠ sprechen).
        if any(t.particle is not None for t in chosen):
            chosen = [t for t in chosen if t.particle is not None]
        if chosen:
            found.append(chosen[0])
    found += _attributions(lexicon, sent)
    return _one_per_type_and_clause(_announced_cooperation(_drop_referring_nouns(found, sent), sent), sent)


_ATTRIBUTION_ENDS = frozenset({".", ",", ";", ")", "!", "?", ":"})


def _attributions(lexicon, sent: _Sentence) -> list[_Trigger]:
    """"Die EU müsse handeln, so Scholz.": "so" and a name closing the sentence attribute what was said, like
    "sagte Scholz" (not "…, so schnell wie möglich", nor "…, so Gott will")."""
    tokens = sent.tokens
    say = next((h.entry for h in lexicon.lookup("sagte") if h.entry.type == "statement"), None)
    found = []
    for i in range(1, len(tokens) - 1):
        if tokens[i].lower != "so" or tokens[i - 1].text != ",":
            continue
        k = i + 1 + (tokens[i + 1].lower in ("der", "die", "das"))
        j = k
        while j < len(tokens) and j - k < 5 and tokens[j].text[:1].isupper() and tokens[j].text[:1].isalpha():
            j += 1
        if say is not None and j > k and (j == len(tokens) or tokens[j].text in _ATTRIBUTION_ENDS):
            found.append(_Trigger(say, "finite", i, None))
    return found


# Particles that, closing the clause, make a verb another verb ("traf ... ein", "sagte ... zu").
_SEPARABLE_PARTICLES = ("ab", "an", "auf", "aus", "bei", "ein", "fest", "los", "mit", "nach", "vor", "weg", "zu",
                        "zurück", "zusammen")


def _other_particle_verb(tokens: tuple[Tok, ...], verb: int, clause_end: int) -> bool:
    """A plain verb's entry does not fit a particle verb: the lexicon lists those it means. Only the
    verb's own conjunct counts ("verurteilte die Ankündigung und rief die Gewerkschaft auf")."""
    for j in range(verb + 1, clause_end):
        if tokens[j].lower in _CONJUNCTIONS:
            return False
        if tokens[j].lower in _SEPARABLE_PARTICLES and _closes_conjunct(tokens, j, clause_end):
            return True
    return False


def _closes_conjunct(tokens: tuple[Tok, ...], j: int, clause_end: int) -> bool:
    """Token ``j`` is the last of its clause or conjunct: a particle standing there is the verb's."""
    nxt = tokens[j + 1].lower if j + 1 < len(tokens) else "."
    return j + 1 >= clause_end or nxt in _CONJUNCTIONS or not nxt[0].isalnum()


def _find_particle(tokens: tuple[Tok, ...], verb: int, clause_end: int, particle: str) -> int | None:
    """'lehnte das Paket ab.' → index of 'ab': the particle closes its clause or conjunct."""
    for j in range(verb + 1, clause_end):
        if tokens[j].lower == particle and _closes_conjunct(tokens, j, clause_end):
            return j
    return None


_APPOSITION_ARTICLES = frozenset({"ein", "eine", "einen", "einem", "einer", "eines"})
_AGE = re.compile(r"\d+-(?:jährig|jaehrig)\w*$")  # "33-jährigen"
MAX_APPOSITION = 10  # tokens


def _apposition_end(tokens: tuple[Tok, ...], start: int) -> int | None:
    """The comma closing an apposition that opens at ``start`` with an indefinite article: "einen 33-jährigen Mann,",
    "eine Mitarbeiterin der Stadt,"; None when a verb or anything else stands in it (a relative clause has one)."""
    if start >= len(tokens) or tokens[start].lower not in _APPOSITION_ARTICLES:
        return None
    k = start + 1
    while k < len(tokens) and (_AGE.match(tokens[k].text) or (
            tokens[k].text.isalpha() and tokens[k].text.islower() and tokens[k].lower.endswith(_ADJECTIVE_ENDINGS))):
        k += 1
    nouns = k
    while k < len(tokens) and k - start < MAX_APPOSITION and tokens[k].text[:1].isupper() and tokens[k].text.replace(
            "-", "").isalpha():
        k += 1
        if k + 1 < len(tokens) and tokens[k].lower in ("des", "der") and tokens[k + 1].text[:1].isupper():
            k += 1  # "eine Mitarbeiterin der Stadt"
    return k if k > nouns and k < len(tokens) and tokens[k].text == "," else None


def _particle_after_apposition(sent: _Sentence, clause_end: int, particle: str) -> int | None:
    """"Die Bundespolizei nahm den mutmaßlichen Täter, einen 33-jährigen Mann, noch am Tatort fest": the commas
    of an apposition or a relative clause end no clause for the verb's particle, which closes the clause after it."""
    tokens = sent.tokens
    if clause_end >= len(tokens) or tokens[clause_end].text != ",":
        return None
    end = _apposition_end(tokens, clause_end + 1)
    if end is None and clause_end + 1 < len(tokens) and tokens[clause_end + 1].lower in _RELATIVE_OPENERS:
        # "Die Polizei nahm den Mann, der die Frau bedroht hatte, am Sonntag fest": a relative clause, too
        inserted = next((d for c, d in sent.clauses if c == clause_end + 1), None)
        end = inserted if inserted is not None and inserted < len(tokens) and tokens[inserted].text == "," else None
    if end is None:
        return None
    after = next((d for c, d in sent.clauses if c == end + 1), None)
    return _find_particle(tokens, end, after, particle) if after is not None else None


def _one_per_type_and_clause(triggers: list[_Trigger], sent: _Sentence) -> list[_Trigger]:
    """'stellt 20 Millionen an Hilfe bereit': one aid event, the verb is the better trigger, unless the verb
    only names the harm done ('Bei einer Messerattacke ist ein Mann verletzt worden': the attack)."""
    best: dict[tuple, _Trigger] = {}
    for trig in triggers:
        key = (_clause_of(sent, trig.index), trig.entry.type)
        if key not in best:
            best[key] = trig
        elif best[key].mode == "noun" and trig.mode != "noun" and trig.entry.lemma not in _RESULT_VERBS:
            best[key] = trig
        elif best[key].mode != "noun" and best[key].entry.lemma in _RESULT_VERBS and trig.mode == "noun":
            best[key] = trig
    return sorted(best.values(), key=lambda t: t.index)


_RESULT_VERBS = frozenset({"verletzen"})
# Announcing cooperation is intending it (CAMEO 03): "Kickl kündigte an, Gespräche mit der ÖVP aufzunehmen",
# "Scholz und Macron kündigten an, die Rüstungskooperation auszubauen".
_ANNOUNCING = frozenset({"ankündigen"})
# Events addressed to someone: "Kritik am Iran", "Forderungen am Kreml" name a target after "am", no place.
_ADDRESSED_TYPES = frozenset({"criticize", "aid", "appeal", "demand", "threaten"})
_COOPERATIVE = frozenset({"intent_cooperate", "negotiate", "mediate", "consult", "agree", "aid"})
_ZU_INFINITIVE = re.compile(r"\w+zu\w+en")  # "auszubauen", "aufzunehmen"


def _announced_cooperation(triggers: list[_Trigger], sent: _Sentence) -> list[_Trigger]:
    """An announcement whose zu-clause names a cooperative act becomes one intent_cooperate event
    spanning both clauses; the act's noun is no event of its own."""
    out = list(triggers)
    for trig in triggers:
        if trig.entry.type != "statement" or trig.entry.lemma not in _ANNOUNCING or trig not in out:
            continue
        _, b = _clause_of(sent, trig.index)
        following = [c for c in sent.clauses if c[0] > b - 1]
        if not following:
            continue
        c, d = following[0]
        words = [t.lower for t in sent.tokens[c:d]]
        if "zu" not in words and not any(_ZU_INFINITIVE.fullmatch(w) for w in words):
            continue
        acts = [o for o in out if o.mode == "noun" and c <= o.index < d and o.entry.type in _COOPERATIVE]
        if acts:
            cooperate = replace(trig.entry, type="intent_cooperate", cameo=TYPES["intent_cooperate"])
            out = [o for o in out if o not in acts and o is not trig] + [replace(trig, entry=cooperate, clause_end=d)]
    return sorted(out, key=lambda t: t.index)


# Verbs of remembering the dead or a past event: "gedachten", "trauerten um", "erinnerten an"
_COMMEMORATING = re.compile(r"gedenk\w*|gedacht\w*|trauer(?:n|t|te|ten)|getrauert|erinner(?:n|t|te|ten)|"
                            r"mahnwache\w*|schweigeminute\w*|gedenkfeier\w*|trauerfeier\w*")


_STANCES = frozenset({"verständnis", "sympathie", "sympathien", "solidarität", "respekt", "unterstützung", "kritik", "lob"})


_LETTING = frozenset({"ließ", "liess", "ließen", "liessen", "lässt", "laesst", "lassen", "gelassen"})


def _dropped(tokens, index: int, a: int, b: int) -> bool:
    """"liess die Drohung aber fallen", "hat die Forderung fallen gelassen": what is dropped was told before."""
    words = [t.lower for t in tokens[index + 1:b]]
    return ("fallengelassen" in words or ("fallen" in words and (
        bool(_LETTING & set(words)) or any(tokens[k].lower in _LETTING for k in range(a, index)))))


def _drop_referring_nouns(triggers: list[_Trigger], sent: _Sentence) -> list[_Trigger]:
    kept = []
    for trig in triggers:
        if trig.mode == "noun":
            a, b = _clause_of(sent, trig.index)
            # "verurteilte den Angriff" (but "verurteilte den Angriff und kündigte Hilfe an": another verb's object)
            # ("Vermittelt hatten Saudi-Arabien und die USA einen Gefangenenaustausch": a participle fronted too)
            governed = any((o.mode == "finite" or (o.mode == "nonfinite" and o.index == a))
                           and o.entry.type in _REFERRING and a <= o.index < trig.index
                           and not any(v.mode != "noun" and o.index < v.index < trig.index for v in triggers)
                           for o in triggers) or _object_of_closing_verb(trig, triggers, sent, b) or _threatened(
                trig, triggers, sent, a, b)
            # "bei einer Razzia ... sieben Personen verhaftet": the raid is the arrest's operation
            framing = trig.entry.type == "coerce" and any(
                o.mode != "noun" and o.entry.type == "arrest" and a <= o.index < b for o in triggers)
            referred = any(sent.tokens[k].lower in _REFERRING_FORMS for k in range(a, trig.index)) or _dropped(
                sent.tokens, trig.index, a, b) or (
                # "hat die Vorwürfe bisher nicht kommentiert": the object of a referring participle closing the clause
                sent.tokens[b - 1].lower in _REFERRING_FORMS and trig.index < b - 1
                and governing_preposition(sent.tokens, trig.index)[0] is None)
            # (only the noun's genitive: "am Rande kam es zu Ausschreitungen" tells a riot)
            # (a protest framing the time took place: "am Rande einer Demonstration … festgenommen"; only "im Vorfeld"
            # is before it)
            framed = any(sent.tokens[k].lower in _FRAMING_NOUNS and sent.tokens[k].text[:1].isupper()
                         and not any(sent.tokens[j].lower in PREPOSITIONS for j in range(k + 1, trig.index))
                         and (trig.entry.type != "protest" or sent.tokens[k].lower == "vorfeld")
                         for k in range(max(a, trig.index - 3), trig.index))
            # "sein Veto gegen die Sanktionen", "Kritik an den Sanktionen": a judging noun's object is judged, not done
            # (also behind the noun it hangs on: "ihr Veto gegen die Aufnahme von Beitrittsgesprächen")
            judged = _von_head(sent.tokens, trig.index, a)
            opposed = governing_preposition(sent.tokens, judged)[0] in ("gegen", "an", "am") and any(
                o.mode == "noun" and o.entry.type in _JUDGING and a <= o.index < judged and judged - o.index <= 4
                for o in triggers) or governing_preposition(sent.tokens, trig.index)[0] == "für" and any(
                # "zeigte Verständnis für die Proteste": a stance towards what was told, no protest of the minister's
                sent.tokens[k].lower in _STANCES for k in range(max(a, trig.index - 4), trig.index))
            # "gedachten der Opfer des Anschlags", "erinnerten an den Angriff": a past event remembered, not told
            # ("Der Angriff erinnert an 2015" told the attack: what one is reminded of comes after the verb)
            # (but "Nach dem Amoklauf trauert die Stadt" tells it: what the clause comes after is no object)
            remembered = governing_preposition(sent.tokens, trig.index)[0] not in _AFTERMATH | _SETTING and any(
                _COMMEMORATING.fullmatch(sent.tokens[k].lower)
                and (k < trig.index or not sent.tokens[k].lower.startswith("erinner"))
                for k in range(a, b) if k != trig.index)
            # "vorgeworfen, gegen die Waffenruhe verstoßen zu haben": what is violated is in force, no new event
            violated = governing_preposition(sent.tokens, trig.index)[0] == "gegen" and any(
                sent.tokens[k].lower.startswith(_VIOLATING) for k in range(a, b) if k != trig.index)
            if (governed or framing or referred or framed or opposed or remembered or violated
                    or _charged(trig, triggers, sent.tokens, a, b) or _talked_about(sent.tokens, trig.index)
                    or _striven_for(sent.tokens, trig.index, a, b) or _lifted(trig, triggers, sent.tokens)):
                continue
        kept.append(trig)
    return kept


# A court, a prosecutor or the police act on a charge: "wegen versuchten Mordes verurteilt", "wegen Raubes angeklagt"
_JUDICIAL_TYPES = frozenset({"arrest", "convict", "investigate"})
_JUDICIAL_WORDS = re.compile(r"angeklagt|anklage\w*|verdacht\w*|tatverdächtig\w*|verdächtig\w*|beschuldigt\w*|"
                             r"ermittl\w*|ermittelt|prozess\w*|gericht\w*|verurteil\w*|haftbefehl\w*|fahndung\w*")


def _charged(trig: _Trigger, triggers: list[_Trigger], tokens, a: int, b: int) -> bool:
    """A crime named bare after "wegen" in a judicial clause is the charge, not an event of its own: "hat einen Mann
    wegen versuchten Mordes verurteilt", "wegen Totschlags angeklagt" (the deed itself is told elsewhere, if at all;
    "wegen des Angriffs" with an article refers to a told event, and "wegen eines geplanten Anschlags" is a plan)."""
    k = trig.index - 1
    while k >= a and tokens[k].lower not in PREPOSITIONS | _ARTICLE_WORDS and (
            tokens[k].text.islower() or tokens[k].text == "," or tokens[k + 1].lower in ("und", "oder", ",")):
        # adjectives: "wegen versuchten Mordes", "wegen schweren Raubes"; and the charges listed before it: "wegen
        # Volksverhetzung und tätlichen Angriffs auf Vollstreckungsbeamte"
        k -= 1
    if k < a or tokens[k].lower != "wegen":
        return False
    return any(o is not trig and o.mode != "noun" and o.entry.type in _JUDICIAL_TYPES and a <= o.index < b
               for o in triggers) or any(_JUDICIAL_WORDS.fullmatch(tokens[j].lower) for j in range(a, b) if j != trig.index)


_GENITIVE_OPENERS = frozenset({"der", "des", "aller", "einiger", "ihrer", "seiner", "unserer", "dieser"})


def _lifted(trig: _Trigger, triggers: list[_Trigger], tokens) -> bool:
    """A sanction in the genitive of an easing noun is being lifted, not imposed: "die Aufhebung der Sanktionen",
    "eine Senkung der Zölle", "die Lockerung aller Sanktionen", "eine Senkung ihrer gegenseitigen Zölle"."""
    if trig.entry.type != "sanction":
        return False
    k = trig.index - 1
    while k > 0 and tokens[k].text.islower() and tokens[k].lower not in _GENITIVE_OPENERS:
        k -= 1  # adjectives: "der bestehenden Sanktionen"
    if k < 1 or tokens[k].lower not in _GENITIVE_OPENERS:
        return False
    return any(o.index == k - 1 and o.mode == "noun" and o.entry.type == "ease" for o in triggers)


_APPEAL_TO = frozenset({"zu", "zum", "zur"})
# Verbs of striving for something ("setzt sich für die Freilassung … ein", "bemüht sich um die Freilassung",
# "demonstrierten für einen Waffenstillstand"): what they strive for has not happened.
_STRIVING = re.compile(r"(?:ein)?(?:ge)?(?:setz|bemüh|demonstrier|protestier|plädier|wirb|warb|werb|engagier|"
                       r"mobilisier|kämpf|streik|verhandel|verhandl|ring|rang)\w*")
_STRIVING_PREPOSITIONS = frozenset({"für", "um"})


def _striven_for(tokens, index: int, a: int, b: int) -> bool:
    """An event noun after "für"/"um" that a verb of striving in its clause governs."""
    if governing_preposition(tokens, index)[0] not in _STRIVING_PREPOSITIONS:
        return False
    return any(_STRIVING.fullmatch(tokens[k].text) for k in range(a, b) if k != index)  # a verb: lowercase


def _object_of_closing_verb(trig: _Trigger, triggers: list[_Trigger], sent: _Sentence, b: int) -> bool:
    """'Verdi hatte zu dem Warnstreik aufgerufen', 'hat einen Waffenstillstand gefordert': the object of
    a referring participle or infinitive closing the clause. An event noun after another preposition is
    no object ('Nach dem Angriff hat die EU Sanktionen gefordert' keeps the attack)."""
    closing = [o for o in triggers if o.mode == "nonfinite" and o.entry.type in _REFERRING and trig.index < o.index < b]
    if not closing:
        return False
    preposition, _ = governing_preposition(sent.tokens, trig.index)
    # ("zu einer Kundgebung aufgerufen", "zu einem Gipfel eingeladen": what one is called or invited to)
    return preposition is None or (preposition in _APPEAL_TO and any(
        o.entry.type == "appeal" or o.entry.lemma == "einladen" for o in closing))


def _threatened(trig: _Trigger, triggers: list[_Trigger], sent: _Sentence, a: int, b: int) -> bool:
    """'Trump drohte der EU mit Strafzöllen', 'hat mit einem Referendum gedroht': what is threatened
    has not happened ('drohte nach dem Angriff mit Vergeltung' keeps the attack)."""
    return (governing_preposition(sent.tokens, trig.index)[0] == "mit"
            and any(o.entry.type == "threaten" and o.mode != "noun" and a <= o.index < b for o in triggers))


_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")  # "über humanitäre Hilfe", "einem russischen Angriff"
_SPEAKING = frozenset({"sprach", "sprachen", "spricht", "sprechen", "gesprochen", "redete", "redeten", "berichtete",
                       "berichteten", "berichtet"})
_TOPIC_WALK = frozenset({"die", "der", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines"})
# ... and the prepositions that carry their article: "beim Bundesverwaltungsgericht Beschwerde"
_PHRASE_ARTICLES = _TOPIC_WALK | {"beim", "im", "am", "vom", "zum", "zur"}


_ASKING_FOR = ("forderung", "ruf", "rufe", "appell", "wunsch", "wünsche", "sehnsucht", "hoffnung")
_GOING = frozenset({"ging", "geht", "gehe", "gingen", "gehen", "gegangen"})
_FEAR = frozenset({"angst", "furcht", "sorge", "sorgen", "ängste", "befürchtungen"})
_WARNING = re.compile(r"(?:ge)?warn(?:t|te|ten|en|e|end|ung|ungen)?$")  # not "Warnstreik"


def _talked_about(tokens, index: int) -> bool:
    """'Beide sprachen über Energielieferungen', 'Gespräche über einen Waffenstillstand': an event noun
    after "über" is the topic of the talk, not an event of its own."""
    k = index - 1
    while k >= 0 and tokens[k].lower not in ("über", "von", "vom") and (tokens[k].lower in _TOPIC_WALK or (
            tokens[k].text.islower() and tokens[k].text.endswith(_ADJECTIVE_ENDINGS)) or (
            # a listed topic shares the preposition: "vor einer Hungersnot und einem Angriff"
            k >= 2 and tokens[k].lower in ("und", "oder", "sowie") and tokens[k - 1].text[:1].isupper()
            and tokens[k - 1].text.isalpha())):
        k -= 2 if tokens[k].lower in ("und", "oder", "sowie") else 1  # articles and adjectives: "über humanitäre Hilfe"
    if _on_the_agenda(tokens, index):
        return True
    if k < 0:
        return _called_in_quotes(tokens, index)
    if tokens[k].lower == "über":
        return True
    if tokens[k].lower == "um" and "es" in {t.lower for t in tokens[max(0, k - 3):k]} and any(
            tokens[j].lower in _GOING for j in range(max(0, k - 3), k)):
        return True  # "Dabei ging es um die Hilfe für die Ukraine": the talk's topic
    if tokens[k].lower == "nach" and k > 0 and tokens[k - 1].lower.startswith(_ASKING_FOR):
        return True  # "Forderungen nach einer Waffenruhe", "der Ruf nach Neuwahlen": asked for, not happened
    if tokens[k].lower == "vor" and (any(_WARNING.match(tokens[j].lower) or tokens[j].lower in _FEAR
                                         for j in range(max(0, k - 5), k)) or _warned_after(tokens, index)):
        return True  # "warnte vor einer neuen Offensive", "aus Angst vor Anschlägen": feared, not happened
    # "Die Polizei sprach von einer friedlichen Demonstration": what a speaker called it, not a new event
    return _speaker_calls(tokens, k) or _called_in_quotes(tokens, index)


_AGENDA = frozenset({"mittelpunkt", "zentrum", "tagesordnung", "thema", "themen", "traktandenliste"})
_STOOD = frozenset({"stand", "standen", "steht", "stehen", "war", "waren", "ist", "sind"})


def _on_the_agenda(tokens, index: int) -> bool:
    """"Im Mittelpunkt standen der Krieg und die Zölle", "Auf der Tagesordnung stehen Sanktionen": what a meeting is
    about, not an event of its own (the clause before the noun names the agenda and its verb)."""
    words = []
    for j in range(index - 1, max(-1, index - 14), -1):
        if tokens[j].text in _CLAUSE_PUNCT or tokens[j].text in ".!?":
            break
        words.append(tokens[j].lower)
    return bool(_AGENDA & set(words)) and bool(_STOOD & set(words))


def _warned_after(tokens, index: int) -> bool:
    """"hat vor einem Angriff gewarnt": the warning verb closes the clause."""
    for j in range(index + 1, min(len(tokens), index + 9)):
        if tokens[j].text in _CLAUSE_PUNCT:
            return False
        if _WARNING.match(tokens[j].lower):
            return True
    return False


def _speaker_calls(tokens, k: int) -> bool:
    """Token ``k`` is the "von" of "sprach von", "berichtete vom"."""
    return tokens[k].lower in ("von", "vom") and any(tokens[j].lower in _SPEAKING for j in range(max(0, k - 4), k))


# Events a country does, named by its adjective: "ein israelischer Luftangriff", "russische Sanktionen"
_STATE_ACTS = frozenset({"assault", "fight", "kill", "coerce", "arrest", "sanction", "aid", "threaten"})


def _state_adjective_before(tokens, index: int) -> list[EventActor]:
    """actor1 for an event noun right after a country's adjective ("bei einem israelischen Luftangriff":
    Israel), as ``state_actors`` does for "die israelische Armee"."""
    if index == 0:
        return []
    tok = tokens[index - 1]
    low = tok.lower
    for end in _ADJECTIVE_ENDINGS:
        country = state_adjectives().get(low[:-len(end)]) if low.endswith(end) else None
        if country is not None:
            return [EventActor("actor1", tok.text, country, "LOC", tok.start, tok.end)]
    return []


def _counted_by_speaker(tokens, index: int) -> bool:
    """'sprach von 140 Festnahmen', 'berichtete von mehr als 30 Toten': a count a speaker gives; 'Die Ukraine
    meldet den schwersten Luftangriff seit Wochen': an event a reporter reports."""
    for k in range(index - 1, max(-1, index - 5), -1):
        if tokens[k].lower in ("von", "vom"):
            return _speaker_calls(tokens, k)
        if tokens[k].lower in _REPORTING:
            return True
        if not (tokens[k].text[:1].isdigit() or tokens[k].text.islower()):
            return False
    return False


# Verbs that report an event noun as their object: its subject tells of the event, it did not do it.
_REPORTING = frozenset("meldet meldete meldeten melden gemeldet registrierte registrierten registriert verzeichnete "
                       "verzeichneten verzeichnet zählte zählten zählt dokumentierte dokumentiert bestätigte "
                       "bestätigt bestätigten".split())


def _called_in_quotes(tokens, index: int) -> bool:
    """'sprach von einem „wichtigen Schlag gegen hybride Angriffe auf unsere Infrastruktur“': the
    speaker's quoted words after "sprach von" name no event of their own."""
    for q in range(index - 1, max(-1, index - 12), -1):
        if tokens[q].text in _QUOTES:
            return any(_speaker_calls(tokens, j) for j in range(max(0, q - 3), q))
    return False


# --- one event ---------------------------------------------------------------

def _build_event(trig: _Trigger, sent: _Sentence, text: str, mentions: list[Mention],
                 quantities: list[Quantity], dates: list[EventDate], published: date | None,
                 all_triggers: list[_Trigger], antecedent: EventActor | None = None,
                 arrested: tuple[EventActor, ...] | None = None,
                 *, predicated: list[tuple[int, int]], relatives: list[tuple[int, int]] = (),
                 country_as_place: bool = False, person_before: EventActor | None = None,
                 object_before: EventActor | None = None) -> Event | None:
    """``antecedent``: who acted last in the sentence before; ``arrested``: whom an arrest, an accusation, an
    investigation or a conviction there was about, when it reported one; ``predicated``: the sentence's clauses
    with a predicate of their own (``_predicated_clauses``, found once per sentence); ``relatives``: its relative
    clauses with a verb's event (``_relative_clauses_with_verbs``); ``person_before``: the one person the sentence
    before named; ``object_before``: whom its last event acted on."""
    tokens = sent.tokens
    a, b = _clause_of(sent, trig.index)
    b = trig.clause_end or b
    conj_start = _conjunct_start(tokens, a, trig.index, all_triggers)
    clause_lower = [t.lower for t in tokens[a:b]]
    conjunct_lower = [t.lower for t in tokens[conj_start:b]]
    form = tokens[trig.index].lower
    # ("einbestellt" is also what "als Russland ihn einbestellt" joins: beside "wurde" it is the participle)
    participle = (trig.mode == "nonfinite"
                  and (not _is_joined_finite(form, trig.entry) or bool(_PASSIVE_AUX & set(clause_lower)))
                  and (not _is_infinitive(form, trig.entry) or _participle_like_infinitive(form, trig.entry, clause_lower)))
    # "Serieneinbrecher in Thun verhaftet": a headline participle without any auxiliary is passive too.
    # (a headline's bare participle is passive, "Serieneinbrecher in Thun verhaftet"; a subordinate clause's verb
    # is finite: "dass der Bundesrat von der EU mehr verlangt")
    passive = participle and (bool(_PASSIVE_AUX & set(clause_lower)) or (
        not _AUX_FINITE & set(clause_lower) and clause_lower[0] not in _SUBORDINATORS) or (
        # "Braun ist vor dem Landgericht angeklagt": a state, what was done to him (these verbs take "haben")
        trig.entry.lemma in _STATE_PASSIVE_LEMMAS and bool(_SEIN_FORMS & set(clause_lower))))
    violent = trig.entry.type in _VIOLENT

    verbs = {t.index for t in all_triggers if t.mode != "noun"} | {
        i for i in range(a, b) if tokens[i].lower in _AUX_FINITE}
    actors, place = _roles(trig, sent, a, b, conj_start, mentions, verbs, passive, violent)
    if place is None and a > 0 and tokens[a - 1].text == ":" and tokens[-1].text not in (".", "!", "?"):
        # a headline's "Explosion in Wohnhaus in Essen: Zwei Tote": what comes before the colon sets the scene
        before_colon = [m for m in mentions if m.end <= tokens[a - 1].start]
        place, _ = _scene_without_event(sent, before_colon, (), source="clause")
    if trig.mode != "noun" and (agent := _attributive_agent(tokens, trig.index, mentions)) is not None:
        # "die von Russland verhängten Sanktionen": a participle before its noun has its own agent, and the
        # clause's subject and object are no party to it
        actors = [EventActor("actor1", agent.text, agent.canonical or agent.text, agent.label, agent.start, agent.end)]
    elif trig.mode != "noun" and _determined_attribute(tokens, trig.index):
        # "Der Bundesrat ordnete die Ausschaffung eines verurteilten Drogendealers an": the clause's parties did not
        # do what the participle before a noun tells; only the noun's own name may be a party ("des verurteilten
        # Russen Quaxow")
        reach = tokens[min(trig.index + 4, len(tokens) - 1)].end
        actors = [x for x in actors if tokens[trig.index].end < x.start < reach]
    state = _state_adjective_before(tokens, trig.index) if trig.mode == "noun" and trig.entry.type in _STATE_ACTS else []
    if state:
        # "Die Ukraine wehrte eine russische Offensive ab": the country named by the adjective acts, not the
        # clause's subject
        actors = [*state, *(x for x in actors if x.role != "actor1")]
    if trig.mode == "noun" and _permitted_for(tokens, trig.index):
        # "Der Stadtrat hat die Bewilligung für die Demonstration verweigert": who grants or refuses the permit does
        # not demonstrate (the noun's own genitive still does)
        actors = [x for x in actors if not (x.role == "actor1" and x.end <= tokens[trig.index].start)]
    if trig.mode == "noun" and _counted_by_speaker(tokens, trig.index):
        # "Innenminister Nuñez sprach von 140 Festnahmen": he reports the arrests, he did not make them (the
        # noun's own genitive still did: "bestätigte die Angriffe Russlands")
        actors = [x for x in actors if x.role != "actor1" or x.start > tokens[trig.index].start]
    if (trig.entry.type == "protest" and trig.mode == "noun"
            and governing_preposition(tokens, trig.index)[0] in _SETTING | {None}
            and any(t.mode != "noun" and t.entry.type in _POLICING and a <= t.index < b for t in all_triggers)):
        # "Die Kantonspolizei hat bei der Kundgebung fünf Personen festgenommen", "Die Stadtpolizei hat eine
        # Demonstration aufgelöst": the police did not protest
        actors = [x for x in actors if x.role != "actor1"]
    if place is None and tokens[a].lower in _SCENE_ADVERBS:
        place = _scene_place(sent, a, mentions, violent)
    if (place is None or text.startswith("-", place.end)) and trig.entry.type in _AT_THE_TARGET:
        # ("Im Ukraine-Krieg hat Russland Kiew angegriffen": the town attacked, not the war's country)
        # (a country only when attacked: "traf Vertreter Frankreichs" is no meeting in France)
        place = _target_town(actors, country_as_place and place is None and violent) or place
    if place is None and tokens[a].lower in ("wo", "wohin") and a >= 2 and tokens[a - 1].text == ",":
        # "reiste nach Moskau, wo er Putin traf": where the place before the comma is
        there = next((m for m in mentions if m.label == "LOC" and m.end == tokens[a - 2].end
                      and not isinstance(m, ActorMention)), None)
        if there is not None:
            place = EventPlace(there.text, there.canonical or there.text, there.start, there.end)
    if place is None:
        place = _court_seat(actors)
    clause_span = (tokens[a].start, tokens[b - 1].end)
    # What was said, demanded or threatened carries its own dates ("Bis 2030 sollen ... entstehen, teilte
    # die Präsidentschaft mit"): a speech act is dated only by its own clause.
    sentence_span = clause_span if trig.entry.type in _SPEECH_TYPES else (sent.start, sent.end)
    # "kündigte Widerstand an und will am Samstag demonstrieren": a later conjunct's date is its own verb's
    later_conjunct = _conjunct_end(tokens, trig.index, b, verbs)
    if later_conjunct < b:
        dates = [d for d in dates if d.start < tokens[later_conjunct].start or d.start >= clause_span[1]]
    # "Die Polizei hat die Kundgebung vom Samstag verboten": "vom Samstag" says which rally, not when it was banned
    # (but "Bei der Kundgebung vom Samstag wurden … festgenommen": at that rally, so on that day)
    dates = [x for x in dates if not _date_of_another_noun(tokens, x, trig)]
    # (not one about the trigger itself: "Der Angriff, der am Montag begann, …" dates the attack)
    for c, d in (cl for cl in relatives if not cl[0] <= trig.index < cl[1] and cl[0] - 2 != trig.index):
        # "Die EU verhängt Sanktionen gegen Russland, das die Ukraine im Februar 2022 angegriffen hat": the attack's
        # date, not the sanctions'
        dates = [x for x in dates if not tokens[c].start <= x.start < tokens[d - 1].end]
    for c, d in sent.clauses:
        if (tokens[c].lower == "wie" and not c <= trig.index < d
                and any(t.entry.type == "statement" and t.mode != "noun" and c <= t.index < d for t in all_triggers)):
            # "Wie das Ministerium am Donnerstag mitteilte, sollen 40 Panzer geliefert werden": the report's day
            dates = [x for x in dates if not tokens[c].start <= x.start < tokens[d - 1].end]
    told_before = _told_before_in_relative(tokens, a, b) or _perfect_infinitive(tokens, a, b)
    if told_before:
        # "nahm am Samstag drei Männer fest, die einen Anschlag geplant haben sollen": what they are said to have
        # done, or had done before, is not dated by the arrest; nor is "…, seine Frau getötet zu haben" by the
        # suspicion's or the denial's day ("Am Montag bestritt er, …")
        dates = [x for x in dates if clause_span[0] <= x.start < clause_span[1]]
    # "Es sei vereinbart worden, den Haushalt im Mai zu beschließen": May is when the budget is passed
    content = _zu_clause_after(sent, b)
    if content is not None:
        dates = [d for d in dates if not tokens[content[0]].start <= d.start < tokens[content[1] - 1].end]
    if trig.entry.type in _SPEECH_TYPES:
        # "warnten vor Mehrkosten bis 2040", "forderte, bis 2030 auszusteigen": a deadline is what was said
        dates = [d for d in dates if not (_UNTIL_DATE.search(text, max(0, d.start - 12), d.start)
                                          or d.text.lower().startswith("bis "))]
    own_dates = [d for d in dates if not _FOR_DATE.search(text, max(0, d.start - 25), d.start)]
    event_date = (_nearest(own_dates, clause_span, sentence_span, tokens[trig.index].start)
                  or _nearest(dates, clause_span, sentence_span, tokens[trig.index].start))
    if (event_date is not None and trig.mode == "noun"
            and governing_preposition(tokens, trig.index)[0] in _AFTERMATH
            and (event_date.start < tokens[trig.index].end or any(
                i in verbs for i in range(trig.index + 1, b) if tokens[i].start < event_date.start))):
        # "Nach einem Raubüberfall hat die Polizei am Donnerstag zwei Männer festgenommen": Thursday is the
        # arrest's; the robbery came before (its own date follows it, before the verb: "nach dem Angriff am Montag")
        event_date = None
    count = None
    # "Bei Protesten nahm die Polizei 40 Menschen fest", "Bei einem Raketenangriff sind 11 Menschen getötet
    # worden": the clause's verb counts its own (the arrested, the dead), not the noun's protesters or attacks
    # (and so does a noun that makes the verb's phrase: "hat die Polizei 228 Personen in Gewahrsam genommen")
    counted_by_verb = trig.mode == "noun" and governing_preposition(tokens, trig.index)[0] is not None and any(
        (t.mode != "noun" or tokens[t.index].lower in _PHRASE_NOUNS) and t.entry.type in _COUNT_TYPES
        and t.entry.type != trig.entry.type and conj_start <= t.index < b and t.index != trig.index
        for t in all_triggers)
    if trig.entry.type in _COUNT_TYPES and not counted_by_verb:
        others = [(tokens[c].start, tokens[d - 1].end) for c, d in predicated if (c, d) != (a, b)]
        # "nahm zwei Männer fest und beschlagnahmte Drogen": each conjunct with a verb of its own counts its own
        # objects; a subject before the first verb is shared ("Rund 500 Menschen versammelten sich und protestierten")
        first_verb = min((i for i in verbs if a <= i < conj_start), default=None)
        if conj_start > a and conj_start in verbs and first_verb is not None:
            others.append((tokens[first_verb].start, tokens[conj_start].start))
        if later_conjunct < b:
            others.append((tokens[later_conjunct].start, tokens[b - 1].end))
        outside = _outside_spans(others)
        # ("Polizei löst Klimaprotest auf – 30 Festnahmen": a count of another event's noun is that event's)
        other_nouns = {tokens[t.index].end for t in all_triggers if t.mode == "noun" and t.entry.type != trig.entry.type}
        candidates = [q for q in quantities if outside(q.start) and q.end not in other_nouns
                      and not (told_before and not clause_span[0] <= q.start < clause_span[1])]
        if trig.entry.type in _NOT_COUNTING_CASUALTIES:
            candidates = [q for q in candidates if not _casualties(q, quantities, text, sent.end)]
        count = _pick_count(candidates, clause_span, (sent.start, sent.end), (tokens[trig.index].start,
                            tokens[trig.index].end), trig.entry.type, text)
        owner = trig.index - 2  # the noun whose genitive the event noun is: "der Opfer des Anschlags"
        if (count is not None and trig.mode == "noun" and owner >= 0 and tokens[owner + 1].lower in ("des", "eines", "der")
                and tokens[owner].text[:1].isupper() and tokens[owner].text.isalpha()
                and tokens[owner].lower not in PREPOSITIONS and count.end != tokens[owner].end):
            # "Hunderte Menschen gedachten der Opfer des Anschlags": the mourners are no count of the attack
            # (but "5.000 Teilnehmer der Demonstration" count it)
            count = None

    # "lehnte die Forderung als «nicht finanzierbar» ab": a negation inside a quoted phrase is the quote's
    unquoted = {tokens[i].lower for i in range(conj_start, b) if i not in sent.quoted and not _attributive_nicht(tokens, i)}
    if trig.mode == "noun" and _is_setting(*governing_preposition(tokens, trig.index)):
        # "Bei der Kundgebung nahm die Polizei niemanden fest", "Nach dem Angriff gab es keine Reaktion": a
        # negation denies what the clause says, and the noun's event is taken as given; only a negation
        # inside the noun's own phrase counts ("bei keiner Kundgebung")
        unquoted = {tokens[i].lower for i in range(_phrase_start(tokens, trig.index), trig.index)}
    elif trig.mode != "noun" and _attributive(tokens, trig.index):
        # "Der angekündigte Warnstreik findet nicht statt": the clause's "nicht" denies the strike, not its announcement
        # (only "nicht" right before denies the participle: "eine nicht angekündigte Demonstration")
        unquoted = (unquoted - {"nicht"}) | ({"nicht"} if trig.index and tokens[trig.index - 1].lower == "nicht" else set())
    elif trig.mode == "noun" and any(t.mode != "noun" and t.index != trig.index and conj_start <= t.index < b
                                     and not _attributive(tokens, t.index) for t in all_triggers):
        # "Die Polizei hat die Demonstration nicht aufgelöst": a bare "nicht" denies the verb's event, and the
        # noun's is taken as given ("keine Festnahmen", "nie" still deny the noun's own)
        unquoted = unquoted - {"nicht"}
    elif trig.mode == "noun" and _continued_not(tokens, trig.index, conj_start, b):
        # "Die Regierung hat die Sanktionen nicht verlängert": what is not prolonged exists; the verb is denied
        unquoted = unquoted - {"nicht"}
    off_the_table = _OFF_THE_TABLE in zip(clause_lower, clause_lower[1:])
    closing = [w for w in clause_lower if w.isalpha()][-1:]  # the clause's last word: a particle, an auxiliary
    ruled_out = bool(_RULED_OUT & set(clause_lower)) or (bool(_RULES_OUT & set(clause_lower)) and closing == ["aus"])
    # "Ein Streik sei nicht vom Tisch", "ist nicht ausgeschlossen": two denials leave it possible
    undenied = trig.mode == "noun" and bool(_NEGATION & unquoted) and (off_the_table or ruled_out)
    negated = not undenied and (bool(_NEGATION & unquoted) or (trig.mode == "noun" and (
        bool(_AVERTED & set(clause_lower)) or governing_preposition(tokens, trig.index)[0] == "ohne"  # "ohne Einigung"
        or off_the_table or ruled_out
        or (bool(_STAYS_AWAY & set(clause_lower)) and closing == ["aus"])
        or (bool(_CALLS_OFF & set(clause_lower)) and closing == ["ab"]))))
    if trig.entry.lemma in _ACQUITTALS:
        negated = not negated  # "sprach den Angeklagten frei": a verdict that does not convict
    # Word cues first (will, soll, ...): without them a past tense decides the year of a bare month.
    # "lehnen die Aufstockung ab und wollen das Referendum ergreifen": a later conjunct's modal verb is its own
    conj_end = _conjunct_end(tokens, trig.index, b, verbs)
    # ... and a conjunct with a finite verb of its own is not under an earlier one's ("will streiken und fordert
    # mehr Lohn"), while a bare infinitive shares it ("will die Vorlage ablehnen und protestieren")
    finite = {t.index for t in all_triggers if t.mode == "finite"}
    own_start = conj_start if conj_start > a and (conj_start in finite or tokens[conj_start].lower in _AUX_FINITE) else a
    modal_lower = clause_lower[own_start - a:conj_end - a]
    if trig.mode == "nonfinite" and conj_end + 1 < b and conj_end + 1 not in finite and closing in (["haben"], ["sein"]):
        # "Sie sollen ihn bedroht und ausgeraubt haben": participles joined by "und" share the closing auxiliary
        modal_lower = modal_lower + closing
    cue = _modality(trig, modal_lower, passive, None, published, sent, a)
    if (event_date is not None and published is not None and cue is None and event_date.value > published
            and not clause_span[0] <= event_date.start < clause_span[1]
            and _reported_in_past(trig, form, participle, clause_lower)):
        # "besuchte die Truppe und kündigte an, das Kontingent bis 2027 aufzustocken": a visit told in the
        # past tense took no date of the future from another clause
        event_date = None
    if event_date is not None and _FOR_DATE.search(text, max(0, event_date.start - 25), event_date.start):
        # ("ist für den 26. März angesetzt": a day something is set for lies ahead, whatever the tense)
        event_date = _next_such_date(event_date, published)
    elif not (trig.mode == "noun" and _permitted_for(tokens, trig.index)):
        # ("verweigerte die Bewilligung für die Demonstration am 1. Mai": the permit's tense is not the rally's)
        event_date = _back_if_reported(event_date, cue, trig, form, participle, clause_lower, published)
    # word cues come first in _modality, so only the date can still decide when there is none
    modality = cue or _modality(trig, modal_lower, passive, event_date, published, sent, a)
    if undenied and modality is None:
        modality = "possible"
    event_date = _ahead_if_planned(event_date, modality, clause_lower, published)
    if modality == "future" and event_date is not None:
        event_date = _next_such_date(event_date, published)  # "dass eine Einigung bis Ende November gelingen werde"
    if modality is None and _present_with_past_weekday(event_date, trig, form, clause_lower, published, sent, text):
        # "Am Donnerstag trifft sich Pfister in Brüssel" in a Friday article: news tells the past in the
        # past tense, so a present tense with a weekday is the coming one
        event_date, modality = replace(event_date, value=event_date.value + timedelta(days=7)), "future"
    opens = trig.index == a or (trig.index == a + 1 and tokens[a].lower in ("und", "sowie", "aber", "doch"))
    # "Der Bauernverband unterstützte die Aktion, hatte aber nicht dazu aufgerufen": a perfect opening its clause
    # with the auxiliary shares the subject before the comma, like a finite verb
    opener = a + 1 if tokens[a].lower in ("und", "sowie", "aber", "doch") and a + 1 < b else a
    verb_opens = (trig.mode == "finite" and opens) or (
        trig.mode == "nonfinite" and not passive and trig.index > opener and tokens[opener].lower in _PERFECT_AUX)
    # a name after the verb is the object when a relative clause stands between the verb and its subject:
    # "Selenskyj, der am Dienstag in Berlin war, traf auch Merz" (not '"…", sagte Scholz', '…, so Scholz')
    late = [x for x in actors if x.role == "actor1" and x.start > tokens[trig.index].start] if _after_relative(sent, a) else []
    if verb_opens and opener + 1 < b and tokens[opener + 1].lower in _CONJUNCT_ADVERBS:
        # "Die SVP lobte den Entscheid, kritisierte aber die SP": a conjunct whose verb opens it, then "aber",
        # shares the subject before the comma, and the name behind is its object (a quote's speaker comes
        # without one: "Das ist falsch, kritisierte die SP")
        late = [x for x in actors if x.role == "actor1" and x.start > tokens[opener].start]
    if (verb_opens and trig.mode == "nonfinite" and not late and _pronoun_subject(tokens, a, b, trig) is None
            and any(x.role == "actor1" and x.start > tokens[opener].start for x in actors)):
        # "Der Fraktionschef der Union, Jens Spahn, hat die SPD aufgefordert": an auxiliary opening the clause after an
        # apposition has its subject before the commas, and the name behind it is the object
        index_of = {t.start: i for i, t in enumerate(tokens)}
        if any(m.start in index_of and governing_preposition(tokens, index_of[m.start])[0] is None
               for m in _subject_before_commas(sent, a, mentions, verbs)):
            late = [x for x in actors if x.role == "actor1" and x.start > tokens[opener].start]
    if (verb_opens and (late or not any(x.role == "actor1" for x in actors))
            and _pronoun_subject(tokens, a, b, trig) is None  # "…, kündigte er an": the pronoun speaks
            # "…, teilte ein Sprecher mit": the speaker is unnamed ("…, kritisierte die Demonstranten": an object)
            and not (trig.entry.type == "statement" and _unnamed_subject_behind(tokens, trig.index, b))):
        subjects = _subject_before_commas(sent, a, mentions, verbs)
        if subjects and late:
            # "Selenskyj, der am Dienstag in Berlin war, traf auch Merz": the subject is before the relative
            # clause (or the comma of a conjunct), the name after the verb its object
            has_object = any(x.role == "actor2" for x in actors)
            actors = [x for x in actors if x not in late] + ([] if has_object else [replace(x, role="actor2") for x in late])
        actors = [*(EventActor("actor1", m.text, m.canonical or m.text, m.label, m.start, m.end) for m in subjects),
                  *actors]
    if not any(x.role == "actor2" for x in actors):
        apposed = _apposed_party(sent, a, trig, mentions)
        if apposed is not None and apposed.canonical not in {x.canonical for x in actors}:
            # "Gegen den früheren Präsidenten Brasiliens, Jair Bolsonaro, ist Anklage erhoben worden": the name in
            # apposition to the phrase before is the phrase's party
            actors = [*actors, EventActor("actor2", apposed.text, apposed.canonical or apposed.text, apposed.label,
                                          apposed.start, apposed.end)]
    pronoun_of = None if passive else _subject_pronoun_antecedent(sent, a, trig, mentions, actors)
    if pronoun_of is not None:
        # "Die EU kritisierte Russland, das die Ukraine angegriffen hat": the relative pronoun is the subject, the
        # name in the clause its object (German puts the subject first where case does not tell)
        has_object = any(x.role == "actor2" for x in actors)
        actors = [EventActor("actor1", pronoun_of.text, pronoun_of.canonical or pronoun_of.text, pronoun_of.label,
                             pronoun_of.start, pronoun_of.end),
                  *(x if x.role != "actor1" else replace(x, role="actor2") for x in actors
                    if x.role != "actor1" or not has_object)]
    if not passive and not any(x.role == "actor1" for x in actors):
        relative_of = _relative_subject(sent, a, trig, mentions)
        if relative_of is not None and relative_of.canonical not in {x.canonical for x in actors}:
            # "Kritik kam von der FPÖ, die Kürzungen der Förderungen forderte": the name before the comma
            actors = [EventActor("actor1", relative_of.text, relative_of.canonical or relative_of.text,
                                 relative_of.label, relative_of.start, relative_of.end), *actors]
    governing = _governing_clause(sent, a, trig)
    if governing is not None:
        # "Die EU erwägt, Sanktionen gegen Iran zu verhängen": subject and stance come from the main clause.
        ga, gb = governing
        # "wirft Hans Meier vor, einen Anschlag geplant zu haben": the accused did it, if anyone did, allegedly
        accused = (any(t.entry.lemma in _ACCUSING and t.mode != "noun" and ga <= t.index < gb for t in all_triggers)
                   or any(tokens[k].lower in _SUSPECTED for k in range(ga, gb)))
        # "Der Iran bestreitet, Drohnen an Russland geliefert zu haben": a denied act is alleged by others
        denied = any(t.entry.lemma in _DENYING and t.mode != "noun" and ga <= t.index < gb for t in all_triggers)
        # a zu-infinitive never names its subject: in "wirft Russland vor, Kiew angegriffen zu haben" Kiew is
        # what was attacked, in "erwägt, Russland mit Sanktionen zu belegen" what is sanctioned (but an event
        # noun keeps its owner: "…, die Angriffe Russlands zu verurteilen", "Russlands Angriffe")
        # "beschlossen, die Sanktionen der EU gegen Iran zu übernehmen": who adopts another's measure imposes it
        adopted = trig.mode == "noun" and any(tokens[k].lower in _ADOPTING for k in range(trig.index + 1, b))
        own = [x for x in actors if x.role == "actor1" and (
            trig.mode != "noun" or adopted or (x.end <= tokens[trig.index].start and not _genitive_name(x)))]
        if own:
            has_object = any(x.role == "actor2" for x in actors)
            actors = [x for x in actors if x.role != "actor1"] + (
                [] if has_object or adopted else [replace(x, role="actor2") for x in own])
        if not any(x.role == "actor1" for x in actors):
            head, _ = _roles(trig, sent, ga, gb, ga, mentions, verbs, False, violent)
            # "Selenskyj forderte Deutschland auf, mehr Flugabwehr zu liefern": who is asked does it, and
            # when nobody is named, nobody known does ("forderte, mehr Waffen zu liefern")
            doer = "actor2" if accused or any(t.entry.type in _DEMANDING and t.mode != "noun" and ga <= t.index < gb
                                              for t in all_triggers) else "actor1"
            actors = ([replace(x, role="actor1") for x in head if x.role == doer]
                      + [x for x in actors if x.role == "actor2"])
        if (_purpose_clause(tokens, a) and trig.entry.type not in _SPEECH_TYPES
                and not any(t.mode != "noun" and ga <= t.index < gb for t in all_triggers)):
            # "Rund 300 Menschen haben sich in Jena versammelt, um gegen die Schließung zu protestieren": the purpose
            # happens where, and with whom, the main clause gathers (when that tells no event of its own)
            _, head_place = _roles(trig, sent, ga, gb, ga, mentions, verbs, False, violent)
            place = place or head_place
            if count is None and trig.entry.type in _COUNT_TYPES:
                head_span = (tokens[ga].start, tokens[gb - 1].end)
                count = _pick_count([q for q in quantities if head_span[0] <= q.start < head_span[1]], head_span,
                                    head_span, (tokens[trig.index].start, tokens[trig.index].end), trig.entry.type, text)
        modality = _inherited_modality([t.lower for t in sent.tokens[ga:gb]], all_triggers, ga, gb) or modality
        if modality is None and trig.mode != "noun" and any(tokens[k].lower in _DECIDING for k in range(ga, gb)):
            # "Die Partei beschloss, am Samstag zu demonstrieren": decided, not yet done (but "beschloss, die
            # Sanktionen zu verlängern" tells of sanctions that are in force)
            modality = "intent"
        if accused or denied:
            modality = "alleged"
            if count is not None and not clause_span[0] <= count.start < clause_span[1]:
                count = None  # "wirft den neun Angeklagten vor, einen Anschlag geplant zu haben": nine accused, one attack
        event_date = _ahead_if_planned(event_date, modality, clause_lower, published)
    if modality == "future" and event_date is not None:
        event_date = _next_such_date(event_date, published)  # "dass eine Einigung bis Ende November gelingen werde"  # "…, am Montag zu streiken"
    k = None if passive else _pronoun_subject(tokens, a, b, trig)  # "Er wurde festgenommen": er is no agent
    # "sie" behind a verb may be an object; after a woman the sentence before told of, it is she
    she_before = antecedent is not None and antecedent.label == "PER" and _pronoun_fits("sie", antecedent)
    # "Die Stadtpolizei löste die Kundgebung auf. Dabei setzte sie Gummischrot ein": after an organization, "sie"
    # behind a singular verb with no other subject in sight is the organization ("setzten sie" may be the crowd)
    it_before = (antecedent is not None and antecedent.label == "ORG" and not tokens[trig.index].lower.endswith("n")
                 and not any(x.role == "actor1" for x in actors))
    if (k is None and not passive and trig.mode == "finite" and trig.index + 1 < b
            and tokens[trig.index + 1].lower == "sie" and (she_before or it_before)
            and antecedent.canonical not in {x.canonical for x in actors}):
        # "Baerbock ist in Israel eingetroffen. In Jerusalem traf sie Netanjahu": after a woman the sentence before
        # told of, "sie" behind the verb is she, the subject ("sie" may be an object, so only then)
        k = trig.index + 1
    shared = False  # the pronoun is the subject of the conjunct before, and so of this one
    first_verb = min((i for i in verbs if a <= i < conj_start), default=None)
    if (k is None and not passive and trig.mode != "noun" and first_verb is not None and first_verb + 1 < conj_start
            and (tokens[first_verb + 1].lower == "er" or (tokens[first_verb + 1].lower == "sie" and she_before))):
        # "In Jerusalem traf sie Netanjahu und forderte mehr Hilfe": the next conjunct shares the pronoun, not the
        # first one's object
        k, shared = first_verb + 1, True
    if (passive and antecedent is not None and antecedent.label == "PER" and trig.entry.type in _RECEIVED
            and not any(x.role == "actor2" for x in actors)):
        # "Syriens Übergangspräsident Ahmed al-Scharaa ist in Berlin eingetroffen. Er wird von Merz empfangen": a
        # person's pronoun as the subject of a passive is the person the sentence before told of, to whom it is done
        # ("sie" only for a woman: after an organization it is mostly a plural, "Sie wurden festgenommen")
        kp = _pronoun_subject(tokens, a, b, trig)
        if (kp is not None and tokens[kp].lower in _PRONOUN_GENDERS and _pronoun_fits(tokens[kp].lower, antecedent)
                and antecedent.canonical not in {x.canonical for x in actors}):
            actors = [*actors, replace(antecedent, role="actor2")]
    if k is not None and (k == trig.index + 1 > a or (k < trig.index and (tokens[k].lower in _NOMINATIVE_PRONOUNS
                                                                         or shared))):
        # "Danach besuchte er Butscha", "…, wo er Ursula von der Leyen traf": the subject is the pronoun, a
        # name after it is the object
        late = [x for x in actors if x.role == "actor1" and x.start > tokens[k].start]
        if late:
            has_object = any(x.role == "actor2" for x in actors)
            actors = [x for x in actors if x not in late] + ([] if has_object else [replace(x, role="actor2") for x in late])
    if k is not None and tokens[k].lower in _PRONOUN_GENDERS and not any(x.role == "actor1" for x in actors):
        speaker = _speaker_of_pronoun(sent, a, b, tokens[k].lower, all_triggers, mentions, verbs, violent)
        if arrested is not None and modality == "alleged":
            # "… zwei Männer verhaftet. Sie sollen einen 34-Jährigen verletzt haben": what the arrested (or the
            # accused, the investigated, the convicted) are said to have done, not the police
            antecedent = replace(arrested[0], role="actor1") if arrested else None
        # ("In Peking will er Xi treffen": behind the finite modal, as behind a finite verb)
        behind_aux = trig.mode == "nonfinite" and k > a and tokens[k - 1].lower in _AUX_OR_MODAL
        if (speaker is None and antecedent is not None and (k == 0 or k == trig.index + 1 or shared or behind_aux)
                and _pronoun_fits(tokens[k].lower, antecedent)):
            # "Er rief … auf" opening the sentence after Kluge's; "…, kündigte er an" after Brandl's
            speaker = antecedent
        elif (speaker is None and person_before is not None and (k == 0 or k == trig.index + 1 or shared or behind_aux)
              and not (antecedent is not None and _pronoun_fits(tokens[k].lower, antecedent))
              and _pronoun_fits(tokens[k].lower, person_before)):
            # "Die Bundeswehr soll nach dem Willen von Verteidigungsminister Pistorius … werden. Er kündigte an": the
            # one person of the sentence before, when its subject does not fit the pronoun
            speaker = person_before
        if speaker is None and a > 0 and k == a + 1 and tokens[a].lower in _PLACE_TIME_RELATIVES:
            # "Orbán reiste nach Moskau, wo er Putin traf": in a clause of place or time, the pronoun is the subject
            # opening the sentence
            subject = _sentence_subject(sent, mentions)
            if subject is not None and subject.end <= tokens[a].start and _pronoun_fits(tokens[k].lower, subject):
                speaker = subject
        if speaker is not None:
            actors = [speaker, *[x for x in actors if x.canonical != speaker.canonical]]
    elif k is not None and tokens[k].lower in ("man", "wir") and not any(x.role == "actor1" for x in actors):
        # "Ein Sprecher des Auswärtigen Amtes sagte, man verurteile den Angriff": in reported speech "man" and "wir"
        # are the speaker's side (never the sentence before's actor: "Man rechnet mit Regen")
        speaker = _speaker_of_pronoun(sent, a, b, tokens[k].lower, all_triggers, mentions, verbs, violent)
        if speaker is not None:
            actors = [speaker, *[x for x in actors if x.canonical != speaker.canonical]]
    if (not passive and trig.mode != "noun" and antecedent is not None
            and antecedent.label == "PER" and not any(x.role == "actor1" for x in actors)):
        # "Haslauer hat die Bundesregierung kritisiert. Es fehle an Geld, sagte der ÖVP-Politiker": a politician,
        # right after the verb of saying or opening the sentence, is the person who acted before; so is "Der
        # ehemalige Tennisprofi will … bereitstellen" after Roger Federer, of any event
        places = (trig.index + 1, a) if trig.entry.type in _SPEECH_TYPES else (a,)
        k = next((k for k in places if k + 1 < b and tokens[k].lower in ("der", "die")
                  and _describes_a_person(_described_word(tokens, k + 1, b))), None)
        if k is not None and _pronoun_fits("er" if tokens[k].lower == "der" else "sie", antecedent):
            actors = [replace(antecedent, role="actor1"), *actors]
    # "Die Staatsanwaltschaft hat Anklage gegen Gernot Blümel erhoben. Ihm wird … vorgeworfen": the man the sentence
    # before accused is the one a man's pronoun is about, before its actor
    accused = next((x for x in arrested or () if _pronoun_fits("er", x)), None) if trig.entry.type == "criticize" else None
    if accused is not None and (antecedent is None or not _pronoun_fits("er", antecedent)):
        antecedent = accused
    if (antecedent is not None and trig.mode != "noun" and trig.entry.type not in ("statement",)
            and not any(x.role == "actor2" for x in actors) and _pronoun_fits("er", antecedent)
            and antecedent.canonical not in {x.canonical for x in actors}):
        # "Lindner lehnte den Vorschlag ab. Mützenich warf ihm Sturheit vor": a man's object pronoun is the man who
        # acted in the sentence before, when this sentence names nobody before it but its subject ("Ihm wird Betrug
        # vorgeworfen": a dative is no agent of a passive either)
        k = next((k for k in range(a, b) if tokens[k].lower in (("ihm",) if passive else ("ihm", "ihn"))), None)
        named_before = [m for m in mentions if sent.start <= m.start and k is not None and m.end <= tokens[k].start
                        and m.canonical not in {x.canonical for x in actors if x.role == "actor1"}]
        if k is not None and not named_before and not (k > 0 and tokens[k - 1].lower in ("von", "durch")):
            actors = [*actors, replace(antecedent, role="actor2")]
    elif (antecedent is not None and object_before is not None and trig.mode != "noun" and not passive
          and trig.entry.type not in ("statement",) and not any(x.role == "actor2" for x in actors)
          and any(x.role == "actor1" and x.canonical == antecedent.canonical for x in actors)
          and _pronoun_fits("er", object_before) and object_before.canonical not in {x.canonical for x in actors}):
        # "Merz hat Kanzler Scholz zum Rücktritt aufgefordert. Er warf ihm vor, …": the subject is again the one who
        # acted, so a man's object pronoun is the man acted on
        k = next((k for k in range(a, b) if tokens[k].lower in ("ihm", "ihn")), None)
        named = [m for m in mentions if sent.start <= m.start and k is not None and m.end <= tokens[k].start]
        if k is not None and not named and tokens[k - 1].lower not in ("von", "durch", "mit", "für", "gegen"):
            actors = [*actors, replace(object_before, role="actor2")]
    if (not passive and tokens[a].lower in _DEMONSTRATIVES and a + 1 <= trig.index
            and not any(x.role == "actor1" for x in actors)):
        # "Kickl gab der ÖVP die Schuld, diese wies die Vorwürfe zurück": the demonstrative is the last one named
        named = [m for m in mentions if sent.start <= m.end <= tokens[a].start and m.label in ("PER", "ORG")]
        if named:
            m = named[-1]
            actors = [EventActor("actor1", m.text, m.canonical or m.text, m.label, m.start, m.end),
                      *[x for x in actors if x.canonical != (m.canonical or m.text)]]
    if trig.mode == "noun" and _announced(trig, sent, a, b):
        # "hat am Dienstag Warnstreiks angekündigt": the strikes are a plan, and Tuesday is the announcement's day
        modality = modality or "intent"
        if event_date is not None and (published is None or event_date.value <= published):
            # (but "Der angedrohte Warnstreik vom Donnerstag" names the day the plan meant: the coming one)
            event_date = _coming_own_weekday(tokens, trig, event_date, published)
    # ("eine nicht angekündigte Demonstration" was no plan)
    attribute = next((m for k in range(max(a, trig.index - 2), trig.index) for stem, m in _ATTRIBUTE_MODALITY
                      if tokens[k].lower.startswith(stem) and not (k and tokens[k - 1].lower == "nicht")),
                     None) if trig.mode == "noun" else None
    if attribute is not None and event_date is not None and published is not None and event_date.value < published:
        # "Die geplante Kundgebung vom Samstag": a plan's own weekday lies ahead
        event_date = _coming_own_weekday(tokens, trig, event_date, published) or event_date
    if trig.mode == "noun" and modality is not None and governing_preposition(tokens, trig.index)[0] in _AFTERMATH:
        # "Nach dem Anschlag in Magdeburg hat Faeser Aufklärung angekündigt": what the clause comes after has
        # happened; the announcement's stance is not the attack's
        modality = None
    hoping = _hoping_word(tokens, trig) if trig.mode == "noun" else None
    if hoping is not None:
        modality = modality or "possible"
        if trig.entry.type not in _MUTUAL:
            # "Israel hofft auf die Freilassung der Geiseln": who hopes for a release does not release anyone
            # (but "Merz hofft auf eine Einigung mit Macron" is one of the two to agree)
            actors = [x for x in actors if not (x.role == "actor1" and x.end <= tokens[hoping].start)]
    modality = modality or attribute  # "wegen eines geplanten Anschlags", "die drohende Eskalation"
    if (trig.mode == "noun" and event_date is not None and published is not None and event_date.value < published
            and (_CANCELLING & set(clause_lower) or (_CALLS_OFF & set(clause_lower) and closing == ["ab"]))
            and not _PLUPERFECT & set(clause_lower)
            and _BARE_WEEKDAY.fullmatch(re.sub(r"^vom\s+", "", event_date.text, flags=re.I)) is not None):
        # "Die Kundgebung am Samstag wurde abgesagt" in a Friday article: what is called off has not come yet, so its
        # weekday is the coming one (but "war abgesagt worden" may tell of one past)
        event_date = replace(event_date, value=event_date.value + timedelta(days=7))
    if trig.entry.lemma in _UNDERGOER_SUBJECTS:
        actors = [replace(x, role="actor2") for x in actors]  # "Der Journalist Evan G. kam frei": he was freed
    if trig.entry.lemma in _RECEIVING and not passive:
        actors = _giver_and_receiver(tokens, a, b, mentions, actors)
    elif trig.entry.lemma in _PAYING and trig.entry.type == "sanction":
        actors = _giver_and_receiver(tokens, a, b, mentions, actors, _PAYEE_PREPOSITIONS)
    elif (trig.mode == "noun" and trig.entry.type == "aid"
          and any(tokens[k].lower in _RECEIVING_FORMS for k in range(a, b) if k != trig.index)):
        # "Die Universität Bern erhält eine Spende von 20 Millionen Franken": the subject receives the aid noun
        actors = _giver_and_receiver(tokens, a, b, mentions, actors)
    if (trig.mode == "noun" and trig.entry.type == "aid" and governing_preposition(tokens, trig.index)[0] == "für"
            and any(tokens[k].lower in _THANKING for k in range(a, b))):
        # "Selenskyj dankte Deutschland für die Hilfe": the thanked gave it, the thanker received it
        actors = [replace(x, role="actor2" if x.role == "actor1" else "actor1") for x in actors]
    if trig.mode == "noun" and negated:
        # "Die Bundespolizei verhinderte einen Anschlag", "Ungarn blockiert neue Sanktionen": who averts or holds
        # up the event does not do it
        # (who calls off an event calls off their own: "Netanjahu hat einen Besuch in Washington abgesagt", "Die
        # Gewerkschaft hat den Streik abgesagt" keep their subject)
        averting = next((k for k in range(a, b) if tokens[k].lower in _AVERTING), None)
        if averting is not None:
            # (the subject before both; "Ein Streik der GDL konnte abgewendet werden" keeps the noun's owner)
            first = min(tokens[averting].start, tokens[trig.index].start)
            actors = [x for x in actors if not (x.role == "actor1" and x.end <= first)]
    # "Der Gewerkschaftsbund ÖGB kündigte Proteste an": a name and its short form are one party, not two
    firsts = {x.canonical for x in actors if x.role == "actor1"}
    actors = [x for x in actors if x.role == "actor1" or x.canonical not in firsts]
    confidence = {"finite": 0.75, "nonfinite": 0.7, "noun": 0.55}[trig.mode]
    confidence += 0.1 if trig.particle is not None else 0.0
    confidence += 0.1 if any(x.role == "actor1" for x in actors) else 0.0
    trigger_tok = tokens[trig.index]
    type_, cameo = trig.entry.type, trig.entry.cameo
    if type_ == "kill" and trig.index > 0 and tokens[trig.index - 1].lower in _ATTEMPTED:
        type_, cameo = "assault", TYPES["assault"]  # "wegen versuchten Mordes": nobody was killed
    if (trig.entry.lemma == "protestieren" and count is None
            and any(x.role == "actor1" and x.label == "LOC" and x.canonical in country_names() for x in actors)):
        # "Österreich protestierte gegen die Ausweisung": a state's protest is a diplomatic complaint (CAMEO 11),
        # no demonstration, and a place in it is what it is about ("gegen den Besuch in Taiwan")
        type_, cameo, place = "criticize", TYPES["criticize"], None
    return Event(
        type=type_,
        cameo=cameo,
        trigger=trigger_tok.text,
        trigger_start=trigger_tok.start,
        trigger_end=trigger_tok.end,
        start=sent.start,
        end=sent.end,
        actors=tuple(actors),
        place=place,
        date=event_date,
        count=count,
        negated=negated,
        modality=modality,
        confidence=round(min(confidence, 0.95), 2),
    )


_ATTEMPTED = frozenset({"versuchte", "versuchten", "versuchter", "versuchtem", "versuchtes"})


# Present-tense markers of a plan: "Habeck will am Mittwoch Stellung nehmen" (not "wollte", "sollte").
_PLANNING = frozenset({"will", "wollen", "wolle", "plant", "planen", "plane", "soll", "sollen", "solle", "wird", "werden",
                       "werde", "möchte", "möchten", "beabsichtigt", "beabsichtige"})  # and Konjunktiv I: "man werde"
# Words that call off or put off what an event noun names: "Die Kundgebung am Samstag wurde abgesagt"
# Violating takes "gegen" ("gegen die Waffenruhe verstoßen"; "verletzen", "brechen" take the truce as object)
_VIOLATING = ("verstoß", "verstoss", "verstieß", "verstiess", "verstößt", "verstösst")
_IMPORTS = frozenset({"einfuhr", "einfuhren", "import", "importe", "importen", "importiert"})
# Thanking someone for help says who gave it ("Für die Hilfe dankte Selenskyj Deutschland")
_THANKING = frozenset({"dankte", "dankten", "dankt", "danken", "gedankt", "bedankte", "bedankten", "bedankt"})
# Modal verbs in the past, whose subject may follow them as after a finite verb ("Dort wollte er Selenskyj treffen")
_PAST_MODALS = frozenset({"wollte", "wollten", "konnte", "konnten", "musste", "mussten", "möchte", "möchten"})
_AUX_OR_MODAL = _AUX_FINITE | _PAST_MODALS
# Nouns that make a verb phrase with a light verb ("in Gewahrsam genommen", "in Haft genommen", "zum Einsatz gebracht")
_PHRASE_NOUNS = frozenset({"gewahrsam", "polizeigewahrsam", "haft", "einsatz"})
_CALLED_OFF = frozenset({"abgesagt", "absagen", "abgeblasen"})
_AVERTING = _AVERTED - _CALLED_OFF  # who averts or holds up an event does not do it
_CANCELLING = frozenset({"abgesagt", "absagen", "abgeblasen", "verschoben", "verschiebt", "verschob", "gestrichen"})
# (and "sagte … ab", whose particle closes the clause: see _CALLS_OFF)
_BARE_WEEKDAY = re.compile(r"(?:am\s+)?(?:" + "|".join(WEEKDAYS) + r"|wochenende)\w*", re.I)  # "am Wochenende": its Saturday


def _ahead_if_planned(event_date: EventDate | None, modality: str | None, clause_lower: list[str],
                      published: date | None) -> EventDate | None:
    """A bare weekday is the last such day (news reports the past), but in a plan it is the next:
    "will am Mittwoch Stellung nehmen" in a Friday article is the coming Wednesday."""
    # "kündigte an, am Montag zu streiken": a zu-infinitive under an announcement or a demand is a plan too
    planned = _PLANNING & set(clause_lower) or "zu" in clause_lower and modality in ("intent", "demand")
    if (event_date is None or published is None or modality not in ("intent", "future", "demand")
            or not planned or not _BARE_WEEKDAY.fullmatch(event_date.text)
            or event_date.value >= published):
        return event_date
    return replace(event_date, value=event_date.value + timedelta(days=7))


def _coming_own_weekday(tokens, trig: _Trigger, event_date: EventDate, published: date | None) -> EventDate | None:
    """The weekday told with "vom" right after a planned event noun, moved to the coming one ("der angedrohte
    Warnstreik vom Donnerstag" in a Friday article: next Thursday); None for any other date."""
    follows = trig.index + 1 < len(tokens) and tokens[trig.index + 1].start == event_date.start
    weekday = event_date.text.lower().startswith("vom ") and _BARE_WEEKDAY.fullmatch(event_date.text[4:]) is not None
    if not (follows and weekday and published is not None):
        return None
    return event_date if event_date.value > published else replace(event_date, value=event_date.value + timedelta(days=7))


def _present_with_past_weekday(event_date: EventDate | None, trig: _Trigger, form: str, clause_lower: list[str],
                               published: date | None, sent: _Sentence, text: str) -> bool:
    """A finite present-tense trigger dated "am <weekday>" that lies before the publication day, in a
    sentence with a full stop (a headline's present tells the past: "Scholz trifft Macron")."""
    present = ((trig.mode == "finite" and form not in load_lexicon().preterites)
               # "Das Treffen findet am Freitag statt": an event noun with a verb in the present
               # (words written in lower case: the noun "Treffen" is no verb)
               or (trig.mode == "noun" and any(t.text in _PRESENT_NOUN_VERBS for t in sent.tokens)))
    return (event_date is not None and published is not None and event_date.value < published and present
            and not _PAST_AUX & set(clause_lower) and event_date.text.lower().startswith("am ")
            and _BARE_WEEKDAY.fullmatch(event_date.text) is not None and text[sent.end - 1] == ".")


# Verbs in the present that say when an event noun happens: "findet … statt", "beginnt", "fallen … aus".
_PRESENT_NOUN_VERBS = frozenset("findet finden beginnt beginnen startet starten endet enden läuft laufen fällt fallen "
                                "legt legen steht stehen folgt folgen tritt treten "  # "tritt am Sonntag in Kraft"
                                "wird werden".split())  # "Der Streik wird am Montag fortgesetzt"


_PAST_AUX = frozenset({"hat", "haben", "hatte", "hatten", "ist", "sind", "war", "waren", "wurde", "wurden"})
# ... and the preterites that tell of an event noun, as _PRESENT_NOUN_VERBS do in the present: "Die Angriffe in der
# Silvesternacht sorgten für Empörung" (last New Year's Eve), "Der Streik im Dezember endete ohne Einigung"
_PAST_NOUN_VERBS = frozenset("fand fanden begann begannen endete endeten dauerte dauerten sorgte sorgten führte führten "
                             "löste lösten gab kam kamen ereignete ereigneten brach brachen folgte folgten lief liefen "
                             "forderte forderten".split())
_HAS_YEAR = re.compile(r"\d{4}|\d{1,2}\.\d{1,2}\.\d{2}")


def _reported_in_past(trig: _Trigger, form: str, participle: bool, clause_lower: list[str]) -> bool:
    """A preterite ("kritisierte") or a participle with a past auxiliary ("hat … kritisiert"); an event noun
    in a clause with one ("Im Juni waren bei Luftangriffen … getötet worden")."""
    return ((trig.mode == "finite" and form in load_lexicon().preterites)
            or ((participle or trig.mode == "noun") and bool(_PAST_AUX & set(clause_lower)))
            or (trig.mode == "noun" and bool(_PAST_NOUN_VERBS & set(clause_lower))))


def _back_if_reported(event_date: EventDate | None, modality: str | None, trig: _Trigger, form: str,
                      participle: bool, clause_lower: list[str], published: date | None) -> EventDate | None:
    """A month without a year goes to the nearest such month, but a report in the past tense cannot be
    about a coming one: "kritisierte am 12. Februar" in a November article is last February, and
    "An Ostern demonstrierten …" in a December article is last Easter."""
    if event_date is None or published is None:
        return event_date
    holiday = holiday_a_year_earlier(event_date.text, event_date.value.year)
    if (modality is not None or event_date.value <= published or _HAS_YEAR.search(event_date.text)
            or not (holiday or any(w in MONTHS for w in event_date.text.lower().split()))
            or trig.entry.lemma in _ANNOUNCING or trig.entry.type in ("intent_cooperate", "appeal")):
        # "kündigte eine Veranstaltung für den 3. Dezember an": an announcement is about what comes, and so
        # is a call ("rief für den 6. Dezember zu einer Kundgebung auf")
        return event_date
    if not _reported_in_past(trig, form, participle, clause_lower):
        return event_date
    if holiday:
        return replace(event_date, value=holiday)
    try:
        return replace(event_date, value=event_date.value.replace(year=event_date.value.year - 1))
    except ValueError:  # 29 February
        return event_date


def _next_such_date(event_date: EventDate, published: date | None) -> EventDate:
    """A month or a day without a year that something is set for, or that is to come, lies ahead: "kündigte für
    Mitte Februar eine Entscheidung an" in a March article is next February, not the nearest, past one."""
    if published is None:
        return event_date
    earliest = published.replace(day=1) if event_date.precision == "month" else published
    if (event_date.value >= earliest or _HAS_YEAR.search(event_date.text)
            or not any(w.strip(".,") in MONTHS for w in event_date.text.lower().split())):
        return event_date
    try:
        return replace(event_date, value=event_date.value.replace(year=event_date.value.year + 1))
    except ValueError:  # 29 February
        return event_date


def _announced(trig: _Trigger, sent: _Sentence, a: int, b: int) -> bool:
    """An event noun announced or threatened by a verb of its clause ("kündigte Streiks an", "drohte mit
    einem Streik"). The verbs are looked up again: one statement per clause is kept as an event, and
    "sprach von ... und kündigte Proteste an" keeps "sprach"."""
    lexicon = load_lexicon()
    # ("eine nicht angekündigte Demonstration" was announced by nobody)
    return any(i != trig.index and hit.mode != "noun" and not _attributive_nicht(sent.tokens, i - 1)
               and (hit.entry.lemma in _ANNOUNCING or hit.entry.type == "threaten")
               for i in range(a, b) for hit in lexicon.lookup(sent.tokens[i].text, sentence_initial=(i == 0)))


_RELATIVE_OPENERS = frozenset({"der", "die", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher", "welches",
                               "wo"})
_SUBORDINATORS = frozenset({"als", "wenn", "weil", "nachdem", "dass", "ob", "während", "bevor", "obwohl", "seit",
                            "sobald", "da", "wie", "falls",
                            # relative adverbs open verb-final clauses too: "…, wo er von der Leyen traf"
                            "wo", "wobei", "worauf", "woraufhin"})
# Pronouns that can only be the subject: "sie" may be the object standing first ("dass sie die Polizei festnahm").
_NOMINATIVE_PRONOUNS = frozenset({"er", "ich", "wir"})
# What is done to a person who acted in the sentence before ("… ist eingetroffen. Er wird von Merz empfangen"); not
# an arrest or an attack, which news tells of the one acted on before ("klagte den Mann an. Er wurde festgenommen")
_RECEIVED = frozenset({"consult", "praise", "criticize", "appeal", "demand"})


_NOMINATIVE_DETERMINERS = frozenset({"der", "die", "das", "ein", "eine", "sein", "seine", "ihr", "ihre"})


def _unnamed_subject_behind(tokens, verb: int, b: int) -> bool:
    """"Putin sei ein Kriegsverbrecher, erklärte die Sprecherin": the verb has a subject of its own right
    behind it, nobody named; the clause before is what was said, not who said it."""
    k = verb + 1
    return (k + 1 < b and tokens[k].lower in _NOMINATIVE_DETERMINERS
            and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].text.islower() and k + 2 < b
                 and tokens[k + 2].text[:1].isupper()))


_ATTRIBUTE_ENDINGS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")


def _in_attribute(tokens, i: int, m: Mention) -> bool:
    """A name between an article's "von" and a participle before the article's noun is the participle's
    agent: "die von Russland annektierte Krim", "der von der EU verhängten Sanktionen"."""
    k = i - 1
    while k >= 0 and tokens[k].lower in ("der", "die", "das", "den", "dem", "des"):
        k -= 1  # "von der EU"
    if k < 1 or tokens[k].lower not in ("von", "vom", "durch") or tokens[k - 1].lower not in _ARTICLE_WORDS:
        return False
    j = i
    while j < len(tokens) and tokens[j].start < m.end:
        j += 1
    return (j + 1 < len(tokens) and tokens[j].text.islower() and tokens[j].text.endswith(_ATTRIBUTE_ENDINGS)
            and tokens[j + 1].text[:1].isupper())


_ARTICLE_WORDS = frozenset("der die das den dem des ein eine einen einem einer eines".split())


_PERMITS = frozenset({"bewilligung", "bewilligungen", "genehmigung", "genehmigungen", "erlaubnis", "antrag",
                      "anträge", "gesuch", "gesuche"})


def _permitted_for(tokens, index: int) -> bool:
    """The event noun is what a permit is for: "die Bewilligung für die Demonstration", "ein Gesuch für eine Kundgebung"."""
    prep = governing_preposition(tokens, index)[0]
    if prep != "für":
        return False
    k = next((j for j in range(index - 1, max(-1, index - 5), -1) if tokens[j].lower == "für"), None)
    return k is not None and k >= 1 and tokens[k - 1].lower in _PERMITS


def _attributive_agent(tokens, index: int, mentions: list[Mention]) -> Mention | None:
    """The name after "von" in "die von Russland verhängten Sanktionen" when ``index`` is that participle."""
    if not (index + 1 < len(tokens) and tokens[index].text.islower() and tokens[index].text.endswith(_ATTRIBUTE_ENDINGS)
            and tokens[index + 1].text[:1].isupper()):
        return None
    index_of = {t.start: k for k, t in enumerate(tokens)}
    for m in mentions:
        # the name right before the participle ("von Russland verhängten")
        if 0 <= tokens[index].start - m.end <= 1 and m.start in index_of and _in_attribute(tokens, index_of[m.start], m):
            return m
    return None


def _direction(prep: str | None, article: str | None, m: Mention) -> bool:
    """"in + accusative" names where something goes: "ins Ausland", "in die Türkei", "in den Libanon" (but "in den
    Niederlanden", "in den USA" are plural datives: where it is)."""
    if prep == "ins":
        return True
    if prep != "in" or article is None:
        return False
    article = article.lower()
    return article == "die" or (article == "den" and not m.text.endswith("en") and m.text not in ("USA", "US", "Bahamas"))


def _after_relative(sent: _Sentence, a: int) -> bool:
    """The clause before the one opening at ``a`` is a relative clause: "Selenskyj, der … war, traf", or a
    name in apposition: "Der Präsident der USA, Joe Biden, kritisierte China" (Biden acts, China is the object)."""
    before = [cl for cl in sent.clauses if cl[1] <= a]
    if not before or before[-1][0] == 0:
        return False
    c, d = before[-1]
    return sent.tokens[c].lower in _RELATIVE_OPENERS or (
        d - c <= 4 and all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() for t in sent.tokens[c:d]))


def _relative_subject(sent: _Sentence, a: int, trig: _Trigger, mentions: list[Mention]) -> Mention | None:
    """The name a relative clause opened by a nominative "der"/"die"/"das" is about, when no name in the clause
    comes before its verb: "…, die Kürzungen forderte" after "von der FPÖ"; "Selenskyj, der mehr Waffen forderte"
    (but "Selenskyj, den Merz traf": accusative; "das Paket, das die SPÖ begrüßte": the SPÖ is the subject)."""
    tokens = sent.tokens
    if not (a >= 2 and tokens[a].lower in ("der", "die", "das") and tokens[a - 1].text == "," and trig.index > a):
        return None
    if any(tokens[a].start < m.start < tokens[trig.index].start and m.label in _ACTOR_LABELS for m in mentions):
        return None
    index_of = {t.start: i for i, t in enumerate(tokens)}
    before = tokens[a - 2]
    return next((m for m in mentions if m.end == before.end and m.start in index_of and (
        m.label in ("PER", "ORG") or (m.label == "LOC" and governing_preposition(tokens, index_of[m.start])[0] is None))),
        None)


# Articles whose case is no nominative-or-accusative: "der Kreml" may be the subject, "dem Kreml" is none.
_CASE_ARTICLES = frozenset({"der", "dem", "den", "des", "einem", "einen", "einer", "eines"})
_MAX_CLOSING_VERBS = 2  # "… verhängt", "… verhängt hat" between the name and the relative clause


def _subject_pronoun_antecedent(sent: _Sentence, a: int, trig: _Trigger, mentions: list[Mention],
                                actors: list[EventActor]) -> Mention | None:
    """The actor a relative clause is about when its pronoun is the subject and the name in the clause, now read
    as actor1, its object: "Russland, das die Ukraine angegriffen hat", "Selenskyj, der Putin kritisierte".
    "das"/"die" may be nominative or accusative, and then the subject comes first; "der" is nominative only
    after a man ("Merkel, der Putin gedroht hatte": a dative, Putin threatened); after "der", "den", "dem" in
    the clause the name's case is told ("das der Kreml angeordnet hat"). Only a verb's event, in the active."""
    tokens = sent.tokens
    if not (trig.mode != "noun" and a >= 2 and trig.index > a + 1 and tokens[a - 1].text == ","
            and tokens[a].lower in ("der", "die", "das")):
        return None
    inside = [x for x in actors if x.role == "actor1" and tokens[a].end <= x.start < tokens[trig.index].start]
    if len(inside) != 1 or len([x for x in actors if x.role == "actor1"]) != 1:
        return None
    index_of = {t.start: i for i, t in enumerate(tokens)}
    first = index_of.get(inside[0].start)
    if first is None or (first - 1 != a and tokens[first - 1].lower in _CASE_ARTICLES):
        return None  # "…, die der Kreml angeordnet hat": the article tells the name's case
    # the name right before the comma, or before the verb closing the clause: "Sanktionen gegen Russland verhängt,
    # das im Februar 2022 die Ukraine angegriffen hatte"
    last = a - 2
    while last > a - 2 - _MAX_CLOSING_VERBS and last > 0 and tokens[last].text.isalpha() and tokens[last].text.islower():
        last -= 1
    antecedent = next((m for m in mentions if m.end == tokens[last].end and m.label in _ACTOR_LABELS
                       and not isinstance(m, ActorMention)), None)
    if antecedent is None or (tokens[a].lower == "der" and not (
            antecedent.label == "PER" and _pronoun_fits("er", EventActor(
                "actor1", antecedent.text, antecedent.canonical or antecedent.text, "PER", antecedent.start,
                antecedent.end)))):
        return None
    return antecedent


def _phrase_apposition(sent: _Sentence, c: int, d: int) -> str | None:
    """The preposition of the phrase a name between commas (clause ``c``..``d``) stands in apposition to: "Gegen den
    früheren Präsidenten Brasiliens, Jair Bolsonaro, ist Anklage erhoben worden" (gegen); else None."""
    tokens = sent.tokens
    if not (0 < d - c <= 4 and all(t.text[:1].isupper() and t.text.rstrip(".").isalpha() for t in tokens[c:d])):
        return None
    before = [cl for cl in sent.clauses if cl[1] <= c - 1]
    if not before or d >= len(tokens) or tokens[d].text != ",":
        return None
    opener = tokens[before[-1][0]].lower
    return opener if opener in PREPOSITIONS else None


def _apposed_party(sent: _Sentence, a: int, trig: _Trigger, mentions: list[Mention]) -> Mention | None:
    """The person or organization in apposition, right before clause ``a``, to a phrase whose preposition names the
    event's other party ("Gegen …, Jair Bolsonaro, ist Anklage erhoben worden", "Mit …, Quax Blixer, traf sich")."""
    before = [cl for cl in sent.clauses if cl[1] <= a - 1]
    if not before:
        return None
    c, d = before[-1]
    prep = _phrase_apposition(sent, c, d)
    if prep is None or prep not in _target_prepositions(trig.entry.type):
        return None
    start, end = sent.tokens[c].start, sent.tokens[d - 1].end
    return next((m for m in mentions if m.start == start and m.end == end and m.label in ("PER", "ORG")), None)


def _subject_before_commas(sent: _Sentence, a: int, mentions: list[Mention],
                           verbs: set[int] = frozenset()) -> list[Mention]:
    """A verb opening its clause has its subject before the commas of an apposition or a relative
    clause: "Der Bürgermeister von Leipzig, Burkhard Jung, rief ...", "Armin Schuster, der die
    Einsätze leitete, kritisierte ...", "Die Grünen und die FDP, die in Berlin regieren, kritisierten …"
    (both), "Die SPD kündigte an, gegen den Antrag zu stimmen, und warf …" (over the zu-infinitive).
    The nearest clause before that is no relative or subordinate clause must end with a PER/ORG mention."""
    tokens = sent.tokens
    for c, d in reversed([cl for cl in sent.clauses if cl[1] <= a]):
        opener = tokens[c].lower
        if (opener in _RELATIVE_OPENERS and c > 0) or (c > 0 and _ends_in_zu_infinitive(tokens, c, d)):
            continue
        if opener in _SUBORDINATORS:
            return []
        if _phrase_apposition(sent, c, d) is not None:
            return []  # "Mit dem Chef der Opposition, Quax Blixer, traf sich Merz": the name is the phrase's
        last = tokens[d - 1]
        index_of = {t.start: i for i, t in enumerate(tokens)}
        # a country too, when no preposition governs it ("Katar und Ägypten, die …, riefen"; not "Die Polizei in Wien")
        # (a clause with a verb of its own ends in its object: "Merz traf Macron, kritisierte zuvor Scholz")
        found = [m for m in mentions if m.end == last.end and (m.label in ("PER", "ORG") or (
            m.label == "LOC" and m.start in index_of
            and governing_preposition(tokens, index_of[m.start], frozenset())[0] is None))
            and not any(c <= i < d and tokens[i].end <= m.start for i in verbs)]
        if found:
            listed = [found[0]]
            for m in sorted((m for m in mentions if tokens[c].start <= m.start < found[0].start),
                            key=lambda m: -m.start):
                if _listed_with(tokens, m, listed[0]):
                    listed.insert(0, m)
            return listed
        # "Die Gewerkschaft VPOD begrüsste den Entscheid, forderte aber höhere Löhne": verbs joined by a
        # comma share the subject, a mention among the first words of the clause before
        head_end = tokens[min(c + 3, d - 1)].end
        first = [m for m in mentions if tokens[c].start <= m.start and m.end <= head_end and m.label in _ACTOR_LABELS
                 and m.start in index_of and governing_preposition(tokens, index_of[m.start], frozenset())[0] is None]
        return first[:1]  # a bare mention: "In Bern demonstrierten ..., forderten" has none
    return []


# A pronoun opening reported speech is the speaker when its gender fits: "Trump sagte, er wolle mit
# Putin telefonieren" (er = Trump); "Die EU erklärte, sie werde Sanktionen verhängen" (sie = EU).
_PRONOUN_GENDERS = {"er": ("male", "mostly_male"), "sie": ("female", "mostly_female")}


def _only_person(mentions: list[Mention]) -> EventActor | None:
    """The one person among a sentence's mentions (named once or more), or None."""
    people = {m.canonical or m.text: m for m in mentions if m.label == "PER"}
    if len(people) != 1:
        return None
    m = next(iter(people.values()))
    return EventActor("actor1", m.text, m.canonical or m.text, m.label, m.start, m.end)


def _sentence_subject(sent: _Sentence, mentions: list[Mention]) -> EventActor | None:
    """A person or organization opening the sentence without a preposition, its likely subject, where no
    event of the sentence named one: "Bundesverkehrsminister Thomas Brandl (CDU) begrüßte die Einigung."."""
    index_of = {t.start: i for i, t in enumerate(sent.tokens)}
    for m in mentions:
        i = index_of.get(m.start)
        if i is None or i > 3:
            return None
        if (m.label == "LOC" and m.text.endswith("s") and i + 1 < len(sent.tokens)
                and is_title_word(sent.tokens[i + 1].lower)):
            continue  # "Ungarns Regierungschef Viktor Orbán": the country's genitive before the office
        if m.label in ("PER", "ORG") and governing_preposition(sent.tokens, i)[0] is None and not any(
                sent.tokens[j].lower in ("den", "dem", "einem", "einen") for j in range(max(0, i - 2), i)):
            return EventActor("actor1", m.text, m.canonical or m.text, m.label, m.start, m.end)
        return None
    return None


_SUBJECT_PRONOUNS = frozenset({"er", "sie", "wir", "ich", "man"})
# Talking, whose topic may name a place: "berieten über die Lage in der Ukraine"
_TALK_TYPES = frozenset({"consult", "negotiate", "statement", "agree", "mediate"})
_PLACE_TIME_RELATIVES = frozenset({"wo", "wohin", "als", "nachdem", "bevor", "während"})
_DEMONSTRATIVES = frozenset({"diese", "dieser", "letztere", "letzterer"})
_SEIN_FORMS = frozenset({"ist", "sind", "war", "waren", "sei", "seien"})
_STATE_PASSIVE_LEMMAS = frozenset({"anklagen", "beschuldigen", "verurteilen", "festnehmen", "verhaften", "inhaftieren",
                                   "verletzen"})
_OBJECT_OPENERS = frozenset({"die", "das", "den", "dem", "einen", "einem", "eine"})


def _noun_subject_after_verb(tokens, a: int, b: int, verbs: set[int], mention_tokens: set[int]) -> int | None:
    """"[Im Januar] hatten [Hacker] [die Stadt Potsdam] angegriffen": in a main clause opened by something
    else, a capitalized plain noun right behind the finite verb, itself followed by an article, is the
    subject. Not a title before a name ("kritisierte Bundeskanzler Merz"), nor a genitive ("der", "des").
    Returns the last token of the subject phrase."""
    finite = next((i for i in range(a + 1, min(b, a + 6)) if i in verbs), None)
    if finite is None or finite + 2 >= b:
        return None
    noun, after = tokens[finite + 1], tokens[finite + 2]
    # ("haben Rebellen der M23 die Stadt Goma eingenommen": a one-word genitive may follow the subject)
    genitive = (after.lower in ("der", "des") and finite + 4 < b and tokens[finite + 3].text[:1].isupper()
                and tokens[finite + 4].lower in _OBJECT_OPENERS)
    if (noun.text[:1].isupper() and noun.text.isalpha() and finite + 1 not in mention_tokens
            and noun.lower not in _SUBJECT_PRONOUNS and noun.lower not in _TOPIC_WALK
            and (after.lower in _OBJECT_OPENERS or genitive) and finite + 3 < b):
        return finite + 3 if genitive else finite + 1  # (the genitive is the subject's: it ends the subject phrase)
    return None


# Heads of a noun phrase that names who acts without a name: "Die Polizei", "Das Bezirksgericht", "Der Kanzler"
_DOER_HEADS = ("polizei", "gericht", "gerichtshof", "regierung", "armee", "militär", "behörde", "behörden",
               "anwaltschaft", "ministerium", "gewerkschaft", "partei", "kommission", "verwaltung", "konzern",
               "unternehmen", "firma", "bank", "verband", "parlament", "opposition", "koalition", "truppen",
               "streitkräfte", "rebellen", "miliz", "milizen", "feuerwehr", "zoll", "justiz", "ermittler", "richter",
               "richterin", "kanzler", "kanzlerin", "minister", "ministerin", "präsident", "präsidentin",
               "bürgermeister", "bürgermeisterin", "sprecher", "sprecherin", "chef", "chefin", "leitung", "führung",
               "vorstand", "gemeinde", "stadtrat", "gemeinderat", "landtag", "bundestag", "senat", "veranstalter",
               "organisatoren", "aufsichtsrat", "betriebsrat", "stiftung", "verein", "mannschaft", "staatsanwalt",
               "organisation", "bewegung", "bündnis", "allianz", "vereinigung", "kammer", "agentur", "botschaft",
               "delegation", "ausschuss", "komitee", "fraktion", "konferenz", "direktion", "kommando", "amt",
               # plurals of those that act together: "Mehrere Regierungen machten Putin verantwortlich"
               "regierungen", "staaten", "parteien", "länder", "organisationen", "gewerkschaften", "verbände")
# (and quantifiers: "Mehrere Regierungen machten Putin verantwortlich", "Zahlreiche Staaten verurteilten Israel")
_SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine", "mehrere", "zahlreiche", "viele", "einige", "alle"})
_ATTRIBUTE_PREPOSITIONS = frozenset({"in", "im", "aus", "von", "vom", "am", "bei", "beim"})


def _is_doer(tok) -> bool:
    lower = tok.lower
    return (tok.text[:1].isupper() and tok.text.isalpha()
            and (lower.endswith(_DOER_HEADS) or is_title_word(lower) or _PEOPLE.search(lower) is not None))


def _unnamed_subject(tokens, a: int, b: int, verbs: set[int], mention_tokens: set[int]) -> int | None:
    """The last token of a subject with no name, before the names of the clause, which are then its objects:
    "Die Polizei nahm Hans Meier fest", "Das Gericht in Wien sprach Meier frei", "…, dass die Polizei Meier
    festgenommen hat", "Am Montag hat die Polizei Meier festgenommen". Only nouns that can act (an office, an
    institution, people): "Die Forderung wies Merz zurück" has its subject behind the verb."""
    subordinate = tokens[a].lower in _SUBORDINATORS and a + 1 < b
    if a == 0 and a + 2 < b and a + 1 in verbs and a not in mention_tokens and _is_doer(tokens[a]):
        return a  # a headline's bare subject: "Polizei nimmt Hans Meier fest", "Gericht verurteilt Aktivisten"
    k = a + 1 if subordinate else a
    finite = next((i for i in range(a + 1, min(b, a + 6)) if i in verbs), None)
    if not subordinate and finite is not None and finite + 2 < b and tokens[a].lower not in _SUBJECT_ARTICLES:
        k = finite + 1  # the subject right behind the finite verb of a clause opened by something else
    if tokens[k].lower not in _SUBJECT_ARTICLES:
        return None
    j = k + 1
    while j < b and j - k <= 2 and tokens[j].text.isalpha() and tokens[j].text.islower():
        j += 1  # adjectives: "Die türkische Polizei" (a state organ is a mention of its own, and stops here)
    if j >= b - 1 or j in mention_tokens or not _is_doer(tokens[j]):
        return None
    if j + 1 in mention_tokens and (names_its_kind(tokens[j].lower) or is_title_word(tokens[j].lower)):
        # "wie die Gewerkschaft Verdi mitteilte": the name after its kind is the subject itself, and so is the name
        # after an office ("Am Montag kritisierte der Kanzler Olaf Scholz die Union")
        return None
    behind_verb = finite is not None and k == finite + 1
    if behind_verb or (j + 1 in verbs or subordinate) and tokens[j + 1].lower not in _ATTRIBUTE_PREPOSITIONS:
        return j
    if tokens[j + 1].lower in _ATTRIBUTE_PREPOSITIONS and not subordinate:
        # "Die Polizei in Zürich nahm …", "Die Organisatoren von Quaxfriday protestierten": the phrase ends at the
        # verb, and a name inside it is not an object
        verb = next((i for i in range(j + 2, min(b, j + 5)) if i in verbs), None)
        return None if verb is None else verb - 1
    return None


def _pronoun_subject(tokens, a: int, b: int, trig: _Trigger) -> int | None:
    """Index of a subject pronoun opening the clause (after a subordinator: "dass er ..."), before the
    trigger and not coordinated ("er und Macron trafen sich")."""
    k = a + 1 if tokens[a].lower in _SUBORDINATORS and a + 1 < b else a
    if (tokens[k].lower in _SUBJECT_PRONOUNS and k < trig.index
            and not (k + 1 < b and tokens[k + 1].lower in ("und", "oder", "sowie"))):
        return k
    if trig.mode != "noun" and trig.index == a and a + 1 < b and tokens[a + 1].lower in _SUBJECT_PRONOUNS:
        return a + 1  # a verb opening its clause, its subject right after it: "…, kündigte er am Rande an"
    if trig.mode == "finite" and trig.index + 1 < b and tokens[trig.index + 1].lower == "er":
        return trig.index + 1  # "Am Nachmittag besuchte er Butscha": "er" is never an object ("sie" may be)
    if trig.mode == "nonfinite":
        # "In Peking will er Staatschef Xi treffen": "er" right behind the clause's finite auxiliary or modal
        aux = next((k for k in range(a, trig.index) if tokens[k].lower in _AUX_OR_MODAL), None)
        if aux is not None and aux + 1 < trig.index and tokens[aux + 1].lower == "er":
            return aux + 1
    return None


def _speaker_of_pronoun(sent: _Sentence, a: int, b: int, pronoun: str, triggers: list[_Trigger],
                        mentions: list[Mention], verbs: set[int], violent: bool) -> EventActor | None:
    """actor1 of a clause whose subject is "er"/"sie": the actor1 of a statement in the clause right
    before or right after it ("Er werde Putin treffen, sagte Trump"), if the pronoun fits that speaker."""
    before = [c for c in sent.clauses if c[1] <= a]
    after = [c for c in sent.clauses if c[0] >= b]
    for c, d in ([before[-1]] if before else []) + ([after[0]] if after else []):
        speech = [t for t in triggers if c <= t.index < d and t.mode != "noun" and t.entry.type == "statement"]
        if not speech:
            continue
        head, _ = _roles(speech[0], sent, c, d, c, mentions, verbs, False, violent)
        speaker = next((x for x in head if x.role == "actor1"), None)
        if speaker is not None and _pronoun_fits(pronoun, speaker):
            return speaker
        return None
    return None


def _describes_a_person(word: str) -> bool:
    """"ÖVP-Politiker", "Grünen-Politikerin", "Politiker", "30-Jährige", "Tennisprofi", "Unternehmer": a person
    described by what they are or by age, which news uses for the one just named (an office may name someone new:
    "Die Oberbürgermeisterin wies die Vorwürfe zurück")."""
    return word.lower().endswith(_PERSON_KINDS) or _AGE_NOUN.fullmatch(word) is not None


# What a person is, not an office: "der Ex-Profi", "die Unternehmerin", "der Milliardär" (not "Fahrer", "Mann": news
# brings in new people that way).
_PERSON_KINDS = tuple(stem + ending for stem in (
    "politiker", "profi", "star", "legende", "unternehmer", "milliardär", "millionär", "schauspieler", "sänger",
    "musiker", "schriftsteller", "künstler", "sportler", "athlet", "ökonom", "wissenschaftler", "aktivist",
    "investor", "manager", "tennisspieler", "fußballer", "fussballer", "rennfahrer", "skirennfahrer")
    for ending in ("", "in") if not (stem.endswith(("profi", "star", "legende")) and ending))


def _described_word(tokens, i: int, b: int) -> str:
    """The noun of "der ehemalige Tennisprofi", "die 44-jährige Unternehmerin": past up to two lowercase words."""
    for k in range(i, min(i + 3, b)):
        if not tokens[k].text.islower():
            return tokens[k].text
    return ""


_AGE_NOUN = re.compile(r"\d{1,3}-[Jj]ährige[rn]?")  # "die 30-Jährige", "der 45-Jährige"


def _pronoun_fits(pronoun: str, speaker: EventActor) -> bool:
    """"sie" for an organization or a woman, "er" for a man, by the given name (gender-guesser) or else by
    the office the article gave the name ("Kanzler Stocker": er); a person known only by a surname and
    with no office is nobody's pronoun: the gender is unknown."""
    if pronoun in ("man", "wir"):
        return True  # the speaker's side, whoever speaks
    if speaker.label == "ORG":
        return pronoun == "sie"
    if speaker.label == "LOC" and pronoun == "sie" and speaker.text.lower().endswith(_FEMININE_ORGANS):
        return True  # "Die israelische Armee erklärte, sie habe …": a state organ, named for its country
    if speaker.label != "PER":
        return False
    names = speaker.canonical.split()
    gender = _given_name_gender(names[0].split("-")[0]) if len(names) >= 2 else "unknown"
    if gender not in _KNOWN_GENDERS:
        gender = _TITLED_GENDERS.get().get(speaker.canonical, gender)
    return gender in _PRONOUN_GENDERS[pronoun]


# State organs named by their country's adjective that "sie" refers to (feminine or plural; not "das Militär")
_FEMININE_ORGANS = ("armee", "regierung", "luftwaffe", "marine", "polizei", "führung", "streitkräfte", "behörden",
                    "truppen", "revolutionsgarden", "nationalgarde", "administration", "delegation", "justiz",
                    "staatsanwaltschaft", "botschaft")
_KNOWN_GENDERS = frozenset({"male", "mostly_male", "female", "mostly_female"})
# The gender the offices before a person's name tell, by canonical name, for the article being read.
_TITLED_GENDERS: ContextVar[dict[str, str]] = ContextVar("titled_genders", default={})
_OFFICE_BEFORE = re.compile(r"([\w.-]+)\s+$")
# Offices that say nothing of who holds them: "Prof. Quaxler", "Premier Meloni" (the masculine is used of women too),
# and "die/der Vorsitzende", "Abgeordnete" (either)
_NO_GENDER_OFFICES = frozenset({"prof.", "prof", "dr.", "dr", "premier"})


def _genders_by_office(text: str, mentions: Sequence[Mention]) -> dict[str, str]:
    """Each person's gender by the office word right before the name: "Innenministerin Quaxler" is a woman,
    "Landeshauptmann Quaxler" a man; a person given offices of both genders is left out."""
    found: dict[str, set[str]] = {}
    for m in mentions:
        if m.label != "PER":
            continue
        office = _OFFICE_BEFORE.search(text, max(0, m.start - 40), m.start)
        lower = office.group(1).lower() if office else ""
        # ("Immobilieninvestor Benko", "Unternehmerin Quaxler": what a person is tells it as an office does)
        if (not office or not (is_title_word(lower) or lower.endswith(_PERSON_KINDS)) or lower in _NO_GENDER_OFFICES
                or lower.endswith("e")):
            continue
        female = lower.endswith(("in", "frau"))
        found.setdefault(m.canonical or m.text, set()).add("female" if female else "male")
    return {name: next(iter(g)) for name, g in found.items() if len(g) == 1}


@functools.lru_cache(maxsize=4096)
def _given_name_gender(name: str) -> str:
    return _gender_detector().get_gender(name)


@functools.lru_cache(maxsize=1)
def _gender_detector():
    import gender_guesser.detector  # its name table loads in a third of a second, only when needed

    return gender_guesser.detector.Detector(case_sensitive=False)


def _governing_clause(sent: _Sentence, a: int, trig: _Trigger) -> tuple[int, int] | None:
    """The clause before a zu-infinitive clause ("..., Sanktionen zu verhängen" / "..., abzulehnen")."""
    tokens = sent.tokens
    form = tokens[trig.index].lower
    if trig.mode == "noun":
        # "forderte die CDU auf, Gespräche aufzunehmen": an event noun in a zu-infinitive clause
        if not _ends_in_zu_infinitive(tokens, a, trig.clause_end or _clause_of(sent, trig.index)[1]):
            return None
    elif not ((trig.index > a and tokens[trig.index - 1].lower == "zu") or (
            trig.entry.particle is not None and form.startswith(trig.entry.particle + "zu"))
              or _perfect_zu_infinitive(tokens, trig.index)):
        return None
    previous = [c for c in sent.clauses if c[1] <= a]
    return previous[-1] if previous else None


# Endings of a participle or adjective before its noun: "nicht angemeldete", "nicht genehmigten", "nicht bekannter".
_ATTRIBUTIVE_ENDINGS = ("te", "ten", "tes", "ter", "tem", "ene", "enen", "ener", "enes", "enem")


def _attributive(tokens, i: int) -> bool:
    """A participle or adjective before its noun, declined: "der angekündigte Warnstreik", "die geplanten Proteste"."""
    word = tokens[i]
    return (i + 1 < len(tokens) and word.text.isalpha() and word.text.islower()
            and word.lower.endswith(_ATTRIBUTIVE_ENDINGS) and tokens[i + 1].text[:1].isupper()
            and tokens[i + 1].text[:1].isalpha())


def _determined_attribute(tokens, i: int) -> bool:
    """A participle between an article (or a possessive) and its noun: "eines verurteilten Drogendealers", "die
    verhafteten Demonstranten" (not "Die USA verurteilten Russland": no article before it)."""
    k = i - 1
    if k >= 1 and tokens[k].text.islower() and tokens[k].lower.endswith(("e", "en", "er", "es", "em")) and (
            tokens[k - 1].lower in _DETERMINERS):
        k -= 1  # "die mutmaßlich verhafteten", "der bereits verurteilte"
    return _attributive(tokens, i) and k >= 0 and tokens[k].lower in _DETERMINERS


_DETERMINERS = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen",
                          "kein", "keine", "keiner", "keines", "keinem", "keinen", "sein", "seine", "seiner", "seines",
                          "seinem", "seinen", "ihr", "ihre", "ihrer", "ihres", "ihrem", "ihren", "dieser", "diese",
                          "dieses", "diesem", "diesen", "alle", "aller", "allen", "zwei", "drei", "vier", "fünf",
                          "mehrere", "mehrerer", "mehreren", "zahlreiche", "zahlreichen"})


def _attributive_nicht(tokens, i: int) -> bool:
    """"eine nicht angemeldete Demonstration aufgelöst": "nicht" negates the adjective before the noun, not the
    clause ("hat die Demonstration nicht aufgelöst", "nicht gegen Gesetze verstoßen" stay negated)."""
    return (tokens[i].lower == "nicht" and i + 1 < len(tokens) and _attributive(tokens, i + 1)
            and tokens[i + 1].lower not in PREPOSITIONS and len(tokens[i + 1].text) >= 5)


# Verbs whose object event is there before them, extended, eased, ended or resumed: "die Sanktionen nicht verlängert".
_CONTINUING = ("verlänger", "gelocker", "locker", "aufgehoben", "aufheben", "verschärf", "ausgeweitet", "ausweite",
               "beendet", "beenden", "fortgesetzt", "fortsetzen", "fortzusetzen", "unterbroch", "aufrechterhalten")


def _continued_not(tokens, index: int, a: int, b: int) -> bool:
    """An event noun with its definite article, the object of a verb that presupposes it, closed by "nicht" before
    that verb: "hat die Sanktionen gegen Russland nicht verlängert" (the sanctions stand, only the prolonging is
    denied; "keine Sanktionen verlängert", "Der Streik findet nicht statt" stay denied)."""
    if index < 1 or tokens[index - 1].lower not in ("die", "den", "das", "der") or index - 1 <= a:
        return False
    for k in range(index + 1, b - 1):
        if tokens[k].lower == "nicht" and tokens[k + 1].lower.startswith(_CONTINUING):
            return True
    return False


def _purpose_clause(tokens, a: int) -> bool:
    """"…, um gegen die Schließung zu protestieren": a zu-infinitive clause opened by "um" says what for."""
    return any(tokens[k].lower == "um" for k in range(a, min(a + 2, len(tokens)))) and (
        tokens[a].lower == "um" or not tokens[a].text[:1].isalnum())


def _genitive_name(actor: EventActor) -> bool:
    """"Russlands" for Russland, "Putins" for Putin: the name in the genitive, an owner."""
    return actor.text.endswith(("s", "'", "’")) and actor.text.rstrip("'’") != actor.canonical


# "…, Kiew angegriffen zu haben", "…, festgenommen worden zu sein": the past of a zu-infinitive
_PERFECT_ZU = (("zu", "haben"), ("zu", "sein"), ("worden", "zu", "sein"))


def _perfect_zu_infinitive(tokens, k: int) -> bool:
    after = tuple(t.lower for t in tokens[k + 1:k + 4])
    return any(after[:len(tail)] == tail for tail in _PERFECT_ZU)


def _zu_clause_after(sent: _Sentence, b: int) -> tuple[int, int] | None:
    """The zu-infinitive clause right after the clause ending at ``b``: what it governs."""
    following = next((c for c in sent.clauses if c[0] >= b), None)
    if following is None or following[0] > b + 1 or not _ends_in_zu_infinitive(sent.tokens, *following):
        return None
    return following


_PARTICLE_ZU = re.compile(r"(?:auf|an|ab|aus|ein|mit|vor|nach|fest|teil|weiter|wieder|zurück|zusammen|her|hin|fort|"
                          r"bei|dar|frei|los|statt|um|weg|durch|fort)zu[a-zäöüß]{3,}en")


def _ends_in_zu_infinitive(tokens, a: int, b: int) -> bool:
    """'…, Gespräche aufzunehmen', '…, die Verhandlungen zu beenden': the clause closes with a zu-infinitive."""
    words = [k for k in range(a, b) if tokens[k].text[:1].isalpha()]
    if not words:
        return False
    last = tokens[words[-1]]
    return last.text.islower() and (
        (len(words) > 1 and tokens[words[-2]].lower == "zu") or _PARTICLE_ZU.fullmatch(last.lower) is not None)


_DEMANDING = frozenset({"demand", "appeal"})
_ACCUSING = frozenset({"vorwerfen", "beschuldigen", "bezichtigen", "verdächtigen", "anklagen"})
# "…, der verdächtigt wird, seine Frau getötet zu haben", "Er steht im Verdacht, … erschossen zu haben": no trigger
# says so (suspecting is no event of its own), the words do
_SUSPECTED = frozenset({"verdächtigt", "verdächtigte", "verdächtigten", "verdacht", "tatverdacht", "mordverdacht"})
_DENYING = frozenset({"bestreiten", "dementieren", "zurückweisen", "abstreiten", "leugnen"})


def _inherited_modality(words: list[str], triggers: list[_Trigger], a: int, b: int) -> str | None:
    for name, cues in _MODALITY:
        if set(words) & cues:
            return name
    governing = [t.entry.type for t in triggers if a <= t.index < b and t.mode != "noun"]
    if any(t in _DEMANDING for t in governing):
        return "demand"
    if any(t in ("statement", "intent_cooperate", "threaten") for t in governing):
        return "intent"
    return None


def _is_infinitive(form: str, entry: Entry) -> bool:
    """'ablehnen', 'abzulehnen' (not the participle 'abgelehnt', not 'festgenommen')."""
    lemma = entry.lemma.lower()
    return form in (lemma, lemma.replace("ß", "ss")) or (
        entry.particle is not None and form == entry.particle + "zu" + lemma[len(entry.particle):])


_PAST_PASSIVE = frozenset({"wurde", "wurden", "worden"})
_AGENT_PREPOSITIONS = frozenset({"von", "vom", "durch"})


def _event_noun_before_phrase(tokens, i: int, trigger: int) -> bool:
    """The prepositional phrase holding the mention at ``i`` follows an event noun after the trigger:
    "forderte ein Ende der Sanktionen gegen Russland", "verurteilte die Luftangriffe auf Kiew"."""
    # (before a verb closing the clause too: "hat die Klage des Verbands gegen die Lufthansa abgewiesen", the noun
    # behind its genitive)
    lo = trigger if i > trigger else max(-1, i - 6)
    k = i - 1
    while k > lo and tokens[k].lower not in PREPOSITIONS:
        k -= 1
    if i < trigger and tokens[k].lower not in ("gegen", "auf"):
        return False  # ("hat die Gespräche mit der FPÖ abgebrochen": the other party of the talks is rejected)
    nouns = [k - 1] + ([k - 3] if k >= 3 and tokens[k - 2].lower in ("des", "der") else [])
    return any(noun > lo and noun != trigger and tokens[noun].text[:1].isupper() and any(
        h.mode == "noun" for h in load_lexicon().lookup(tokens[noun].text)) for noun in nouns)


def _von_head(tokens, index: int, a: int) -> int:
    """The noun a phrase with "von" hangs on ("die Aufnahme von Beitrittsgesprächen": Aufnahme), else the phrase's
    own noun."""
    prep = index - 1
    while prep > a and prep > index - 3 and tokens[prep].text[:1].islower() and tokens[prep].lower not in ("von", "vom"):
        prep -= 1  # "von neuen Gesprächen"
    if tokens[prep].lower in ("von", "vom") and prep - 1 >= a and tokens[prep - 1].text[:1].isupper():
        return prep - 1
    return index


def _giver_and_receiver(tokens, a: int, b: int, mentions, actors: list[EventActor],
                        prepositions: frozenset[str] = _GIVER_PREPOSITIONS) -> list[EventActor]:
    """"Die Ukraine erhielt von Deutschland Panzer": the giver (after von/vom/aus) acts, the subject receives; and
    "Google zahlte an die EU-Kommission eine Strafe" (``prepositions`` "an"): the payee fined the payer."""
    start_of = {tokens[k].start: k for k in range(a, b)}
    givers = [m for m in mentions if m.start in start_of and m.label in _ACTOR_LABELS
              and governing_preposition(tokens, start_of[m.start])[0] in prepositions]
    if not givers:
        return [replace(x, role="actor2") if x.role == "actor1" else x for x in actors]
    giver = givers[0]
    receivers = [replace(x, role="actor2") for x in actors if x.role == "actor1" and x.start != giver.start]
    return [EventActor("actor1", giver.text, giver.canonical or giver.text, giver.label, giver.start, giver.end),
            *receivers]


def _participle_like_infinitive(form: str, entry: Entry, clause_lower: list[str]) -> bool:
    """"empfangen", "beraten": a participle spelt like the infinitive is one beside "wurde"/"worden" (no infinitive
    stands there), or beside "wird" with an agent ("wird von Trump empfangen"; "wird Trump empfangen" is future)."""
    if not entry.participle_is_infinitive or entry.particle is not None:
        return False
    words = set(clause_lower)
    return bool(words & _PAST_PASSIVE) or (bool(words & {"wird", "werden"}) and bool(words & _AGENT_PREPOSITIONS))


def _is_joined_finite(form: str, entry: Entry) -> bool:
    """A separable verb joined at the end of a subordinate clause is finite, no participle:
    "wie die Statistik Austria mitteilte" (not "mitgeteilt"), "als die Polizei ihn festnahm"."""
    particle = entry.particle
    return (particle is not None and form.startswith(particle)
            and load_lexicon().is_finite_form(entry, form[len(particle):]))


def _opens_conjunct(tokens, i: int, verbs: set[int]) -> bool:
    """Token ``i`` is "und"/"oder"/… with a verb of its own right behind it: a trigger verb, an auxiliary or the verb
    of a noun trigger's set phrase."""
    return (tokens[i].lower in _CONJUNCTIONS and i + 1 < len(tokens)
            and (i + 1 in verbs or tokens[i + 1].lower in _AUX_FINITE or tokens[i + 1].lower in _LIGHT_VERBS
                 # "hatte Tränengas eingesetzt und mehr als 100 Menschen festgenommen": a participle closes the first
                 # conjunct, and the second has a verb of its own further on
                 or (i - 1 in verbs and any(v > i + 1 for v in verbs))
                 or _own_subject_and_verb(tokens, i, verbs)))


def _own_subject_and_verb(tokens, i: int, verbs: set[int]) -> bool:
    """"Russland griff Charkiw an und Selenskyj verurteilte den Angriff": after a verb, "und" opens a main clause
    with a subject of its own (a name, perhaps behind an article) and its verb ("Russland und die Ukraine
    vereinbarten …" has no verb before "und": one subject)."""
    if tokens[i].lower != "und" or not any(i - 12 < v < i and not any(t.text == "," for t in tokens[v:i])
                                            for v in verbs):
        return False
    k = i + 1
    if k < len(tokens) and tokens[k].lower in ("der", "die", "das"):
        k += 1
    names = 0
    while k < len(tokens) and names < 3 and tokens[k].text[:1].isupper() and tokens[k].text.isalpha():
        k += 1
        names += 1
    return names > 0 and k in verbs and tokens[k].text.islower()


def _conjunct_end(tokens, index: int, b: int, verbs: set[int]) -> int:
    """Where the next conjunct with a verb of its own starts: "verurteilte den Angriff und forderte …"."""
    return next((i for i in range(index + 1, b - 1) if _opens_conjunct(tokens, i, verbs)), b)


def _conjunct_start(tokens, a: int, index: int, triggers: list[_Trigger]) -> int:
    """'Selenskyj verurteilte den Angriff und forderte ...': the conjunct of 'forderte' starts after 'und'."""
    verbs = {t.index for t in triggers if t.mode != "noun"}
    start = a
    for i in range(a, index):
        if _opens_conjunct(tokens, i, verbs):
            start = i + 1
    return start


_SUMMONING = frozenset({"einbestellen", "zitieren"})
# What is done to people, whose group is then its target: arrests, raids, sentences
_DONE_TO_PEOPLE = frozenset({"arrest", "coerce", "convict", "release"})
# Who did a deed, named by the town where he did it: "der Attentäter von Solingen", "der Amokfahrer von Magdeburg"
_PERPETRATORS = ("täter", "täters", "angreifer", "angreifers", "mörder", "mörders", "schütze", "schützen",
                 "amokläufer", "amokläufers", "amokfahrer", "amokfahrers", "messerstecher", "messerstechers")


def _roles(trig, sent, a, b, conj_start, mentions, verbs, passive, violent):
    """actor1/actor2/place from the mentions of the clause (heuristics in docs/events.md).

    - passive ("wurde von X festgenommen"): von/durch-phrase → actor1, subject → actor2;
    - active: first bare mention (no preposition, not after den/dem) → actor1; the next
      bare mention in the trigger's conjunct → actor2, else a gegen/mit/für/an/auf-phrase;
    - for symmetric types "X und Y" coordinated → actor1 X, actor2 Y;
    - genitive attributes without a preposition ("Sanktionspaket der EU") are not actors, except the
      the event noun's own when no bare mention acts ("ein Warnstreik der Gewerkschaft Verdi": actor1 Verdi).
    """
    tokens = sent.tokens
    index_of = {t.start: i for i, t in enumerate(tokens)}
    bracketed = _in_parentheses(tokens)
    # "Josef Pramberger (ÖVP) verlangt ...": the bracketed party is an apposition, not a second actor.
    in_clause = [(m, index_of[m.start]) for m in mentions
                 if m.start in index_of and a <= index_of[m.start] < b
                 and (index_of[m.start] not in bracketed or _names_untagged_phrase(tokens, index_of[m.start], m, mentions))]
    # "Der Verband der Pflegefachleute SBK warnte": an acronym right behind an organization's name is its short
    # name, not a second party
    in_clause = [x for k, x in enumerate(in_clause)
                 if not (k and _short_name_of(tokens, in_clause[k - 1], x))]
    mention_tokens = {i for m, i in in_clause if m.label != "MISC"}
    bare, objects, targets, agents, places, owners, between, comes_from = [], [], [], [], [], [], [], []
    previous = None  # (mention, preposition, article) of the mention before
    for m, i in in_clause:
        stop = frozenset((verbs | mention_tokens) - {i})
        prep, article = governing_preposition(tokens, i, stop)
        if prep is None and previous is not None and previous[1] is not None and _listed_after(tokens, previous[0], m):
            prep, article = previous[1], previous[2]  # "aus ÖVP, SPÖ und NEOS": all three after "aus"
        if (prep is None and i >= 3 and tokens[i - 1].lower == "und"
                and (tokens[i - 2].text[:1].isupper() or tokens[i - 2].text.isdigit())
                and tokens[i - 2].text.isalnum() and i - 2 not in stop
                and governing_preposition(tokens, i - 2, stop)[0] == "zwischen"):
            # "nach dem Derby zwischen Schalke und Dortmund": the second of two, whatever the first is, is "zwischen"
            prep, article = "zwischen", None
        previous = (m, prep, article)
        if (trig.entry.type == "protest" and m.label == "ORG" and i < trig.index
                and organization_kinds().get(m.canonical or m.text) != "Gewerkschaft"
                and any(_WORKERS.fullmatch(tokens[k].text) and tokens[k + 1].lower in ("des", "der")
                        for k in range(max(a, i - 4), i - 1))):
            targets.append((m, i))  # "Beschäftigte des Autozulieferers ZF protestierten": against their employer
            continue
        if any(tokens[k].lower in ("außer", "ausser", "ausgenommen") for k in range(max(a, i - 2), i)):
            continue  # "Alle Parteien außer der AfD verurteilten den Anschlag": the one left out
        if (m.label == "LOC" and prep in ("von", "vom") and i >= 1
                and any(tokens[k].lower.endswith(_PERPETRATORS) for k in range(max(a, i - 3), i - 1))):
            continue  # "den Attentäter von Magdeburg festgenommen": where his deed was, no party to the arrest
        if trig.entry.lemma == "zurückrufen" and prep == "aus":
            targets.append((m, i))  # "rief seinen Botschafter aus Madrid zurück": relations with Madrid reduced
            continue
        if passive and trig.entry.lemma in _SUMMONING and "ins" in (tokens[i - 1].lower, tokens[i - 2].lower if i > 1 else ""):
            agents.append((m, i))  # "wurde ins russische Außenministerium einbestellt": the ministry's state summoned
            continue
        if prep is None and _possessor_of_person(tokens, m, in_clause):
            continue
        if trig.mode == "noun" and m.label in _ACTOR_LABELS and (
                _genitive_head(tokens, i, mention_tokens) == trig.index or (i == trig.index + 1 and _bare_genitive(m))
                or (trig.index > 0 and m.end == tokens[trig.index - 1].end and _bare_genitive(m))):
            # "ein Warnstreik der Gewerkschaft Verdi", "nach dem Angriff der Hamas", "die Angriffe Russlands",
            # "nach Russlands Angriff"
            owners.append((m, i))
            continue
        if _source_of_report(tokens, i, mention_tokens):
            continue  # "nach Angaben von Bürgermeister Klitschko": who tells, not who did it
        if (prep == "aus" and m.label == "ORG" and i < trig.index and trig.entry.type not in _SYMMETRIC
                and _member_of_coalition(tokens, i, mention_tokens)):
            # "Die Koalition aus CDU und SPD lehnte … ab": the parties act together (but "Die Regierung aus ÖVP, SPÖ
            # und NEOS hat sich geeinigt" is the government agreeing, not its parties with each other)
            bare.append((m, i))
            continue
        if prep in ("von", "vom") and m.label == "ORG" and _affiliation(tokens, i, in_clause):
            continue  # "sagte Müller von der SVP": the person's party, no second party to the event
        if prep == "nach" and trig.entry.type not in _DESTINATION_TYPES:
            continue  # "gegen die Abschiebung einer Familie nach Georgien protestiert": a destination
        if (m.label == "LOC" and trig.entry.type in _OFFERING_TYPES and prep in ("nach", "in")
                and _after_object_noun(tokens, i, a, verbs)):
            continue  # "lud ihn zu einem Gegenbesuch nach Warschau ein": where the visit goes, not where he asked
        if (m.label == "LOC" and trig.entry.type in _SPEECH_TYPES and prep in ("in", "im")
                and _after_object_noun(tokens, i, a, verbs)):
            continue  # "rief die Beschäftigten der Kitas in Köln zum Streik auf": whom it calls, not where
        if (m.label == "LOC" and trig.entry.type == "protest" and trig.entry.lemma in _BLOCKING and i > trig.index - 8
                and prep in (None, "zum", "zur")
                and not isinstance(m, ActorMention) and (m.canonical or m.text) not in country_names()):
            places.append((m, i))  # "blockierten die Zufahrten zum Hamburger Hafen": what is blocked is where
            continue
        if m.label == "LOC" and prep in ("an", "am") and _at_a_site(tokens, i):
            places.append((m, i))  # "an den Flughäfen Frankfurt und München": where, not whom
            continue
        if m.label == "LOC" and prep == "von" and _in_an_area(tokens, i):
            places.append((m, i))  # "am Stadtrand von München", "südlich von Bern": where, not who
            continue
        if (passive and trig.entry.type == "convict" and m.label == "ORG" and prep in ("am", "vor", "beim")
                and "gericht" in m.text.lower()):
            agents.append((m, i))  # "ist am Landesgericht Graz verurteilt worden": the court passed the verdict
            continue
        if prep == "vor" and m.label == "ORG" and _before_a_court(tokens, i):
            continue  # "drohte mit einer Klage vor dem Europäischen Gerichtshof": a forum, not where it happened
        if m.label == "LOC" and i > 0 and tokens[i - 1].lower in _SITES and not isinstance(m, ActorMention):
            places.append((m, i))  # "Streik legt Flughafen Hamburg lahm": the airport's town is where, not whom
            continue
        if (trig.entry.type == "aid" and m.label == "LOC" and _sent_to_a_country(m, prep, article)
                and not any(x[1] > trig.index for x in targets)):
            targets.append((m, i))  # "schickt Flugabwehrsysteme in die Ukraine": the country receives them
            continue
        if m.label == "LOC" and _direction(prep, article, m) and trig.entry.type not in _DESTINATION_TYPES:
            continue  # "flohen vor den Kämpfen in den Libanon": where they went, not where the fighting was
        if (m.label == "LOC" and trig.mode == "noun" and violent and prep in ("von", "vom") and i == trig.index + 2
                and (m.canonical or m.text) not in country_names() and not isinstance(m, ActorMention)):
            places.append((m, i))  # "der Messerangriff von Solingen": where it was (a country after "von" attacks)
            continue
        if trig.entry.lemma == "bedanken" and prep in ("bei", "beim"):
            targets.append((m, i))  # "bedankte sich bei Deutschland": the thanked, not a place
            continue
        if (m.label == "LOC" and prep in ("in", "im") and trig.entry.type in _TALK_TYPES and i >= 4
                and any(tokens[j].lower == "über" for j in range(i - 4, i - 1))
                and tokens[i - 2].lower in ("lage", "situation", "krieg", "konflikt", "krise", "entwicklung")):
            continue  # "führten ein Telefonat über die Lage in Nahost": the topic's place, not where they talked
        if (is_place(m.label, prep, violent) and not isinstance(m, ActorMention)  # "bei der israelischen Armee"
                and not (prep == "am" and trig.entry.type in _ADDRESSED_TYPES)):
            places.append((m, i))
            continue
        if m.label == "ORG" and prep in ("im", "ins") and (m.canonical or m.text) in _SEATS_OF_GOVERNMENT:
            places.append((m, i))  # "im Kreml empfangen", "im Weißen Haus": the building, where it happened
            continue
        if (m.label == "LOC" and prep in ("an", "auf") and article in ("der", "dem") and _STREET_OR_WATER.search(m.text)
                and not isinstance(m, ActorMention)):
            # "an der Langstrasse verhaftet", "an der Aare", "auf dem Bundesplatz": a street, a square or a shore
            places.append((m, i))
            continue
        if m.label not in _ACTOR_LABELS:
            continue
        if (trig.mode == "noun" and prep in ("von", "vom") and trig.index < i
                and any(tokens[k].lower in _COMING for k in range(trig.index + 1, i))):
            comes_from.append((m, i))  # "Kritik kam von der SVP": whose criticism it is
            continue
        if prep in ("von", "vom", "durch") and _in_attribute(tokens, i, m):
            continue  # "Die von Russland annektierte Krim wurde angegriffen": who annexed it, not who attacked
        if prep in ("von", "vom") and _at_a_site(tokens, i):
            places.append((m, i))  # "Vom Flughafen Leipzig/Halle sind … abgeschoben worden": from where, not by whom
        elif prep in ("von", "vom", "durch") and passive:
            if prep == "von" and m.label == "LOC" and _noun_von(tokens, i, mention_tokens):
                continue  # "Der ehemalige Bürgermeister von Bad Ischl ist … freigesprochen worden": his town, no agent
            agents.append((m, i))
        elif prep == "durch":
            owner = _noun_before_von(tokens, i, mention_tokens, via=("durch",))
            outer = governing_preposition(tokens, owner, frozenset(verbs))[0] if owner is not None and owner > a else ""
            if outer in _target_prepositions(trig.entry.type):
                # "protestierten gegen die Kürzung der Förderungen durch die Bundesregierung": who cuts is opposed
                targets.append((m, i))
            elif outer is None and trig.entry.type in _JUDGING and trig.mode != "noun" and owner > trig.index:
                objects.append((m, i))  # "kritisierte die Blockade der Hilfen durch Ungarn": who blocks is criticized
        elif prep in ("von", "vom") and trig.entry.type == "demand" and trig.mode != "noun" and i > trig.index:
            targets.append((m, i))  # "forderten vom Bundesrat faire Preise": whom the demand is made of
        elif prep == "aus" and trig.entry.type == "sanction" and (
                # (over a list of goods: "auf Stahl und Aluminium aus der EU")
                (i > trig.index and any(tokens[j].lower == "auf" for j in range(max(a, i - 8), i)))
                or any(tokens[j].lower in _IMPORTS for j in range(max(a, i - 5), i))):
            # "Strafzölle auf Stahl aus China", "hat die Einfuhr von Schweinefleisch aus der EU mit Strafzöllen belegt":
            # where the goods taxed come from is hit
            targets.append((m, i))
        elif prep in _target_prepositions(trig.entry.type):
            if (trig.mode != "noun" and trig.entry.type in _JUDGING and _event_noun_before_phrase(tokens, i, trig.index)
                    and not (trig.entry.type == "reject" and prep == "mit")):
                # "kritisierte die Sanktionen gegen Russland": the sanctions' target, not the critic's (but the partner
                # of talks or a cooperation rejected is rejected: "schloss eine Zusammenarbeit mit der AfD aus")
                continue
            head = _noun_before_von(tokens, i, mention_tokens, via=(prep,))
            if (head is not None and head != trig.index
                    and governing_preposition(tokens, head, frozenset(verbs))[0] in _SETTING | _AFTERMATH):
                continue  # "hat nach der Niederlage gegen Leverkusen Kritik geübt": the scene's opponent, no target
            targets.append((m, i))
            if prep == "zwischen":
                between.append((m, i))
        elif prep is None or prep == "von":
            head = _genitive_head(tokens, i, mention_tokens) if prep is None else None
            if head is not None and any(x.start <= tokens[head].start < x.end for x, _ in bare):
                continue  # "Der Grosse Rat des Kantons Bern lehnte ab": the acting body's own genitive, no party
            if (head is not None and not _acting_for(tokens, head, verbs, trig)
                    and not (_WORKERS.fullmatch(tokens[head].text) and organization_kinds().get(m.canonical or m.text)
                             == "Gewerkschaft" and _in_subject_place(tokens, head, verbs, trig))):
                if trig.mode != "noun" and _acts_for_word(tokens[head].text) and (head > trig.index or (
                        (violent or trig.entry.type in _DONE_TO_PEOPLE)
                        and (is_object_article(governing_preposition(tokens, head, frozenset(verbs))[1])
                             or tokens[head - 1].text.replace(".", "").replace("'", "").isdigit()
                             or number_word_value(tokens[head - 1].lower) is not None))):
                    # (and counted or in the accusative before a verb closing the clause: "hat 12 Anhänger des FC
                    # Zürich festgenommen": the club's fans were arrested)
                    # "traf Vertreter der Wirtschaftskammer": the chamber is met; "hat einen Kommandeur der Hamas
                    # getötet": the group is hit
                    objects.append((m, i))
                elif trig.mode != "noun" and (
                        (violent and tokens[head].lower.endswith(_ATTACKED_HOLDINGS))  # (a holding never acts)
                        or ((bare or head > trig.index or passive
                             or any(tokens[k].lower in _SUBJECT_PRONOUNS for k in range(a, head)))
                            and trig.entry.type in _JUDGING and not _is_doer(tokens[head]))):
                    # "Israel hat Stellungen der Hisbollah angegriffen", "Ein Lager der UNO wurde beschossen": the owner
                    # is hit; "kritisierte die Pläne der Regierung", "lehnte den Vorschlag der Kommission ab": whose
                    # work is judged is the target (not "Ein Sprecher der Polizei kritisierte")
                    objects.append((m, i))
                continue  # "das Sanktionspaket der EU": what the EU has, not what it does
            owner = _noun_before_von(tokens, i, mention_tokens) if prep == "von" else None
            if (owner is not None and violent and trig.mode != "noun"
                    and tokens[owner].lower.endswith(_ATTACKED_HOLDINGS)):
                objects.append((m, i))  # "rammte eine Demonstration von Verdi": whose rally is hit
                continue
            if owner is not None and owner > a:
                outer = governing_preposition(tokens, owner, frozenset(verbs))[0]
                if outer in _target_prepositions(trig.entry.type):
                    targets.append((m, i))  # "gegen die Regierung von Präsident Vučić demonstriert": the target's
                    continue
                if outer is not None:
                    continue  # "in der Stadt von X": inside another phrase, no party
            if (prep == "von" and bare and trig.entry.type in _JUDGING and trig.mode != "noun" and owner is not None
                    and owner > trig.index and not _is_doer(tokens[owner])):
                objects.append((m, i))  # "kritisierten die Sparpläne von Finanzminister Marterbauer": his plans
                continue
            if (prep == "von" and bare and trig.entry.type not in _FROM_TYPES
                    and _noun_von(tokens, i, mention_tokens)):
                continue  # with a subject found, "Bischofs von Chur" is no second party (but "Organisatoren von FFF sprachen")
            # "Peter Blixer, den Merz in Berlin traf": the relative pronoun is the object, not the name's article
            relative_pronoun = i - 1 == a and a > 0 and tokens[a - 1].text == "," and trig.index > i and trig.mode != "noun"
            (objects if is_object_article(article) and not relative_pronoun else bare).append((m, i))
    noun_prep = governing_preposition(tokens, trig.index)[0] if trig.mode == "noun" else None
    if (noun_prep is not None and trig.index >= 2 and tokens[trig.index - 1].text[:1].isupper()
            and tokens[trig.index - 1].text.isalpha()
            and tokens[trig.index - 2].lower in _PHRASE_ARTICLES):
        # "hat gegen den Bund Klage eingereicht": a noun with its article closes the phrase; the event noun behind
        # it opens its own (no "gegen die Klage")
        noun_prep = None
    if (noun_prep is not None and trig.index > 0 and any(m.end == tokens[trig.index - 1].end for m, _ in in_clause)
            and not tokens[trig.index - 1].text.endswith(("s", "'", "’"))):
        # ... and so does a name: "hat nach der Niederlage gegen Leverkusen Kritik geübt" (not "nach Russlands Angriff")
        noun_prep = None
    if conj_start > a and _own_subject_and_verb(tokens, conj_start - 1, verbs):
        # "Russland griff Charkiw an und Selenskyj verurteilte …": the second main clause's names are its own
        bare = [x for x in bare if x[1] >= conj_start]
        objects = [x for x in objects if x[1] >= conj_start]
    if conj_start > a and trig.mode != "noun" and trig.index == conj_start:
        # "Ein Sprecher nannte den Streik … und forderte Verdi auf": the second verb shares the first one's
        # subject; a name after it is its object
        objects = sorted(objects + [x for x in bare if x[1] > trig.index], key=lambda x: x[1])
        bare = [x for x in bare if x[1] < trig.index]
    subject = None if passive else (_noun_subject_after_verb(tokens, a, b, verbs, mention_tokens)
                                    or _unnamed_subject(tokens, a, b, verbs, mention_tokens))
    if subject is not None:
        # "Im Januar hatten Hacker die Stadt Potsdam angegriffen": a plain noun right behind the finite verb
        # is the subject; the names after it are objects
        objects = sorted(objects + [x for x in bare if x[1] > subject], key=lambda x: x[1])
        bare = [x for x in bare if x[1] <= subject]
    if trig.mode == "noun" and trig.index - a <= 3 and all(
            tokens[k].lower in _TOPIC_WALK or tokens[k].text.islower() for k in range(a, trig.index)):
        # "Die Sanktionen würden vor allem Europa schaden": the event noun is the clause's subject; a name
        # behind it is the verb's object (its own party comes as a genitive, "Die Angriffe Russlands", or
        # with "von" right behind it: "Die Forderung von Verdi ist hoch")
        own = [x for x in bare if x[1] > trig.index + 1 and tokens[trig.index + 1].lower in ("von", "vom")
               and all(tokens[k].lower in _TOPIC_WALK for k in range(trig.index + 2, x[1]))]
        objects = sorted(objects + [x for x in bare if x[1] > trig.index and x not in own], key=lambda x: x[1])
        bare = [x for x in bare if x[1] < trig.index or x in own]
    if not passive and _pronoun_subject(tokens, a, b, trig) is not None:
        # "Merz sagte, dass er Macron in Paris treffen wolle": the pronoun acts, every name is an object
        bare, objects = [], sorted(bare + objects, key=lambda x: x[1])
    if (noun_prep in _OPPOSED or (noun_prep in _AFTERMATH and trig.entry.type not in _TAKEN_PART)
            or (noun_prep == "auf" and _reacts_before(tokens, a, trig.index))):
        # "Nach dem Angriff hat die EU Sanktionen gefordert": the clause's subject reacts to the event
        # noun, it did not attack; only the noun's own genitive acts ("nach dem Angriff der Hamas")
        bare, objects = [], []
    # "Selenskyj verurteilte den Angriff und forderte Sanktionen gegen Russland": the next conjunct's
    # names are its own
    conj_end = _conjunct_end(tokens, trig.index, b, verbs)
    actor1 = actor2 = None
    fellows: list = []  # listed with actor1, acting with it: "Die Grünen und die FDP kritisierten …"
    if passive:
        actor1 = agents[0] if agents else None
        fellows = _fellows(tokens, actor1, agents[1:])
        # "Panzer sollen an die Ukraine geliefert werden", "Es wurde gegen die Reform protestiert": with no named
        # subject, the party the phrase names is acted on
        actor2 = next(iter(bare + objects), None) or next((x for x in targets if conj_start <= x[1] < conj_end), None)
    elif owners and (not bare or not _adopts(tokens, a, b)):
        # the event noun's own genitive: "ein Warnstreik der Gewerkschaft Verdi", and also when the clause has a
        # subject, which does something else with the noun ("Die Ukraine hat einen Angriff russischer Truppen
        # abgewehrt", "Die Polizei löste die Kundgebung der AfD auf"); but "Die Schweiz übernimmt das
        # Sanktionspaket der EU": who adopts a measure imposes it
        actor1 = owners[0]
        fellows = _fellows(tokens, actor1, owners[1:])
        tgt = [x for x in targets if x[1] > trig.index]
        actor2 = tgt[0] if tgt else None
    else:
        # "Die Stadt lehnte die Forderung ab und warf der Gewerkschaft vor": the next conjunct's names are no subject
        actor1 = next((x for x in bare if x[1] < conj_end), None)
        fellows = _fellows(tokens, actor1, bare[1:] + objects)
        rest = [x for x in bare[1:] + objects if x[1] >= conj_start or x in fellows]
        if fellows and trig.entry.type in _SYMMETRIC:
            # "Fehr und Matter trafen Bundesrat Rösti": with an object after the verb, the listed subjects act
            # together and the object is the other party; "Union und SPD einigten sich" has none, so the
            # second is the other party
            after = [x for x in rest if x[1] > trig.index and x not in fellows]
            rest, fellows = (after, fellows) if after else (rest, [])
        else:
            rest = [x for x in rest if x not in fellows]
        rest = [x for x in rest if (x[1] >= conj_start or trig.entry.type in _SYMMETRIC) and x[1] < conj_end]
        tgt = [x for x in targets if conj_start <= x[1] < conj_end]
        actor2 = rest[0] if rest else (tgt[0] if tgt else None)
        if actor1 is None and comes_from:
            actor1 = comes_from[0]
        if actor1 is None and trig.mode == "noun" and len(between) >= 2 and trig.entry.type in _SYMMETRIC:
            actor1, actor2 = between[0], between[1]  # "die Gespräche zwischen Russland und der Ukraine": both parties
        elif (actor1 is None and trig.mode == "noun" and len(between) == 1 and trig.entry.type in _SYMMETRIC
              and actor2 is not None and actor2[1] > between[0][1]):
            # "Die Gespräche zwischen Iran und den drei Staaten Deutschland, Frankreich und Großbritannien": the other
            # side named after a description
            actor1 = between[0]
    # "warf Paris und Berlin vor, …": both are accused
    others = [x for x in bare + objects + targets + agents if x != actor1 and x not in fellows and x[1] < conj_end]
    found_actors = [("actor1", x) for x in (actor1, *fellows)] + [
        ("actor2", x) for x in (actor2, *_fellows(tokens, actor2, others))]
    actors = [EventActor(role, x[0].text, x[0].canonical or x[0].text, x[0].label, x[0].start, x[0].end)
              for role, x in found_actors if x is not None]
    place = None
    warning = any(_WARNING.match(tokens[j].lower) for j in range(a, b))  # "warnte", "gewarnt"

    def about(i: int) -> bool:
        # "in Washington ... über die Lage im Gazastreifen gesprochen": a place in what was talked about is the
        # topic; the event's place is the other one, even if farther from the verb
        # ("über die Lage in der Ukraine": the topic's noun and its own place phrase may stand between)
        for j in range(i - 1, max(a, i - 7) - 1, -1):
            if tokens[j].lower == "über":
                return True
            if not tokens[j].text[:1].isalnum() or j in verbs:
                return False
        return False

    def warned_of(i: int) -> bool:
        return warning and any(tokens[j].lower == "vor" for j in range(max(a, i - 8), i))

    def protested_against(i: int) -> bool:
        # "haben vor dem Kanzleramt in Berlin gegen neue Gasbohrungen in der Nordsee protestiert": the place of what
        # is protested against is the cause's, the protest's the other one
        if trig.entry.type != "protest":
            return False
        for j in range(i - 1, max(a, i - 8) - 1, -1):
            if tokens[j].lower in ("gegen", "für"):
                return True
            if not tokens[j].text[:1].isalnum() or j in verbs or j == trig.index:
                return False
        return False

    own = [p for p in places if p[1] < conj_end]
    if not own and trig.entry.type not in _SPEECH_TYPES:
        own = places  # "protestierte … und drohte … in Rom" (but "kündigte Widerstand an und drohte … in NRW": no
        # place for the words)
    if trig.entry.type in _SPEECH_TYPES:
        # "hat vor einer Ausbreitung des Virus in Zentralafrika gewarnt", "sprach über die Lage im Gazastreifen":
        # what was said is about that place; the words were said elsewhere
        own = [p for p in own if not (about(p[1]) or warned_of(p[1]) or _after_another_event(tokens, p[1], trig, verbs)
                                      or _in_said_event(tokens, p[1], trig, verbs))]
    if own:
        m, _ = min(own, key=lambda p: (about(p[1]), _in_other_scene(tokens, p[1], trig), protested_against(p[1]),
                                       abs(p[1] - trig.index)))
        place = EventPlace(m.text, m.canonical or m.text, m.start, m.end)
    return actors, place


def _after_another_event(tokens, i: int, trig: _Trigger, verbs) -> bool:
    """A place inside the phrase of an event noun the clause comes after: "Nach dem Anschlag auf eine Moschee in
    Dresden hat Dobrindt … angekündigt" (the attack was in Dresden; the announcement names no place of its own)."""
    lexicon = load_lexicon()
    for k in range(i - 1, max(-1, i - 7), -1):
        if k == trig.index or k in verbs or not tokens[k].text[:1].isalnum() or (
                k < i - 1 and tokens[k].lower in PLACE_PREPOSITIONS):
            return False  # ("nach dem Anschlag in Dresden in Berlin": Berlin is a place phrase of its own)
        if lexicon.is_event_noun(tokens[k].text):
            # (one speaks where one met: "Nach dem Treffen in Brüssel sagte Scholz" keeps Brüssel)
            kinds = {h.entry.type for h in lexicon.lookup(tokens[k].text)}
            return governing_preposition(tokens, k)[0] in _AFTERMATH and not kinds & _TAKEN_PART
    return False


# Prepositions by which words name an event they threaten, call for or speak of: "drohte mit Streiks in NRW", "rief zu
# Protesten in Berlin auf", "warnte vor Anschlägen in Wien".
_SAID_EVENT_PREPOSITIONS = frozenset({"mit", "zu", "zum", "zur", "für", "gegen", "vor", "über", "auf", "um", "von"})


def _in_said_event(tokens, i: int, trig: _Trigger, verbs) -> bool:
    """A place inside the phrase of an event noun that words threaten, call for or speak of: the event's place, not
    the words' ("drohte mit Streiks an allen Standorten in Nordrhein-Westfalen"); "sagte bei der Kundgebung in
    Berlin" keeps Berlin, where she spoke."""
    lexicon = load_lexicon()
    for k in range(i - 1, max(-1, i - 7), -1):
        if k == trig.index or k in verbs or not tokens[k].text[:1].isalnum():
            return False
        if lexicon.is_event_noun(tokens[k].text):
            return governing_preposition(tokens, k)[0] in _SAID_EVENT_PREPOSITIONS
    return False


def _in_other_scene(tokens, i: int, trig: _Trigger) -> bool:
    """A place inside the phrase of another event noun that sets the scene: "Bei Protesten in Georgien nahm die
    Polizei … in Tiflis fest" (Georgien is where the protests were; the arrests were in Tiflis)."""
    lexicon = load_lexicon()
    for k in range(i - 1, max(-1, i - 4), -1):
        if k != trig.index and lexicon.is_event_noun(tokens[k].text):
            return governing_preposition(tokens, k)[0] in _SETTING | _AFTERMATH
    return False


# Words that hope or wait for what follows "auf": "die Hoffnung auf eine Einigung", "warten auf einen Waffenstillstand"
_HOPING = ("hoff", "chance", "aussicht", "wart")


# Events done together: whoever hopes for one takes part in it.
_MUTUAL = frozenset({"agree", "negotiate", "consult"})


def _hoping_word(tokens, trig: _Trigger) -> int | None:
    """The word that hopes or waits for an event noun, which has therefore not happened: "Beide Seiten hoffen auf
    eine Einigung", "die Hoffnung auf eine Waffenruhe"; None if there is none."""
    start = _phrase_start(tokens, trig.index)
    if start == trig.index or start < 2 or tokens[start - 1].lower != "auf":
        return None
    return start - 2 if tokens[start - 2].lower.startswith(_HOPING) else None


# Prepositions that put an event noun before or behind the clause's own action, as its time or cause.
# An event noun's adjective that says it has not happened: (stem, modality)
_ATTRIBUTE_MODALITY = (("geplant", "intent"), ("angekündigt", "intent"), ("angedroht", "intent"),
                       ("drohend", "future"), ("bevorstehend", "future"), ("möglich", "possible"),
                       ("mutmaßlich", "alleged"), ("mutmasslich", "alleged"), ("angeblich", "alleged"))
_AFTERMATH = frozenset({"nach", "seit", "wegen", "trotz", "angesichts", "infolge", "aufgrund"})
# An event noun after these is the scene of what the clause tells: "bei der Kundgebung", "während des Streiks".
_SETTING = frozenset({"bei", "beim", "während"})


def _is_setting(preposition: str | None, article: str | None) -> bool:
    """An event noun under this preposition is the scene or the cause of what the clause tells: "bei der
    Kundgebung", "nach dem Angriff", and "in" with the dative, "in der zweiten Verhandlungsrunde", "im Streik"
    (with the accusative it is where one goes: "trat nicht in den Streik")."""
    return (preposition in _SETTING | _AFTERMATH or preposition == "im"
            or (preposition == "in" and article in ("der", "dem", "einer", "einem")))


MAX_PHRASE = 6  # tokens between a preposition and its noun: "während des zweitägigen landesweiten Streiks"
_POLICING = frozenset({"arrest", "coerce"})


def _phrase_start(tokens, index: int) -> int:
    """The first token after the preposition of the noun at ``index``: "bei [keiner großen] Kundgebung"."""
    for k in range(index - 1, max(-1, index - 1 - MAX_PHRASE), -1):
        if tokens[k].lower in PREPOSITIONS:
            return k + 1
    return index
# "Peking reagiert auf die Strafzölle der EU", "als Antwort auf den Angriff": what the subject answers, which the
# noun's own genitive did.
_REACTION_STEMS = ("reagier", "antwort", "reaktion", "vergeltung")


def _reacts_before(tokens, a: int, index: int) -> bool:
    """A reaction (verb or noun) opens the "auf" phrase of the event noun at ``index``."""
    start = _phrase_start(tokens, index) - 1  # the "auf"
    return any(tokens[k].lower.startswith(_REACTION_STEMS) for k in range(max(a, start - 6), start))


# An event noun after "gegen" is what the clause opposes, whatever its type: "verteidigte das Gesetz
# gegen Kritik der Sozialverbände", "protestierten gegen das Treffen" (the protesters took no part).
_OPPOSED = frozenset({"gegen"})
# ... but after talks or an offer the subject is who took part: "Nach tagelangen Gesprächen haben sich
# Union und SPD geeinigt".
_TAKEN_PART = frozenset({"consult", "negotiate", "mediate", "agree", "intent_cooperate", "aid", "statement"})
# Events whose "nach" names where they happen: one travels to meet, talk or bring aid ("reiste nach Kiew").
_DESTINATION_TYPES = frozenset({"consult", "negotiate", "agree", "intent_cooperate", "aid"})
_LIST_GLUE = frozenset({",", "und", "oder", "sowie", "der", "die", "das", "den", "dem", "des"})


# Events whose other party can come with "von": "verlangt von der Regierung", "fordert von Israel".
_FROM_TYPES = frozenset({"demand", "appeal"})


# "Kritik kam von der SVP", "Die Forderung kommt vom Gewerkschaftsbund": where an event noun comes from.
_COMING = frozenset({"kam", "kamen", "kommt", "kommen", "gekommen", "stammt", "stammte", "stammen"})


# Parts and surroundings of a place: "am Stadtrand von München", "in der Nähe von Basel".
_AREAS = frozenset({"stadtrand", "ortsrand", "rand", "nähe", "umgebung", "zentrum", "stadtzentrum", "innenstadt",
                    "norden", "süden", "osten", "westen", "nordosten", "nordwesten", "südosten", "südwesten",
                    "raum", "grossraum", "großraum", "region", "vorort", "vororten", "vorstadt", "stadtteil",
                    "aussenbezirken", "außenbezirken", "küste", "ufer", "hafen", "flughafen", "bahnhof",
                    "nördlich", "südlich", "östlich", "westlich", "unweit", "ausserhalb", "außerhalb"})


def _in_an_area(tokens, i: int) -> bool:
    """'am Stadtrand von München', 'südlich von Bern': "von" after a word for part of a place."""
    k = i - 1
    return k >= 1 and tokens[k].lower == "von" and tokens[k - 1].lower in _AREAS


# What a source gives: "nach Angaben von Bürgermeister Klitschko", "nach ersten Erkenntnissen der Polizei".
_REPORTS = frozenset({"angaben", "informationen", "erkenntnissen", "schätzungen", "darstellung", "aussagen",
                      "berichten", "zählungen", "zahlen", "auskunft", "mitteilung", "recherchen"})
_SOURCE_PREPOSITIONS = frozenset({"nach", "laut", "gemäß", "gemäss"})


def _source_of_report(tokens, i: int, mention_tokens: set[int]) -> bool:
    """'nach Angaben von Bürgermeister Vitali Klitschko wurden vier Menschen getötet', 'nach ersten
    Angaben der Polizei von Kiew', 'der Polizei zufolge': who tells of the event, not who did it."""
    k, walked_noun, cases = i - 1, False, set()
    while k > 0 and tokens[k].lower not in _REPORTS:
        low = tokens[k].lower
        if low in _TOPIC_WALK or low in ("von", "vom") or is_title_word(low):
            cases.add(low)
            k -= 1
        elif low in ("in", "im", "aus") and not walked_noun and k - 1 > 0 and tokens[k - 1].text[:1].isupper():
            # "nach Angaben des Gesundheitsministeriums in Beirut", "des Roten Kreuzes in Genf": the source's seat,
            # not where it happened (the source's name, tagged or not, is walked over)
            cases.add("von")
            k -= 1
            steps = 0
            while k > 0 and steps < 3 and tokens[k].text[:1].isupper() and tokens[k].lower not in _REPORTS:
                k, steps = k - 1, steps + 1
            walked_noun = True
        elif (not walked_noun and tokens[k].text.istitle() and k not in mention_tokens
              and tokens[k - 1].lower in _TOPIC_WALK):
            walked_noun, k = True, k - 1  # "der Polizei von Kiew": the source's own noun
        else:
            break
    if k >= 1 and tokens[k].lower in _REPORTS:
        if (k == i - 1 and not _genitive_run(tokens, i)) or (
                cases & _NOT_GENITIVE_ARTICLES and not cases & {"von", "vom"}):
            # "hat nach ukrainischen Angaben Charkiw angegriffen", "… Angaben die Stadt Pokrowsk": the source is told
            # before the name, which is hit (a source follows in the genitive: "nach Angaben der Polizei")
            return False
        j = k - 1 if tokens[k - 1].lower in _SOURCE_PREPOSITIONS else k - 2  # "nach ersten Angaben"
        return j >= 0 and tokens[j].lower in _SOURCE_PREPOSITIONS and (j == k - 1 or tokens[k - 1].text.islower())
    end = next((j for j in range(i, min(i + 6, len(tokens))) if tokens[j].lower == "zufolge"), None)
    return end is not None and all(t.text[:1].isupper() or t.lower in _TOPIC_WALK for t in tokens[i:end])


_NOT_GENITIVE_ARTICLES = frozenset({"die", "das", "den", "dem", "ein", "eine", "einen", "einem"})


def _genitive_run(tokens, i: int) -> bool:
    """The capitalized words from ``i`` end in a genitive: "Kiews", "Wolodymyr Selenskyjs"."""
    k = i
    while k + 1 < len(tokens) and tokens[k + 1].text[:1].isupper():
        k += 1
    return tokens[k].text.endswith(("s", "'", "’"))


def _noun_von(tokens, i: int, mention_tokens: set[int]) -> bool:
    """'die Wahl des Bischofs von Chur', 'Bürgermeister von Kassel': "von" right after a noun
    attaches the name to that noun; it is no party to the event."""
    return _noun_before_von(tokens, i, mention_tokens) is not None


# Protests that block a site: the site blocked is the protest's place
_BLOCKING = frozenset({"blockieren", "lahm|legen"})
# What parties form together: "Die Koalition aus Union und SPD", "die Regierung aus ÖVP, SPÖ und Neos"
_COALITIONS = frozenset({"regierung", "koalition", "regierungskoalition", "bündnis", "allianz", "dreierkoalition",
                         "ampelkoalition", "ampel", "fraktionen", "parteien"})


def _member_of_coalition(tokens, i: int, mention_tokens: set[int]) -> bool:
    """The mention at ``i`` is listed after "aus" right behind a coalition word."""
    k = i - 1
    while k > 0 and (k in mention_tokens or tokens[k].lower in _LIST_GLUE):
        k -= 1
    return k > 0 and tokens[k].lower == "aus" and tokens[k - 1].lower in _COALITIONS


# Verbs of adopting another's measure as one's own: "die Sanktionen der EU zu übernehmen", "nachzuvollziehen"
_ADOPTING = frozenset({"übernehmen", "nachvollziehen", "nachzuvollziehen", "mittragen", "mitzutragen", "umsetzen",
                       "umzusetzen", "anwenden", "anzuwenden"})
# ... and their finite forms: "Die Schweiz übernimmt das Sanktionspaket der EU" (only the words that say it alone:
# "setzte … um" shares "setzte" with "setzte Tränengas ein")
_ADOPTING_FORMS = _ADOPTING | frozenset({"übernimmt", "übernahm", "übernahmen", "übernommen", "umgesetzt",
                                         "mitgetragen", "nachvollzogen", "angewandt", "angewendet"})
_JOINING_FORMS = frozenset({"schließt", "schliesst", "schließen", "schliessen", "schloss", "schlossen", "angeschlossen",
                            "anschließen", "anschliessen"})


def _adopts(tokens, a: int, b: int) -> bool:
    """The clause adopts or joins another's measure: "Die Schweiz übernimmt das Sanktionspaket der EU", "Die Schweiz
    schliesst sich den Sanktionen der EU an"."""
    words = {tokens[k].lower for k in range(a, b)}
    return bool(words & _ADOPTING_FORMS) or ("sich" in words and bool(words & _JOINING_FORMS))


# Offers and invitations name where what they offer would happen: "lud zu einem Besuch nach Warschau ein"
_OFFERING_TYPES = frozenset({"intent_cooperate"})


def _after_object_noun(tokens, i: int, a: int, verbs: set[int]) -> bool:
    """The place phrase of the mention at ``i`` closes a noun phrase behind the clause's verb that no preposition
    of setting governs: "hat die Beschäftigten der Kitas in Köln … aufgerufen", "zu einem Gegenbesuch nach
    Warschau"; not "sagte bei einem Treffen in Brüssel" (a setting) nor "hat in Köln aufgerufen"."""
    k = i - 1
    while k > a and tokens[k].lower in _ARTICLE_WORDS:
        k -= 1
    if k <= a or tokens[k].lower not in ("in", "im", "nach"):
        return False
    noun = k - 1
    if not (tokens[noun].text[:1].isupper() and tokens[noun].text.isalpha()) or noun in verbs:
        return False
    if not any(v < noun for v in verbs):
        return False  # a subject's own place: "Die Gewerkschaft in Köln rief …" is left as it was
    outer = governing_preposition(tokens, noun, frozenset(verbs))[0]
    if outer in ("auf", "gegen"):
        # "hat den Angriff auf die Schweizer Botschaft in Teheran verurteilt": the place of the event judged,
        # an object noun the target's phrase hangs on, not of the judging
        p = next((j for j in range(noun - 1, max(a, noun - 6), -1) if tokens[j].lower == outer), None)
        head = p - 1 if p is not None else a
        return (head > a and tokens[head].text[:1].isupper() and any(v < head for v in verbs)
                and any(h.mode == "noun" for h in load_lexicon().lookup(tokens[head].text))
                and governing_preposition(tokens, head, frozenset(verbs))[0] is None)
    return outer is None or outer in ("zu", "zum", "zur")


def _noun_before_von(tokens, i: int, mention_tokens: set[int], via: tuple[str, ...] = ("von",)) -> int | None:
    """The index of the noun that "von" (or another preposition in ``via``) attaches the name at ``i`` to
    ("Regierung von Präsident Vučić", "Kürzung der Förderungen durch den Bund"), or None; a title between the
    preposition and the name is walked over."""
    k = i - 1
    while k > 0 and (tokens[k].lower in ("der", "die", "das", "den", "dem")
                     or (is_title_word(tokens[k].lower) and k not in mention_tokens)):
        k -= 1
    if k < 1 or tokens[k].lower not in via:
        return None
    head = tokens[k - 1]
    return k - 1 if head.text[:1].isupper() and head.text.isalpha() and k - 1 not in mention_tokens else None


def _affiliation(tokens, i: int, in_clause) -> bool:
    """'von der SVP' right after a person's name: where the person comes from ("sagte Anna Muster von der SVP")."""
    k = i - 1
    while k > 0 and tokens[k].lower in ("der", "die", "das", "den", "dem"):
        k -= 1
    if k < 1 or tokens[k].lower not in ("von", "vom"):
        return False
    return any(m.label == "PER" and m.end == tokens[k - 1].end for m, _ in in_clause)


def _possessor_of_person(tokens, m: Mention, in_clause) -> bool:
    """'Österreichs Bundeskanzler Stocker empfing ...': the person acts; the country, firm or
    person in the genitive only says whose chancellor he is ("sagte Merkels Sprecher Steffen Seibert")."""
    if m.label not in ("LOC", "ORG", "PER") or not m.text.endswith("s"):
        return False
    following = next((n for n, _ in in_clause if n.start >= m.end), None)
    if following is None or following.label != "PER":
        return False
    between = [t for t in tokens if m.end <= t.start and t.end <= following.start]
    return 1 <= len(between) <= 3 and all(t.text[:1].isupper() and t.text.isalpha() for t in between)


def _listed_after(tokens, first: Mention, second: Mention) -> bool:
    """Only commas, und/oder/sowie and articles between two mentions, one of them no article: one list ("in Paris
    dem Sudan" is two phrases)."""
    between = [t.lower for t in tokens if first.end <= t.start and t.end <= second.start]
    return bool(between) and all(w in _LIST_GLUE for w in between) and bool(set(between) - _LIST_ARTICLES)


def _names_untagged_phrase(tokens, i: int, m: Mention, mentions: list[Mention]) -> bool:
    """An acronym in brackets after a phrase the NER did not tag stands for it: "Die Vereinigung der kommunalen
    Arbeitgeberverbände (VKA) kritisierte …" (but "Josef Pramberger (ÖVP)" and "Berliner Verkehrsbetriebe (BVG)"
    have their name before the bracket)."""
    if not (m.label == "ORG" and m.text.isupper() and len(m.text) >= 2 and 2 <= i < len(tokens) - 1
            and tokens[i - 1].text == "(" and tokens[i + 1].text == ")"):
        return False
    before = tokens[i - 2]
    return before.text[:1].isupper() and not any(x.start <= before.start < x.end for x in mentions)


def _in_parentheses(tokens) -> set[int]:
    inside, depth = set(), 0
    for i, tok in enumerate(tokens):
        if tok.text == "(":
            depth += 1
        elif tok.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            inside.add(i)
    return inside


_PROCEEDINGS = frozenset({"klage", "klagen", "verfahren", "prozess", "anhörung", "aussage", "ausgesagt", "aussagen",
                          "verantworten", "angeklagt", "gezogen", "ziehen", "beschwerde", "rekurs"})


def _before_a_court(tokens, i: int) -> bool:
    """"Klage vor dem Europäischen Gerichtshof", "vor das Bundesgericht gezogen": a court as forum."""
    return any(tokens[k].lower in _PROCEEDINGS for k in range(max(0, i - 5), min(len(tokens), i + 3)))


# Sites named by their town: "an den Flughäfen Frankfurt und München", "am Standort Linz".
_SITES = frozenset({"flughafen", "flughäfen", "standort", "standorten", "bahnhof", "hauptbahnhof", "hafen", "häfen",
                    "börse", "universität", "hochschule", "spital", "klinik", "schule", "schulen", "werk", "werken"})


def _at_a_site(tokens, i: int) -> bool:
    """A place name after "an"/"am" + a site noun, or after another such name of a list."""
    for k in range(i - 1, max(-1, i - 8), -1):
        low = tokens[k].lower
        if low in _SITES:
            return True
        if low in ("an", "am") or not (tokens[k].text[:1].isupper() or low in _LIST_GLUE):
            return False
    return False


def _sent_to_a_country(m: Mention, prep: str | None, article: str | None) -> bool:
    """'nach Syrien', 'in die Ukraine' (a direction: accusative): where aid goes, when a country receives it
    ('humanitäre Hilfe nach Gaza' goes to a place)."""
    direction = prep == "nach" or (prep == "in" and (article or "").lower() in ("die", "den", "das"))
    return direction and (m.canonical or m.text) in country_names()


def _target_prepositions(event_type: str) -> frozenset[str]:
    """Prepositions whose object is the acted-on party: 'Sanktionen gegen Russland',
    'traf sich mit X', 'Hilfe für die Ukraine', 'appellierte an X', 'Angriff auf X'."""
    # Talks, deals, help and words are with or for someone; a "gegen" there belongs to what they are
    # about: "berieten in Brüssel über Sanktionen gegen Russland" (Russland is no party to the talks).
    preps = set() if event_type in _TAKEN_PART else {"gegen"}
    if event_type in _SYMMETRIC or event_type == "intent_cooperate":
        preps |= {"mit", "zwischen"}
    if event_type == "mediate":
        preps |= {"zwischen"}  # "vermittelte zwischen Armenien und Aserbaidschan": the parties are mediated between
    if event_type == "reject":
        preps |= {"mit"}  # "schloss eine Koalition mit Kickl aus", "brach die Gespräche mit der FPÖ ab"
    if event_type in ("aid", "appeal", "demand", "threaten"):
        preps |= {"an", "am", "für"}
    if event_type == "criticize":
        preps |= {"an", "am"}  # "Kritik an der Regierung", "übte Kritik am Iran"
    if event_type in ("assault", "kill"):
        preps |= {"auf"}
    if event_type == "sanction":
        preps |= {"an"}  # "setzte die Zahlungen an das UNRWA aus": whom the money was for
    return frozenset(preps)


def _genitive_head(tokens, i: int, mention_tokens: set[int]) -> int | None:
    """'das Sanktionspaket der EU': der/des right before the mention, a noun right before that; the
    noun's index, or None.

    Also through a title noun: 'gegen die Sparpläne des Landes Steiermark', 'der Rat der Stadt Bern'.
    """
    k = i
    if (k >= 2 and tokens[k].text[:1].islower() and tokens[k].lower.endswith("er") and tokens[k - 1].text[:1].isupper()
            and tokens[k - 1].text.isalpha() and k - 1 not in mention_tokens and tokens[k - 1].lower not in PREPOSITIONS):
        return k - 1  # "die Lieferung nordkoreanischer Raketen": a state's organ in the genitive, with no article
    if (k >= 3 and tokens[k - 1].text[:1].isupper() and k - 1 not in mention_tokens
            and tokens[k - 2].lower in ("der", "des")):
        k -= 1
    j = k  # "eine Kundgebung der rechtsextremen Freien Sachsen": adjectives after the article (genitive: -en)
    while (j >= 3 and tokens[j - 1].text.isalpha() and tokens[j - 1].text.islower()
           and tokens[j - 1].lower.endswith("en") and tokens[j - 1].lower not in PREPOSITIONS):
        j -= 1
    if j < k and tokens[j - 1].lower in ("der", "des"):
        k = j
    if k < 2 or tokens[k - 1].lower not in ("der", "des"):
        return None
    head = tokens[k - 2]
    return k - 2 if head.text[0].isupper() and k - 2 not in mention_tokens and k - 2 != 0 else None


def _bare_genitive(m: Mention) -> bool:
    """A name in the -s genitive without an article: "Russlands" (canonical Russland), "Merkels"."""
    return m.text.endswith("s") and (m.canonical or m.text) == m.text[:-1]


# Seats of government the gazetteer lists as the government that acts ("Der Kreml wies … zurück"); "im Kreml" is
# the building
_SEATS_OF_GOVERNMENT = frozenset({"Kreml", "Weißes Haus", "Pentagon", "Élysée-Palast", "Kanzleramt", "Bundeskanzleramt"})
# Streets, squares and waters, which "an der"/"auf dem" place one at: "an der Langstrasse", "an der Aare", "auf dem
# Bundesplatz"
_STREET_OR_WATER = re.compile(r"(?:stra(?:ß|ss)e|gasse|allee|weg|platz|wiese|ufer|kai|quai|see|ostsee|nordsee)$|^(?:"
                              + "|".join(sorted(RIVERS)) + r")$", re.I)
_PERFECT_AUX = frozenset({"hat", "hatte", "haben", "hatten", "ist", "war", "sind", "waren"})
_CONJUNCT_ADVERBS = frozenset({"aber", "jedoch", "allerdings", "zudem", "ausserdem", "außerdem", "dann", "danach",
                               "später", "zuvor", "zugleich", "gleichzeitig", "ebenfalls"})
# (and a part of it: "Die SVP und Teile der Mitte stimmten dagegen", "Die Mehrheit der FDP lehnte ab")
_PARTS = ("teile", "teil", "mehrheit", "großteil", "grossteil")
_ACTING_FOR = frozenset(MEMBERS + SPEAKERS + COUNCILS + tuple(p.capitalize() for p in _PARTS))
# groups whose compounds act for the organization too: "Die Klimaaktivisten der Letzten Generation blockierten"
# ... and its bodies: "Die Grossratsfraktion der SVP drohte", "Die Parteispitze der SPD lehnte ab"
_GROUP_HEADS = ("aktivisten", "aktivistinnen", "anhänger", "mitglieder", "demonstranten", "kämpfer", "soldaten",
                "fraktion", "fraktionen", "spitze", "führung", "vorstand", "delegation")


def _acts_for_word(word: str) -> bool:
    """"Sprecher", "Mitglieder", and a compound of a group: "Klimaaktivisten", "Parteimitglieder"."""
    low = word.lower()
    return word in _ACTING_FOR or any(low.endswith(g) and len(low) > len(g) + 2 for g in _GROUP_HEADS)
# What an attack hits of a party, which is then its target: "Stellungen der Hisbollah", "Ziele der Hamas",
# "ein Waffenlager der Miliz", "Stützpunkte der Armee"
_ATTACKED_HOLDINGS = ("ziel", "ziele", "zielen", "stellung", "stellungen", "stützpunkt", "stützpunkte",
                      "stützpunkten", "einrichtung", "einrichtungen", "position", "positionen", "infrastruktur",
                      "lager", "depot", "depots", "tunnel", "zentrale", "zentralen", "hauptquartier", "basis",
                      "basen", "konvoi", "fahrzeuge", "schiffe", "schiff", "flugplatz", "flugplätze",
                      # a party's posters and offices, defaced or set on fire: "mehrere Wahlplakate der FPÖ beschmiert"
                      "plakat", "plakate", "büro", "büros", "geschäftsstelle", "geschäftsstellen", "lokal", "lokals",
                      # ... and its rally, rammed or attacked: "eine Demonstration von Verdi gerammt"
                      "demonstration", "kundgebung", "demo", "mahnwache",
                      # ... and its computers, hacked: "Hacker haben die Website des Bundestags lahmgelegt"
                      "website", "websites", "webseite", "webseiten", "internetseite", "internetseiten", "server",
                      "netzwerk", "netzwerke", "computersystem", "computersysteme", "it-systeme", "systeme")


# Workers of a trade, who act for their union (not for their employer): "Die Lokführer der GDL sind in einen Streik
# getreten" (but "Die Piloten der Lufthansa streiken" strike against the airline)
_WORKERS = re.compile(r"(?:Lokführer|Lokführerinnen|Piloten|Pilotinnen|Beschäftigten?|Mitarbeiter|Mitarbeitenden|"
                      r"Angestellten?|Arbeiter|Arbeiterinnen|Pflegekräfte|Ärzte|Ärztinnen|Lehrer|Lehrerinnen|"
                      r"Erzieherinnen|Erzieher|Busfahrer|Fahrer|Zugbegleiter)")


def _acting_for(tokens, head: int, verbs: set[int], trig: _Trigger) -> bool:
    """'Die Staats- und Regierungschefs der EU einigten sich', 'Ein Sprecher der Polizei sagte': the
    genitive's organization acts through the members or the speaker who are the clause's subject:
    before the verb, or right after a verb of saying ('…, sagte ein Sprecher der Polizei'); 'Die Polizei
    kritisierte die Mitglieder der Partei' has them as its object."""
    return _acts_for_word(tokens[head].text) and _in_subject_place(tokens, head, verbs, trig)


def _in_subject_place(tokens, head: int, verbs: set[int], trig: _Trigger) -> bool:
    """The genitive's head noun stands where the clause's subject does (see ``_acting_for``)."""
    if head > trig.index and not (trig.entry.type == "statement" and head - trig.index <= 2
                                  and all(t.lower in _TOPIC_WALK for t in tokens[trig.index + 1:head])):
        return False
    prep, article = governing_preposition(tokens, head, frozenset(verbs))
    return prep is None and not is_object_article(article)


def _short_name_of(tokens, before, mention) -> bool:
    m, i = mention
    return (m.label == "ORG" and before[0].label == "ORG" and m.text.isupper() and len(m.text) >= 2
            and i > 0 and tokens[i - 1].end == before[0].end)


def _fellows(tokens, first, pool) -> list:
    """The mentions listed right after ``first``, which share its role: "Die Grünen und die FDP", "ÖVP, SPÖ
    und NEOS", "Stocker und Vizekanzler Babler" (an office before the next name is part of the list). Not
    "oder": alternatives are not a party together."""
    out, last = [], first
    if first is None:
        return out
    for x in sorted(pool, key=lambda x: x[1]):
        if x[1] > last[1] and _listed_with(tokens, last[0], x[0]):
            out.append(x)
            last = x
    return out


_LIST_JOINS = frozenset({",", "und", "sowie"})
_LIST_ARTICLES = frozenset({"die", "der", "das", "den", "dem", "des"})


def _listed_with(tokens, first: Mention, second: Mention) -> bool:
    between, depth = [], 0
    for t in tokens:
        if first.end <= t.start and t.end <= second.start:
            depth += t.text == "("
            if not depth:  # "Merz (CDU) und Söder (CSU)": a party in brackets is the name's apposition
                between.append(t.lower)
            depth -= depth > 0 and t.text == ")"
    # a council is a member's title right before a person: "Anna Meier und Gemeinderat Peter Strasser"
    if between and second.label == "PER" and between[-1] in _COUNCIL_MEMBERS:
        between = between[:-1]
    # a part of the next one acts for it: "Die SVP und Teile der Mitte"
    if len(between) >= 2 and between[-1] in ("der", "des") and between[-2] in _PARTS:
        between = between[:-2]
    return bool(_LIST_JOINS & set(between)) and all(
        w in _LIST_JOINS or w in _LIST_ARTICLES or is_title_word(w) for w in between)


_COUNCIL_MEMBERS = frozenset({"gemeinderat", "gemeinderätin", "stadtrat", "stadträtin", "gemeinderäte", "stadträte"})


def _date_of_another_noun(tokens, date_mention, trig: _Trigger) -> bool:
    """A date told with "vom" right after a noun that is not the trigger is that noun's attribute ("die Kundgebung
    vom Samstag", "der angedrohte Warnstreik vom Donnerstag"), unless the noun sets the scene of the clause."""
    before = bisect_left(tokens, date_mention.start, key=lambda t: t.start) - 1  # the token right before the date
    if before < 0 or before == trig.index:
        return False
    noun = before - 1 if tokens[before].lower in ("am", "an") else before
    if noun != trig.index and noun >= 0 and _permitted_for(tokens, noun):
        return True  # "verweigerte die Bewilligung für die Demonstration am 1. Mai": the rally's day, not the refusal's
    if not date_mention.text.lower().startswith("vom "):
        return False
    noun = tokens[before]
    if not (noun.text[:1].isupper() and noun.text.isalpha()) or noun.lower in PREPOSITIONS:
        return False
    return not _is_setting(*governing_preposition(tokens, before))


_PLUPERFECT = frozenset({"hatte", "hatten", "war", "waren"})


def _told_before_in_relative(tokens, a: int, b: int) -> bool:
    """The clause [a, b) is a relative clause telling what its noun is said to have done, or had done before:
    ", die einen Anschlag geplant haben sollen", ", der einen Polizisten angegriffen hatte"."""
    return _opens_relative(tokens, a) and any(tokens[k].lower in _SHOULD | _PLUPERFECT for k in range(a, b))


def _perfect_infinitive(tokens, a: int, b: int) -> bool:
    """The clause [a, b) is a perfect zu-infinitive, told as done before its governing clause: "…, seine Frau
    getötet zu haben", "…, verhaftet worden zu sein"."""
    return any(tokens[k].lower == "zu" and tokens[k + 1].lower in ("haben", "sein") for k in range(a, b - 1))


def _opens_relative(tokens, c: int) -> bool:
    """Token ``c`` opens a relative clause: a relative pronoun right after a comma (", die …", ", der …")."""
    return c > 1 and tokens[c].lower in _RELATIVE_OPENERS and tokens[c - 1].text == ","


def _relative_clauses_with_verbs(sent: _Sentence, triggers: list[_Trigger]) -> list[tuple[int, int]]:
    """The sentence's relative clauses that tell an event by a verb of their own, and so keep their dates to it
    (found once per sentence: a run-on one has hundreds of clauses and triggers)."""
    tokens, ordered = sent.tokens, sorted(t.index for t in triggers if t.mode != "noun")
    return [(c, d) for c, d in sent.clauses
            if _opens_relative(tokens, c)
            and bisect_left(ordered, c) < len(ordered) and ordered[bisect_left(ordered, c)] < d]


def _nearest(items, clause: tuple[int, int], sentence: tuple[int, int], anchor: int):
    for lo, hi in (clause, sentence):
        inside = [x for x in items if lo <= x.start and x.end <= hi]
        if inside:
            return min(inside, key=lambda x: abs(x.start - anchor))
    return None


def _outside_spans(spans: list[tuple[int, int]]):
    """A test whether a position lies outside all [lo, hi) ``spans``: merged once, then searched by bisection (a
    run-on sentence may have hundreds of clauses and quantities)."""
    merged: list[list[int]] = []
    for lo, hi in sorted(spans):
        if merged and lo <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    starts = [lo for lo, _ in merged]

    def outside(pos: int) -> bool:
        k = bisect_right(starts, pos) - 1
        return k < 0 or pos >= merged[k][1]
    return outside


def _predicated_clauses(sent: _Sentence, verbs: set[int] = frozenset()) -> list[tuple[int, int]]:
    """Clauses with a predicate of their own (an auxiliary, or a trigger verb in ``verbs``), which counts its own
    people: "Bei der Festnahme leistete der Mann Widerstand, zwei Polizisten wurden verletzt" (the two were hurt, not
    arrested), "kam es zu Ausschreitungen, die Polizei … nahm 45 Personen fest" (the arrested rioted? not said). A
    relative clause describes its noun and is none ("Die Kundgebung, an der 5.000 Menschen teilgenommen haben"), unless
    a trigger verb of its own tells another event in it."""
    tokens, out = sent.tokens, []
    verbs = sorted(verbs)
    for a, b in sent.clauses:
        words = [t.lower for t in tokens[a:b]]
        # "an der", "bei denen": a preposition may open the relative clause
        opener = words[1] if len(words) > 1 and words[0] in PREPOSITIONS else words[0] if words else ""
        # (an article, a noun and its verb are a main clause: ", die Polizei setzte Tränengas ein")
        main = (opener in _RELATIVE_OPENERS and b - a > 3 and tokens[a + 1].text[:1].isupper()
                and (a + 2 in verbs or words[2] in _AUX_FINITE))
        k = bisect_left(verbs, a)
        own_verb = k < len(verbs) and verbs[k] < b
        # (a relative clause telling an event by a trigger verb of its own counts for that verb: "Proteste, bei denen
        # 120 Menschen festgenommen wurden" were no 120 protesters)
        if ((opener not in _RELATIVE_OPENERS or main) and (_AUX_FINITE & set(words) or own_verb)) or own_verb:
            out.append((a, b))
    return out


# "In Darfur kam es zu Gefechten, dabei wurden Dutzende getötet": the clause happens where the one before did
_SCENE_ADVERBS = frozenset({"dabei", "hierbei", "dort", "daraufhin"})


def _scene_adverb(sent: _Sentence) -> str:
    """The sentence's first word, or a scene adverb right behind the verb of its first clause: "Nach Angaben des
    Bürgermeisters wurden dabei drei Menschen getötet" goes on with the sentence before as "Dabei wurden …" does."""
    words = [t.lower for t in sent.tokens]
    if not words or words[0] in _SCENE_ADVERBS:
        return words[0] if words else ""
    for k in range(2, min(len(words), 12)):
        if not sent.tokens[k - 1].text[:1].isalnum():
            break  # only the first clause: "…, sagte er, dort seien …" is another's
        if words[k] in _SCENE_ADVERBS and sent.tokens[k - 1].text.islower() and words[k - 1] not in _SCENE_BLOCKERS:
            return words[k]
    return words[0]


# "und dabei", "auch dort": a conjunction or a particle before the adverb is no verb of the clause
_SCENE_BLOCKERS = frozenset({"und", "oder", "aber", "auch", "nicht", "nur", "noch", "schon", "wie", "als"})


def _opens_with_both(sent: _Sentence) -> bool:
    words = [t.lower for t in sent.tokens[:2]]
    return words[:1] == ["beide"] or words == ["die", "beiden"]


# "Zu der Tat bekannte sich …", "Die Miliz reklamierte den Anschlag für sich", "übernahm die Verantwortung für"
_CLAIM = re.compile(r"\bbekenn(?:t|en)\s+sich\b|\bbekannten?\s+sich\b|\breklamier(?:t|te|ten|en)\b.*\bfür\s+sich\b|"
                    r"\b(?:übernahm|übernahmen|übernimmt|übernehmen|übernommen)\b.*\bVerantwortung\b|"
                    r"\bVerantwortung\b.*\b(?:übernahm|übernahmen|übernimmt|übernehmen|übernommen)\b")
_CLAIMABLE = frozenset({"assault", "kill"})
# ... of a deed: "Zu der Tat …", "zu dem Anschlag", "reklamierte die Angriffe" (not "bekannte sich zu Reformen", nor a
# minister's "politische Verantwortung")
_DEED = re.compile(r"\b(?:Tat|Taten|\w*[Aa]nschlag|\w*[Aa]nschläge[n]?|\w*[Aa]ngriff|\w*[Aa]ngriffe[n]?|Attentat|"
                   r"Attentate[n]?|Überfall|Überfälle[n]?|Entführung|Explosion|Explosionen|Morde?|Tötung)\b")


def _claimant(sent: _Sentence, mentions: list[Mention], text: str) -> Mention | None:
    """The organization a sentence says claimed a deed: the first one named with no preposition before it."""
    sentence = text[sent.start:sent.end]
    names_deed = _DEED.search(sentence) is not None or "Verantwortung" in sentence
    if _CLAIM.search(sentence) is None or not names_deed or "politische Verantwortung" in sentence:
        return None
    index_of = {t.start: i for i, t in enumerate(sent.tokens)}
    for m in mentions:
        if m.label == "ORG" and m.start in index_of and governing_preposition(sent.tokens, index_of[m.start])[0] is None:
            return m
    return None


def _claimed_by(event: Event, claimant: Mention) -> Event:
    if event.type not in _CLAIMABLE or event.negated or any(x.role == "actor1" for x in event.actors):
        return event
    doer = EventActor("actor1", claimant.text, claimant.canonical or claimant.text, claimant.label, claimant.start,
                      claimant.end)
    return replace(event, actors=(doer, *event.actors))


def _by_both(event: Event, before: list[Event]) -> Event:
    """"Merz und Macron trafen sich in Paris. Die beiden vereinbarten …": "die beiden" are the two parties of
    the last event before that had two (actor1 and actor2)."""
    own = [x for x in event.actors if x.role == "actor1"]
    if own and own[0].start < event.trigger_start:
        return event  # a subject of its own before the verb
    pair = next((e for e in reversed(before) if {x.role for x in e.actors} >= {"actor1", "actor2"}), None)
    if pair is None:
        return event
    first = next(x for x in pair.actors if x.role == "actor1")
    second = next(x for x in pair.actors if x.role == "actor2")
    # "Beide forderten die EU auf": the name after the verb is its object, not its subject
    others = [replace(x, role="actor2") if x.role == "actor1" else x for x in event.actors
              if x.canonical not in (first.canonical, second.canonical)]
    if event.type in _SYMMETRIC:
        actors = [first, second, *[x for x in others if x.role != "actor2"]]
    else:
        actors = [first, *others]  # "Die beiden forderten die EU auf …": the first stands for both
    return replace(event, actors=tuple(sorted(actors, key=lambda x: x.role)))


# Deaths in accidents and disasters are nobody's killing; the sentence tells, not only the clause
# ("Nachdem der Zug entgleist war, zählte die Polizei vier Tote", "Zugunglück in Niederbayern: Zwei Tote"),
# and so does the headline of a story about one ("Hochwasser in Niederösterreich" ... "Ein Feuerwehrmann kam
# bei einem Einsatz ums Leben").
_ACCIDENTS = re.compile(r"unfall|unglück|kollision|entgleis|erdbeben|lawine|hochwasser|überschwemmung|unwetter|"
                        r"absturz|abgestürzt|erdrutsch|steinschlag|\b(?:wald|groß|gross)?brand\b", re.I)


def _accident_headline(text: str) -> bool:
    cut = _headline_end(text)
    return cut is not None and bool(_ACCIDENTS.search(text, 0, cut))


# Violence named in a sentence: its deaths are a killing even in a story about a disaster.
# (word starts where a word hides in another: "Ausschuss" is no shot, "bekämpfte die Flammen" no fight)
_VIOLENCE = re.compile(r"angriff|anschlag|attentat|explosion|beschuss|\bschüss|\bschuss|\bkämpf|gewalt|bombe|getötet|"
                       r"erschossen|erstochen|ermordet|\bmord|totschlag|messer|waffe|rakete|drohne|granate|terror", re.I)


def _accident_lead(lead: _Sentence, text: str) -> bool:
    """The first sentence tells of an accident or a disaster and of no violence."""
    return bool(_ACCIDENTS.search(text, lead.start, lead.end)) and not _VIOLENCE.search(text, lead.start, lead.end)


def _without_accidental_deaths(found: list[Event], sent: _Sentence, text: str, accident_story: bool) -> list[Event]:
    told_here = _ACCIDENTS.search(text, sent.start, sent.end)
    if not (told_here or accident_story and not _VIOLENCE.search(text, sent.start, sent.end)):
        return found
    return [e for e in found if e.type != "kill" or any(x.role == "actor1" for x in e.actors)]


def _without_purpose_repeats(found: list[Event], sent: _Sentence) -> list[Event]:
    """An "um … zu" clause naming what the clause before did is no second event: "Tausende zogen durch die
    Innenstadt, um gegen die Regierung zu protestieren" is one protest."""
    index_of = {t.start: i for i, t in enumerate(sent.tokens)}
    out = []
    for e in found:
        k = index_of.get(e.trigger_start)
        if k is not None and k >= 2 and sent.tokens[k - 1].lower == "zu" and any(
                o.type == e.type and o.trigger_start < e.trigger_start for o in out):
            um = next((j for j in range(k - 2, -1, -1) if sent.tokens[j].lower == "um"
                       or not sent.tokens[j].text[:1].isalnum()), None)
            if um is not None and sent.tokens[um].lower == "um":
                # (what the purpose names joins the event: "…, um gegen die Bundesregierung zu protestieren")
                out = [_with_roles_of(o, e) if o.type == e.type else o for o in out]
                continue
        out.append(e)
    return out


def _with_roles_of(event: Event, other: Event) -> Event:
    """``event`` with ``other``'s actors in the roles ``event`` leaves empty."""
    filled = {x.role for x in event.actors}
    added = [x for x in other.actors if x.role not in filled]
    return replace(event, actors=tuple(sorted([*event.actors, *added], key=lambda x: x.role)))


def _killed_in_attack(found: list[Event], sent: _Sentence) -> list[Event]:
    """'Bei israelischen Luftangriffen wurden 20 Menschen getötet': who attacked killed them."""
    index_of = {t.start: i for i, t in enumerate(sent.tokens)}
    attackers = [x for e in found if e.type in ("assault", "fight") and e.trigger_start in index_of
                 and governing_preposition(sent.tokens, index_of[e.trigger_start])[0] in ("bei", "beim", "durch")
                 for x in e.actors if x.role == "actor1"]
    if len(attackers) != 1:
        return found
    return [replace(e, actors=tuple(sorted([*e.actors, attackers[0]], key=lambda x: x.role)))
            if e.type == "kill" and not any(x.role == "actor1" for x in e.actors) else e for e in found]


_DASH = re.compile(r"\s[–—-]\s")


def _killed_after_a_dash(found: list[Event], text: str) -> list[Event]:
    """"Israel greift Ziele im Gazastreifen an – mindestens 30 Tote": what a dash adds to an attack happened in it,
    as after "Dabei": at its place, by its attacker."""
    out = []
    for e in found:
        attack = next((x for x in reversed(out) if x.type in ("assault", "fight") and x.trigger_end <= e.trigger_start
                       and not x.negated and _DASH.search(text, x.trigger_end, e.trigger_start)), None)
        if e.type == "kill" and attack is not None and not _DASH.search(text, e.trigger_start, e.trigger_end):
            e = _in_scene(e, attack, "dabei")
        out.append(e)
    return out


_RELATIVE_OPENERS = frozenset({"der", "die", "das", "den", "dem", "denen"})
_DEEDS = frozenset({"assault", "kill", "threaten", "coerce"})


def _deed_of_the_arrested(found: list[Event], text: str) -> list[Event]:
    """"Die Polizei hat in Wil einen Mann festgenommen, der seine Nachbarin bedroht hatte": the deed told in a
    relative clause on the one arrested, with no place of its own, was where he was arrested."""
    arrest = next((e for e in found if e.type == "arrest" and e.place is not None and not e.negated), None)
    if arrest is None:
        return found
    out = []
    for e in found:
        if e.type in _DEEDS and e.place is None and e.trigger_start > arrest.trigger_end:
            between = text[arrest.trigger_end:e.trigger_start]
            opener = between.split(",", 1)[1].split()[:1] if between.count(",") == 1 else []
            if opener and opener[0].lower() in _RELATIVE_OPENERS and not any(c in between for c in ".;:!?"):
                e = replace(e, place=arrest.place)
        out.append(e)
    return out


# "…, bei dem 20 Menschen getötet wurden", "…, wobei zwölf Menschen starben": a relative clause on the attack;
# "… angegriffen und zwölf Menschen getötet": the attacker's next deed, at the same place
_ON_THE_ATTACK = re.compile(r"^[^.;:!?]*?,\s+(?:bei\s+(?:dem|der|denen|welchem|welcher)|wobei)\s")
_AND_THEN = re.compile(r"\sund\s")


def _killed_in_attack_before(found: list[Event], text: str) -> list[Event]:
    """Killings with no place of their own told right after an attack with one: "zu dem Anschlag in Kabul, bei dem 20
    Menschen getötet wurden" (in Kabul, then), "hat Kiew angegriffen und zwölf Menschen getötet" (in Kiew)."""
    out = []
    for e in found:
        attack = next((x for x in reversed(out) if x.type in ("assault", "fight") and x.trigger_end <= e.trigger_start
                       and not x.negated and x.place is not None), None)
        if e.type == "kill" and e.place is None and attack is not None:
            between = text[attack.trigger_end:e.trigger_start]
            if _ON_THE_ATTACK.search(between):
                e = _in_scene(e, attack, "dabei")
            elif _AND_THEN.search(between) and "," not in between and len(between) <= 80 and {
                    x.canonical for x in e.actors if x.role == "actor1"} <= {
                    x.canonical for x in attack.actors if x.role == "actor1"}:
                e = replace(e, place=attack.place)
        out.append(e)
    return out


def _in_scene(event: Event, scene: Event, adverb: str) -> Event:
    """A sentence opened by "Dabei"/"Dort" goes on with the last event of the sentence before: "Die Luftwaffe
    griff in der Nacht Stellungen im Libanon an. Dabei wurden acht Menschen getötet" (in Lebanon, that night,
    by the attackers). What someone said about it keeps its own place and date."""
    if event.type in _SPEECH_TYPES:
        return event
    place = event.place or scene.place
    # "dort" names only the place; "daraufhin" comes after, on a day of its own
    date_ = event.date or (scene.date if adverb in ("dabei", "hierbei") else None)
    actors = event.actors
    if (event.type == "kill" and scene.type in ("assault", "fight") and adverb in ("dabei", "hierbei")
            and not any(x.role == "actor1" for x in actors)):
        actors = tuple(sorted([*actors, *(x for x in scene.actors if x.role == "actor1")], key=lambda x: x.role))
    return replace(event, place=place, date=date_, actors=actors)


def _scene_without_event(sent: _Sentence, mentions: Sequence[Mention], dates: Sequence[EventDate],
                         source: str = "previous") -> tuple[EventPlace | None, EventDate | None]:
    """The one place a sentence names as where (`in`, `bei`, `nahe`), and its first day (``dates``: the sentence's),
    for a sentence with no event ("In Magdeburg ist ein Autofahrer in einen Weihnachtsmarkt gerast"); (None, None)
    when it names none or several."""
    index_of = {t.start: i for i, t in enumerate(sent.tokens)}
    places = [m for m in mentions if m.label == "LOC" and not isinstance(m, ActorMention) and m.start in index_of
              and governing_preposition(sent.tokens, index_of[m.start])[0] in _SCENE_PREPOSITIONS]
    if len({m.canonical or m.text for m in places}) != 1:
        return None, None
    m = places[0]
    day = dates[0] if dates else None
    return EventPlace(m.text, m.canonical or m.text, m.start, m.end, source=source), day


_SCENE_PREPOSITIONS = frozenset({"in", "im", "bei", "nahe"})


def _at_the_place_before(event: Event, place: EventPlace, day: EventDate | None, adverb: str) -> Event:
    """What "Dabei"/"Dort" goes on with, after a sentence that told what happened where without an event: its place,
    and for "dabei" its day. What someone said about it keeps its own."""
    if event.type in _SPEECH_TYPES or event.place is not None:
        return event
    date_ = event.date or (day if adverb in ("dabei", "hierbei") else None)
    return replace(event, place=place, date=date_)


# Events that happen at a scene, which the next sentence goes on at: "Rund 300 Menschen demonstrierten in Bern.
# Die Polizei nahm 14 von ihnen fest" (in Bern).
_SCENE_TYPES = _VIOLENT | {"protest"}


def _at_the_scene_before(event: Event, scene: Event) -> Event:
    """A scene event without a place, in a sentence that names none, after one with a place in the same paragraph
    and only sentences naming no place between, happened there (``source`` "previous"), unless it has a day of its
    own ("Im Mai 2019 war er schon einmal verhaftet worden" after a protest in Ankara in February)."""
    if (event.place is not None or event.type not in _SCENE_TYPES or event.modality not in (None, "alleged")
            or (event.modality == "alleged" and event.trigger[:1].isupper())):
        # what is planned or to come has no scene yet, nor has an alleged noun: "sollen Anschläge geplant haben"
        # (but "Sie sollen einen Mann verletzt haben" did it there)
        return event
    if event.date is not None and (scene.date is None or scene.date.value != event.date.value) and not (
            scene.date is None and scene.type == event.type):
        # (an undated scene of the same kind is the event the sentence goes on to tell: "Nach dem Anschlag in
        # Dresden …. Unbekannte hatten in der Nacht einen Sprengsatz gezündet")
        return event
    return replace(event, place=replace(scene.place, source="previous"))


# Events done to a place, which is then where they happened: attacks, and visits.
_AT_THE_TARGET = frozenset({"assault", "fight", "kill", "consult"})


def _target_town(actors, country: bool = False) -> EventPlace | None:
    """"Russland griff die Stadt Odessa mit Drohnen an", "besuchte er den Vorort Butscha": the town attacked
    or visited is where that was, not the dateline's city. A country is a place this exact ("griff die
    Ukraine an") only with ``country``: when nothing else, not even a dateline, says where."""
    target = next((x for x in actors if x.role == "actor2" and x.label == "LOC"), None)
    if (target is None or (target.canonical in country_names() and not country) or _genitive_name(target)
            or any(w[:1].islower() for w in target.text.split())):  # "russische Soldaten": a state's organ, no place
        return None
    return EventPlace(target.text, target.canonical, target.start, target.end)


# A court named by its seat, and the seat: "Landgericht München I", "Bezirksgericht Baden", "Verwaltungsgericht
# Berlin"; a court's number is no part of the town ("München I").
_COURT_SEAT = re.compile(r"[A-ZÄÖÜ][\wäöüß]*gericht(?:shof)?\s+((?=[A-ZÄÖÜ])[\w.\- ]+?)(?:\s+[IVX]+)?$")


def _court_seat(actors) -> EventPlace | None:
    """What a court decides, it decides at its seat: "Das Landgericht Köln hat den Angeklagten verurteilt"
    happened in Köln."""
    court = next((x for x in actors if x.role == "actor1" and x.label == "ORG"), None)
    match = _COURT_SEAT.fullmatch(court.text) if court is not None else None
    if match is None or match.group(1).split()[0] in ("des", "der"):
        return None
    seat = match.group(1)
    return EventPlace(seat, seat, court.start + match.start(1), court.start + match.end(1))


def _scene_place(sent: _Sentence, a: int, mentions: Sequence[Mention], violent: bool) -> EventPlace | None:
    """The place named last in the sentence before token ``a`` (after a place preposition)."""
    tokens = sent.tokens
    index_of = {t.start: i for i, t in enumerate(tokens)}
    found = None
    for m in mentions:
        i = index_of.get(m.start)
        if i is not None and i < a and is_place(m.label, governing_preposition(tokens, i)[0], violent):
            found = EventPlace(m.text, m.canonical or m.text, m.start, m.end)
    return found


# Who was hurt or killed at a protest or an arrest did not take part or was not arrested: "Bei Ausschreitungen
# wurden drei Polizisten verletzt", "Bei der Festnahme gab es zwei Verletzte".
_NOT_COUNTING_CASUALTIES = frozenset({"protest", "arrest", "coerce"})
_CASUALTY_UNIT = re.compile(r"verletzte|verwundete|tote|todesopfer|opfer", re.I)
_HARMED = re.compile(r"\b(?:(?:schwer|leicht|tödlich)\s+)?(?:verletzt|verwundet|getötet|starben|gestorben|ums\s+leben)\b",
                     re.I)
_CLAUSE_END = re.compile(r"[,;:.!?–]\s")


def _casualties(q: Quantity, quantities, text: str, sentence_end: int) -> bool:
    if q.unit and _CASUALTY_UNIT.match(q.unit):
        return True
    end = min([x.start for x in quantities if x.start > q.start] + [sentence_end])
    rest = text[q.end:end]
    stop = _CLAUSE_END.search(rest)
    return _HARMED.search(rest[:stop.start()] if stop else rest) is not None


# Event nouns whose number is the number of people it befell: "vier Festnahmen", "zwei Freilassungen"
_COUNTED_BY_ITS_NOUN = frozenset({"arrest", "release", "convict", "kill"})


def _pick_count(quantities, clause, sentence, anchor: tuple[int, int], event_type: str, text: str) -> Quantity | None:
    """The quantity of the event's kind nearest the trigger ``anchor`` (start, end), by the gap between them:
    "zwölf Wohnungen durchsucht und fünf Verdächtige festgenommen" counts the flats for the search."""
    if event_type in _COUNTED_BY_ITS_NOUN:
        # "Es kam zu 23 Anzeigen und vier Festnahmen": the trigger noun counted is the count
        own = next((q for q in quantities if q.start < anchor[0] and q.end == anchor[1]), None)
        if own is not None:
            return own
    for lo, hi in (clause, sentence):
        inside = [q for q in quantities if lo <= q.start and q.end <= hi]
        # "42 von 50 Drohnen abgewehrt": the part is what was done, the whole what came
        inside = [q for q in inside if not any(p.end < q.start and p.unit == q.unit and text[p.end:q.start].strip() == "von"
                                               for p in inside)]
        if not inside:
            continue
        if event_type == "aid" or event_type == "sanction":
            preferred = [q for q in inside if q.unit and _MONEY.search(q.unit)]
            if event_type == "aid" and not preferred and (lo, hi) == clause:
                # no sum: the goods the clause delivers ("liefert der Ukraine 5.000 Zelte")
                preferred = [q for q in inside if q.unit and q.unit[:1].isupper() and q.unit[1:2].islower()
                             and not _TIME_UNIT.match(q.unit) and not _PEOPLE.search(q.unit)]
        elif event_type == "coerce":
            # what was seized, of any measure ("300 kg"), but never how long it took ("nach drei Stunden")
            preferred = [q for q in inside if not (q.unit and _TIME_UNIT.match(q.unit))]
        else:
            # a counted noun ("27 Autofahrer"), never a measure ("120 km/h", "2,7 %"), a sum or a duration
            preferred = [q for q in inside if q.unit and _PEOPLE.search(q.unit)] or [
                q for q in inside if (not q.unit or (q.unit[:1].isupper() and q.unit[1:2].islower()
                                                     and not (_MONEY.search(q.unit) or _TIME_UNIT.match(q.unit))
                                                     and not _THINGS_NOT_TAKING_PART.search(q.unit)
                                                     and not (event_type == "protest" and _VEHICLES.search(q.unit))))
                and not _NOUN_VON_BEFORE.search(text, max(0, q.start - 40), q.start)]
        if preferred:
            best = min(preferred, key=lambda q: anchor[0] - q.end if q.end <= anchor[0] else abs(q.start - anchor[1]))
            # "zwischen 3000 und 5000 Menschen", "3000 bis 5000": a range counts from its first, wherever the verb is
            low = next((p for p in inside if p.end < best.start and p.unit == best.unit
                        and text[p.end:best.start].strip() in _RANGE_JOINERS), None)
            return low or best
    return None


_RANGE_JOINERS = frozenset({"und", "bis", "–", "-", "—"})


def _is_date_or_ordinal(q: Quantity, in_a_date: CharMap, text: str) -> bool:
    if in_a_date.overlaps(q.start, max(q.end, q.start + 1)):
        return True
    # "das 16. Sanktionspaket": a number followed by ". " and a lowercase or noun continuation.
    after = text[q.end:q.end + 3]
    # ("In Dresden demonstrierten Hunderte. Die Polizei …": a word ends its sentence, no ordinal)
    return (q.unit is None and after.startswith(". ") and len(after) == 3 and after[2].isalpha()
            and q.text[-1:].isdigit())


def _ends_in_infinitive(clause_lower: list[str]) -> bool:
    """The clause closes with an infinitive (and perhaps its finite auxiliary): "… gelingen werde", "… wird kommen"."""
    words = [w for w in clause_lower if w.isalpha()]
    tail = words[-2:] if words and words[-1] in _FUTURE_AUX else words[-1:]
    return bool(tail) and tail[0].endswith(("en", "ern", "eln")) and tail[0] not in _FUTURE_AUX


def _modality(trig, clause_lower, passive, event_date, published, sent, clause_start) -> str | None:
    words = set(clause_lower)
    for name, cues in _MODALITY:
        if words & cues:
            return name
    if words & _MUST and "noch" in words and trig.mode == "nonfinite":
        return "future"  # "Die Weko muss der Transaktion noch zustimmen": still to come
    if words & _SHOULD:
        # "sollen ... geplant haben": reported, not future.
        # ("an einem Angriff beteiligt gewesen sein sollen": what an event noun's people were is reported too)
        return ("alleged" if {"haben", "sein"} & words and trig.mode != "noun" or "haben" in words
                or {"gewesen", "sein"} <= words else "future")
    if (trig.mode == "nonfinite" and _is_infinitive(sent.tokens[trig.index].lower, trig.entry) and words & _FUTURE_AUX
            and not (passive and "werden" not in clause_lower[-1:] and sum(w in _FUTURE_AUX for w in clause_lower) == 1)):
        # (a participle like an infinitive after one "wird" is the present passive: "Er wird von Merz empfangen")
        return "future"
    if trig.mode == "noun" and (words & _EXPECTED or (words & _FUTURE_AUX and _ends_in_infinitive(clause_lower))):
        # "dass eine Einigung bis Ende November gelingen werde", "Eine Einigung wird bis Freitag erwartet"
        return "future"
    if event_date is not None and published is not None and event_date.value > published and event_date.precision == "day":
        return "future"
    if event_date is not None and published is not None and event_date.precision != "day" and event_date.value > published:
        return "future"
    return None
