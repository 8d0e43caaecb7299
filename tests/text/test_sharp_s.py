import pytest

from newsflow.text.lexicon import wordlist_path
from newsflow.text.normalize import normalize

needs_wordlist = pytest.mark.skipif(wordlist_path() is None,
                                    reason="German word list missing: apt-get install -y wngerman")

pytestmark = needs_wordlist


def ch(text: str) -> str:
    return normalize(text, "ch").text


@pytest.mark.parametrize("swiss, standard", [
    ("liess", "ließ"), ("schliesslich", "schließlich"), ("Gruss", "Gruß"),
    ("Fussball-WM", "Fußball-WM"), ("Grossrat", "Großrat"), ("Richard-Wagner-Strasse", "Richard-Wagner-Straße"),
    ("Strassennamen", "Straßennamen"), ("grösseren", "größeren"), ("beschliesst", "beschließt"),
    ("Pestalozzistrasse", "Pestalozzistraße"), ("Schliessmuskel", "Schließmuskel"),
    ("Grossherzogtum", "Großherzogtum"), ("Kopffüssler", "Kopffüßler"), ("Gliederfüsser", "Gliederfüßer"),
    # a street, not a route ("Rosengartens|trasse"): no linking -s- after "Garten"
    ("Rosengartenstrasse", "Rosengartenstraße"), ("Friedensstrasse", "Friedensstraße"),
])
def test_restores_sharp_s(swiss, standard):
    assert ch(f"Sie sahen {swiss} gestern.") == f"Sie sahen {standard} gestern."


@pytest.mark.parametrize("word", ["dass", "muss", "Schloss", "Prozess", "Wasser", "gewusst", "Ausstellung",
                                  "Bahntrasse", "Stromtrasse"])
def test_keeps_right_ss(word):
    assert ch(f"Er sagte, {word} sei klar.") == f"Er sagte, {word} sei klar."


@pytest.mark.parametrize("name", ["Kässmann", "Hassan", "Nussbaumer", "Grossmann"])
def test_never_changes_names(name):
    text = f"Das sagte Margot {name} in Zürich."
    assert ch(text) == text


def test_surname_after_first_name_stays_but_adjective_changes():
    assert ch("Hans Gross kam. Im Grossen und Ganzen gut.") == "Hans Gross kam. Im Großen und Ganzen gut."
    assert ch("Richard Strauss und einen Strauss Rosen") == "Richard Strauss und einen Strauß Rosen"
    assert ch("Die Grosse Koalition") == "Die Große Koalition"


def test_strassburger_rule():
    # adjective of place before a noun is restored; the family name stays
    assert ch("das Strassburger Münster") == "das Straßburger Münster"
    assert ch("Peter Strassburger sagte") == "Peter Strassburger sagte"


def test_ambiguous_pairs_need_strong_context():
    assert ch("Er erhielt eine Busse wegen Falschparkens.") == "Er erhielt eine Buße wegen Falschparkens."
    assert ch("Es gibt neue Busse für die Postautolinie.") == "Es gibt neue Busse für die Postautolinie."
    assert ch("Die Busse fahren.") == "Die Busse fahren."
    assert ch("Die Busse für Littering beträgt neu 300 Franken.") == "Die Buße für Littering beträgt neu 300 Franken."
    assert ch("Die Busse der Linie 3 fahren öfter.") == "Die Busse der Linie 3 fahren öfter."
    assert ch("Die Bussen für Raser werden erhöht.") == "Die Bußen für Raser werden erhöht."
    assert ch("Die Bussen der Linie 31 fahren öfter.") == "Die Bussen der Linie 31 fahren öfter."
    assert ch("Die Stadt kauft zehn Bussen.") == "Die Stadt kauft zehn Bussen."
    assert ch("Die Firma hat in ihren Bussen ein Verbot verhängt.") == "Die Firma hat in ihren Bussen ein Verbot verhängt."
    # the context is the word's own clause: the "neue" of the clause before is the Ordnung's
    assert ch("Es gilt eine neue Ordnung; Bussen für Raser steigen.") == "Es gilt eine neue Ordnung; Bußen für Raser steigen."
    assert ch("Er zahlte die Busse. Neue Busse fahren ab Montag.") == "Er zahlte die Buße. Neue Busse fahren ab Montag."
    # an offence or a sum the word amounts to marks the fine; a sum after a preposition is another's
    assert ch("Die Busse für Falschparkieren steigt auf 60 Franken.") == "Die Buße für Falschparkieren steigt auf 60 Franken."
    assert ch("Die Bussen belaufen sich auf 340'500 Franken.") == "Die Bußen belaufen sich auf 340.500 Franken."
    assert ch("Die Kosten für die Busse betragen 3 Mio. Franken.") == "Die Kosten für die Busse betragen 3 Mio. Franken."
    # the verb's number: one fine, several buses
    assert ch("Die Busse für zu schnelles Fahren wurde erhöht.") == "Die Buße für zu schnelles Fahren wurde erhöht."
    assert ch("Die Busse aus Basel wurden verkauft.") == "Die Busse aus Basel wurden verkauft."
    assert ch("Die Busse der Stadt, die neu ist, fahren.") == "Die Busse der Stadt, die neu ist, fahren."
    assert ch("in hohem Masse") == "in hohem Maße"
    assert ch("Die Masse der Erde") == "Die Masse der Erde"
    assert ch("im Schoss der Familie") == "im Schoß der Familie"
    assert ch("Er schoss ein Tor.") == "Er schoss ein Tor."
    assert ch("Die Flosse des Fisches") == "Die Flosse des Fisches"


def test_all_caps_and_club_names_stay():
    assert ch("STRASSE GESPERRT") == "STRASSE GESPERRT"
    assert ch("der BSC Preussen spielte") == "der BSC Preussen spielte"
    # only a word that can name something is part of the acronym's name; it must stand right behind it
    assert ch("Das sagte ein Sprecher der SBB. Grosse Teile der Strecke sind zu.") == (
        "Das sagte ein Sprecher der SBB. Große Teile der Strecke sind zu.")
    assert ch("Der Bericht ging an die SRF. Gemäss den Angaben fehlt Geld.") == (
        "Der Bericht ging an die SRF. Gemäß den Angaben fehlt Geld.")
    assert ch("der BSC Grossmann kam") == "der BSC Grossmann kam"


def test_a_capitalized_compound_adverb_is_the_adverb_anywhere():
    # only a sentence can open with it; no name is made of "Regel|mässig"
    # (a title run into the text, as a lost line break leaves it)
    assert ch("Suchliste für Rechnernamen Standardmässig enthält sie einen Eintrag.") == (
        "Suchliste für Rechnernamen Standardmäßig enthält sie einen Eintrag.")
    assert ch("Er sagte Weiss sei schuld.") == "Er sagte Weiss sei schuld."


def test_replacement_records_original_word():
    result = normalize("Die Strasse ist gross.", "ch")
    sharp = [r for r in result.replacements if r.kind == "sharp_s"]
    assert [(r.original, r.normalized) for r in sharp] == [("Strasse", "Straße"), ("gross", "groß")]
    for r in sharp:
        assert result.original[r.start:r.end] == r.original



def test_fuessen_the_town_stays_the_feet_change():
    # a town spelled with ss (GeoNames) keeps its name; the dative plural of Fuss needs an article
    assert ch("Sie wohnt in Füssen.") == "Sie wohnt in Füssen."
    assert ch("Füssen liegt im Allgäu.") == "Füssen liegt im Allgäu."
    assert ch("Wir besuchten Füssen.") == "Wir besuchten Füssen."
    assert ch("über Füssen nach Reutte") == "über Füssen nach Reutte"
    assert ch("die Füssen-Reise") == "die Füssen-Reise"
    assert ch("mit den Füssen treten") == "mit den Füßen treten"
    assert ch("mit nackten Füssen") == "mit nackten Füßen"
    assert ch("Er trat das Recht mit Füssen.") == "Er trat das Recht mit Füßen."
    assert ch("zu Füssen des Berges") == "zu Füßen des Berges"


def test_swiss_place_names_with_ss_never_change():
    # (Weisslingen, 2,000 people, is also the dative plural of the butterfly Weißling; Giessbach,
    # Weisshorn are no towns: hand-kept in places_ss_extra.tsv)
    for name in ("Grossaffoltern", "Weissach", "Küssnacht", "Grosswangen", "Weisslingen", "Giessbach", "Weisshorn"):
        assert ch(f"Sie fuhren nach {name}.") == f"Sie fuhren nach {name}."


def test_sharp_s_towns_from_the_gazetteer():
    assert ch("unterwegs nach Giessen") == "unterwegs nach Gießen"
    assert ch("Nach Giessen fuhr er.") == "Nach Gießen fuhr er."
    assert ch("die Universität Giessen") == "die Universität Gießen"
    assert ch("Sie kamen aus Weissenfels.") == "Sie kamen aus Weißenfels."


def test_a_town_name_after_a_first_name_is_a_person():
    assert ch("Das sagte Hans Giessen gestern.") == "Das sagte Hans Giessen gestern."
    assert ch("Roland Giessen sagte") == "Roland Giessen sagte"
    # a small place's name is more often a family name: no bare-name rule below 5,000 inhabitants
    assert ch("sagte Theissen gestern") == "sagte Theissen gestern"


def test_compounds_with_places():
    assert ch("die Landgemeinde Niederlössnitz") == "die Landgemeinde Niederlößnitz"  # nieder + Lößnitz
    assert ch("in das Grossarltal") == "in das Großarltal"  # Großarl (Austria) + Tal
    assert ch("sagte Gössmann") == "sagte Gössmann"  # Göß + a family-name ending: no place


def test_gross_before_a_town():
    assert ch("Er lebte in Gross Karben.") == "Er lebte in Groß Karben."
    assert ch("Das sagte Hans Gross Karben zuliebe.") == "Das sagte Hans Gross Karben zuliebe."


def test_name_plus_street_keeps_the_name():
    # an unknown head with "ss" (a family name) plus a long ß noun: only the noun changes
    assert ch("an der Stösserstrasse 4") == "an der Stösserstraße 4"
    assert ch("Kässmannstrasse") == "Kässmannstraße"
    assert ch("Grossratsstrasse") == "Großratsstraße"  # known head: restored too


def test_plural_stem_derivation_needs_umlaut_and_head():
    assert ch("Strasser sagte") == "Strasser sagte"
    assert ch("der Bergstrasser") == "der Bergstrasser"  # Strasse has no umlaut plural
    assert ch("Stösser sagte") == "Stösser sagte"  # no head


def test_truncated_and_hyphenated_compounds():
    assert ch("die Münz-, Mass- und Gewichtsordnung") == "die Münz-, Maß- und Gewichtsordnung"
    assert ch("Gross- und Kleinschreibung") == "Groß- und Kleinschreibung"
    assert ch("gegen Rot-Weiss Essen") == "gegen Rot-Weiß Essen"
    assert ch("die Blau-Weiss-Fahne") == "die Blau-Weiß-Fahne"
    assert ch("Anna Klein-Gross sagte") == "Anna Klein-Gross sagte"  # a double family name
    assert ch("Der Gross-Konzern") == "Der Groß-Konzern"  # behind an article


def test_dimensions_are_masse():
    assert ch("mit den Massen von 100 mal 55 Metern") == "mit den Maßen von 100 mal 55 Metern"
    assert ch("Die Massen von Menschen strömten.") == "Die Massen von Menschen strömten."
    assert ch("Massen von 100 Tonnen") == "Massen von 100 Tonnen"


@pytest.mark.parametrize("text", [
    "Gestern sagte Weiss dazu.", "Gestern sagte Grossmann dazu.", "Grossmann sagte dazu.",
    "Das sagte Margot Kässmann.", "erklärt Koss.", "Nico Weissmann traf.", "Dieter Eissel geht.",
    "Vincenz Priessnitz", "Hohmann ; Bloss , Simonovski",
])
def test_person_names_stay(text):
    assert ch(text) == text


def test_the_town_fuessen_is_no_swiss_evidence():
    from newsflow.text.detect import is_swiss
    assert not is_swiss("Der Bürgermeister von Füssen sprach im Rathaus.", None)
    assert is_swiss("Die Strasse nach Füssen ist gesperrt.", None)


def test_place_plus_street():
    assert ch("die Grossarlstrasse") == "die Großarlstraße"


@pytest.mark.parametrize("swiss, standard", [
    # nouns and participles only the hunspell dictionary knows
    ("Der Stoss kam unerwartet.", "Der Stoß kam unerwartet."),
    ("Es kostete viel Schweiss.", "Es kostete viel Schweiß."),
    ("Die Inschrift wurde in Stein gemeisselt.", "Die Inschrift wurde in Stein gemeißelt."),
    # a lowercase "ass" cannot be the card "Ass"
    ("Er ass zu Mittag, sie spielte ein Ass.", "Er aß zu Mittag, sie spielte ein Ass."),
    # an -em word before Masse: masculine/neuter dative, so the neuter Maß
    ("in bemerkenswertem Masse gestiegen, eine grosse Masse Schnee", "in bemerkenswertem Maße gestiegen, eine große Masse Schnee"),
    # colour pairs and nominal inflections no family name has
    ("nur in Schwarz und Weiss, oder Rot/Weiss", "nur in Schwarz und Weiß, oder Rot/Weiß"),
    ("Er hat etwas Grosses vor.", "Er hat etwas Großes vor."),
    # truncated compounds joined by a slash or "statt"
    ("Gross-/Kleinschreibung, Gross- statt Kleinbuchstaben", "Groß-/Kleinschreibung, Groß- statt Kleinbuchstaben"),
    # "mit Händen und Füssen" is the body; "Kempten und Füssen" are towns
    ("Sie wehrten sich mit Händen und Füssen.", "Sie wehrten sich mit Händen und Füßen."),
    ("Zwischen Kempten und Füssen staut es sich.", "Zwischen Kempten und Füssen staut es sich."),
    ('Der Arzt: "Weiss ich nicht."', 'Der Arzt: "Weiß ich nicht."'),  # a verb before its subject
    ("Sie trieb es auf's Äusserste.", "Sie trieb es auf's Äußerste."),  # auf's = auf das
    ("Das Fleisch mit Holzspiesschen feststecken.", "Das Fleisch mit Holzspießchen feststecken."),  # -chen
    ("Die Erschliessungen dauern an.", "Die Erschließungen dauern an."),  # -ung of erschließen
    ("Schwarz- und Weiss-Pixel", "Schwarz- und Weiß-Pixel"),
    ("Schriftart und -grösse, Kopf-/-fusszeile", "Schriftart und -größe, Kopf-/-fußzeile"),  # elided heads
    # a Swiss ss place heading a compound keeps its ss; the hamlet Strassen does not stop the plural
    ("an der Weissensteinstrasse", "an der Weissensteinstraße"),
    ("die Küssnachterstrasse", "die Küssnachterstraße"),
    ("der Strassenbau", "der Straßenbau"),
    # the list has "floss" only as the verb (es floss): a noun behind an article is the raft
    ("Das Floss sank, das Wasser floss ab.", "Das Floß sank, das Wasser floss ab."),
])
def test_restores_in_context(swiss, standard):
    assert ch(swiss) == standard


@pytest.mark.parametrize("text", [
    "Das sagte Axel Schweiss in Bern.",  # a noun right behind a given name is a family name
    "Der Trainer Uli Stoss blieb ruhig.",
    "Der Titel (russ. Original) fehlt.",  # an abbreviation, not the verb rußen
    "Laut Thomas Grosses Bericht",
])
def test_keeps_names_and_abbreviations(text):
    assert ch(text) == text


def test_a_function_word_capitalized_is_no_given_name():
    assert ch("Bei Fussgängerverkehr gilt Schritttempo.") == "Bei Fußgängerverkehr gilt Schritttempo."


def test_a_name_before_a_pronoun_or_hyphen_stays():
    assert ch("Hans Weiss er") == "Hans Weiss er"
    assert ch("Ein Fall für Müller-Gross und Co.") == "Ein Fall für Müller-Gross und Co."


def test_a_verb_opening_a_question_before_its_subject_is_restored():
    assert ch("Weiss die Regierung mehr?") == "Weiß die Regierung mehr?"
    assert ch("Die Kommission tagte. Weiss das Parlament davon, was geplant ist?") == (
        "Die Kommission tagte. Weiß das Parlament davon, was geplant ist?")
    assert ch("Weiss die Antwort nicht.") == "Weiss die Antwort nicht."  # no question: it may be a name
    assert ch("Weiss hat das gesagt?") == "Weiss hat das gesagt?"  # a name with its verb


def test_short_words_only_hunspell_knows_need_an_article():
    # Geißler (a flagellant) is mostly a family name; the river Reuss is Swiss and official with ss
    assert ch("Geissler sagte, der Geissler ging.") == "Geissler sagte, der Geißler ging."
    assert ch("Die Reuss führt Hochwasser.") == "Die Reuss führt Hochwasser."


def test_a_word_used_as_a_name_keeps_its_spelling_throughout():
    text = "Präsident Jürg Grossen kritisierte den Entscheid. Grossen sagte, die Vorlage sei schlecht."
    assert ch(text) == text
    # a speaker: only people and organisations say things
    assert ch("Fuss sagte gestern nichts. Das bestätigte Fuss.") == "Fuss sagte gestern nichts. Das bestätigte Fuss."
    # behind an article the word is still the noun
    assert ch("Richard Strauss und einen Strauss Rosen") == "Richard Strauss und einen Strauß Rosen"
    assert ch("Der Fuss schmerzte, sagte er.") == "Der Fuß schmerzte, sagte er."


@pytest.mark.parametrize("swiss, standard", [
    # Weiss named as a colour: after "Farbe", in a list with a colour nobody is called, in a gradient
    ("Die Hintergrundfarbe Weiss ist voreingestellt.", "Die Hintergrundfarbe Weiß ist voreingestellt."),
    ("Die Flagge zeigt Rot, Weiss und Blau.", "Die Flagge zeigt Rot, Weiß und Blau."),
    ("Von Schwarz über Grau bis Weiss reicht die Palette.", "Von Schwarz über Grau bis Weiß reicht die Palette."),
    ("Der Verlauf geht von Schwarz (links) nach Weiss.", "Der Verlauf geht von Schwarz (links) nach Weiß."),
    ("Die Braut erschien ganz in Weiss.", "Die Braut erschien ganz in Weiß."),
    ("Der Film ist in Schwarzweiss gedreht.", "Der Film ist in Schwarzweiß gedreht."),
    # a capitalized adjective joined to a common noun is a compound, not a double name
    ("Sie sammelt Schwarzweiss-Fotos.", "Sie sammelt Schwarzweiß-Fotos."),
    ("Cartoons, Schwarz-Weiss-Fotos und Skizzen", "Cartoons, Schwarz-Weiß-Fotos und Skizzen"),
    # a first part with its linking -s written apart (feminine suffixes take no genitive -s)
    ("Es gibt ein Vergrösserungs-Menü.", "Es gibt ein Vergrößerungs-Menü."),
    ("Begrüssungs- und Abschiedsreden", "Begrüßungs- und Abschiedsreden"),
])
def test_colours_and_compound_parts(swiss, standard):
    assert ch(swiss) == standard


@pytest.mark.parametrize("text", [
    "Die Abgeordneten Schwarz, Weiss und Roth stimmten dagegen.",  # colours that are family names
    "Der Wechsel von Schwarz zu Weiss im Präsidium überraschte.",  # an office handed on
    "Man hatte in Weiss einen guten Partner gefunden.",
    "Das steht in Weiss' neuem Buch.",
    "Rot für Weiss nach einem groben Foul.",
    "Die Familie Weiss-Fischer lebt in Bern.",  # a frequent family name before a hyphen: a double name
    "Müller-Scheessel war Mitbegründer des Vereins.",  # the town Scheeßel inside a double name
])
def test_colour_words_that_name_people_stay(text):
    assert ch(text) == text


@pytest.mark.parametrize("text", [
    "Regierungsrat Weisskopf sagte, die Vorlage sei gut.",  # behind a title: a family name
    "Weisskopf kritisierte den Entscheid scharf.",  # a compound as a speaker
    "Laut Fuss ist das falsch.",  # the source after "laut", a simple word
    "Heiss kritisierte den Entscheid scharf.",  # an adjective as the subject of a verb of saying
    "Mässig kritisierte den Entscheid scharf.",
    "Regierungsrat Büssing sagte nichts.",  # no verb stem + scrap: Büss|ing
])
def test_family_names_in_the_roles_people_have_stay(text):
    assert ch(text) == text


@pytest.mark.parametrize("swiss, standard", [
    ("Bloss kritisierte er den Entscheid nicht.", "Bloß kritisierte er den Entscheid nicht."),  # subject after the verb
    ("Abschliessend fordert die Partei mehr Geld.", "Abschließend fordert die Partei mehr Geld."),
    ("Laut Strassenverkehrsamt ist die Strasse gesperrt.", "Laut Straßenverkehrsamt ist die Straße gesperrt."),
    ("Laut Grossrat ist das falsch.", "Laut Großrat ist das falsch."),
])
def test_words_in_those_places_that_are_no_names_change(swiss, standard):
    assert ch(swiss) == standard


def test_swiss_fines_by_compound_and_truncated_part():
    # the word list lacks the Swiss fine compounds; their modifiers are never a bus's
    assert ch("Die Ordnungsbusse beträgt 120 Franken.") == "Die Ordnungsbuße beträgt 120 Franken."
    assert ch("Die Millionenbusse trifft die Banken.") == "Die Millionenbuße trifft die Banken."
    assert ch("Er zahlte drei Parkbussen.") == "Er zahlte drei Parkbußen."
    assert ch("Das Ordnungsbussengesetz wird revidiert.") == "Das Ordnungsbußengesetz wird revidiert."
    assert ch("Neue Elektrobusse und Reisebusse fahren.") == "Neue Elektrobusse und Reisebusse fahren."
    # "Buss-" only as a part cut off before "und": a bus compound has one s
    assert ch("Am Buss- und Bettag bleibt es zu.") == "Am Buß- und Bettag bleibt es zu."
    assert ch("Der Buss sagte nichts.") == "Der Buss sagte nichts."


def test_a_compound_on_bussen_is_a_fine():
    # bus compounds take "Bus-" (Busfahrer), so "Bussen-" before a known word is the fine's
    assert ch("Die Bussenerträge stiegen, ein Bussenzettel kostet 40 Franken.") == (
        "Die Bußenerträge stiegen, ein Bußenzettel kostet 40 Franken.")
    # a family name or a place made on it is no compound of a fine
    assert ch("Frau Bussenius und Herr Bussenberger kamen aus Bussenhausen.") == (
        "Frau Bussenius und Herr Bussenberger kamen aus Bussenhausen.")


def test_great_and_small_twin_formula():
    assert ch("Das Fest bietet Spass für Gross und Klein.") == "Das Fest bietet Spaß für Groß und Klein."
    assert ch("Ein Angebot für Klein und Gross.") == "Ein Angebot für Klein und Groß."
    # two people named so keep their names
    assert ch("Die Abgeordneten Hans Gross und Klein stimmten zu.") == "Die Abgeordneten Hans Gross und Klein stimmten zu."
    assert ch("Anna Klein und Gross lachten.") == "Anna Klein und Gross lachten."


def test_buses_that_drive_stay_buses_after_a_fine_in_the_sentence():
    assert ch("Die Busse betrug 300 Franken, die Busse fuhren gross auf.") == (
        "Die Buße betrug 300 Franken, die Busse fuhren groß auf.")


def test_a_noun_that_is_also_a_given_name_does_not_make_the_next_word_a_surname_across_a_colon():
    # gender-guesser lists "Spass" as a given name; only right behind it is a word a surname
    assert ch("Das ist ein Spass: Fussgänger grüssen.") == "Das ist ein Spaß: Fußgänger grüßen."
    assert ch("Axel Schweiss sagte nichts.") == "Axel Schweiss sagte nichts."
