from newsflow.nlp.descriptions import descriptions_in_text
from newsflow.nlp.records import ActorMention, Mention


def mentions(text, *names):
    out, at = [], 0
    for name, label in names:
        start = text.index(name, at)
        out.append(Mention(name, label, start, start + len(name), name))
        at = start + len(name)
    return out


def described(text, *names):
    return [(m.text, m.canonical, text[m.start:m.end]) for m in descriptions_in_text(text, mentions(text, *names))]


def test_a_description_refers_back_to_the_organization_introduced_with_it():
    text = "Die Gewerkschaft Verdi ruft zum Streik auf. Die Gewerkschaft fordert 8,5 Prozent mehr Lohn."
    assert described(text, ("Verdi", "ORG")) == [("Gewerkschaft", "Verdi", "Gewerkschaft")]
    # a generic head closes a compound one: "Stahlkonzern Voestalpine" … "der Konzern"
    text = "Der Stahlkonzern Voestalpine streicht Stellen. Das teilte der Konzern am Mittwoch mit."
    assert described(text, ("Voestalpine", "ORG")) == [("Konzern", "Voestalpine", "Konzern")]
    # the NER's span may hold the head itself
    text = "Die Gewerkschaft Unia protestierte. Die Gewerkschaft verlangt höhere Löhne."
    (m,) = descriptions_in_text(text, mentions(text, ("Gewerkschaft Unia", "ORG")))
    assert isinstance(m, ActorMention) and (m.canonical, m.label) == ("Gewerkschaft Unia", "ORG")


def test_no_description_where_it_is_ambiguous_or_comes_first():
    text = "Die Gewerkschaft Verdi und die Gewerkschaft IG Metall streiken. Die Gewerkschaft fordert mehr."
    assert described(text, ("Verdi", "ORG"), ("IG Metall", "ORG")) == []
    text = "Die Gewerkschaft fordert mehr. Später äußerte sich die Gewerkschaft Verdi."
    assert described(text, ("Verdi", "ORG")) == []
    # an office is no description of an organization: "Kanzler" before a person
    text = "Kanzler Merz reiste ab. Der Kanzler sagte, …"
    assert described(text, ("Merz", "PER")) == []


def test_a_name_ending_in_a_common_noun_introduces_it():
    text = "Die Zürcher Kantonalbank erzielte einen Rekordgewinn, wie die Bank mitteilte."
    assert described(text, ("Zürcher Kantonalbank", "ORG")) == [("Bank", "Zürcher Kantonalbank", "Bank")]
    text = "Die Zürcher Kantonalbank und die Deutsche Bank legten zu. Die Bank meldete Gewinne."
    assert described(text, ("Zürcher Kantonalbank", "ORG"), ("Deutsche Bank", "ORG")) == []  # which bank?


def test_das_unternehmen_refers_back_to_the_one_firm_introduced_by_its_kind():
    text = "Der Autozulieferer Georg Quaxler baut Stellen ab, teilte das Unternehmen mit."
    assert described(text, ("Georg Quaxler", "ORG")) == [("Unternehmen", "Georg Quaxler", "Unternehmen")]
    text = "Der Autobauer Quaxwagen streicht Stellen. Das teilte der Konzern in Wolfsburg mit."
    assert described(text, ("Quaxwagen", "ORG")) == [("Konzern", "Quaxwagen", "Konzern")]
    # two firms: "das Unternehmen" names neither
    text = "Der Technologiekonzern Quaxens kauft den Softwarehersteller Quaxair. Das teilte das Unternehmen mit."
    assert described(text, ("Quaxens", "ORG"), ("Quaxair", "ORG")) == []
    # a union is no firm
    text = "Die Gewerkschaft Quaxunia streikt. Das Unternehmen schweigt."
    assert described(text, ("Quaxunia", "ORG")) == []


def test_die_polizei_refers_back_to_the_one_police_force_introduced():
    text = "Die Stadtpolizei Quaxingen räumte das Camp. Die Polizei nahm zwei Männer fest."
    assert described(text, ("Stadtpolizei Quaxingen", "ORG")) == [("Polizei", "Stadtpolizei Quaxingen", "Polizei")]
    text = "Die Stadtpolizei Quaxingen und die Kantonspolizei Quaxbern rückten aus. Die Polizei schwieg."
    assert described(text, ("Stadtpolizei Quaxingen", "ORG"), ("Kantonspolizei Quaxbern", "ORG")) == []


def test_a_description_in_the_genitive_refers_back_too():
    text = "Im Werk des Chemiekonzerns Quaxf gab es eine Explosion, sagte ein Sprecher des Unternehmens."
    assert described(text, ("Quaxf", "ORG")) == [("Unternehmens", "Quaxf", "Unternehmens")]


def test_a_well_known_union_or_party_is_what_it_is_without_being_introduced():
    text = "„Das nehmen wir nicht hin“, sagte Verdi-Chef Frank Werneke. Die Gewerkschaft droht mit Warnstreiks."
    assert described(text, ("Verdi", "ORG"), ("Frank Werneke", "PER")) == [("Gewerkschaft", "Verdi", "Gewerkschaft")]
    text = "Die AfD legte zu. Die Partei forderte Neuwahlen."
    assert described(text, ("AfD", "ORG")) == [("Partei", "AfD", "Partei")]
    # two parties named: "die Partei" names neither; an unknown firm is no union
    text = "Die SPD und die CDU verhandeln. Die Partei lehnte ab."
    assert described(text, ("SPD", "ORG"), ("CDU", "ORG")) == []
    text = "Quaxcorp wächst. Die Gewerkschaft protestiert."
    assert described(text, ("Quaxcorp", "ORG")) == []


def test_a_well_known_militia_is_the_militia():
    text = "Israel hat Ziele der Hisbollah bombardiert. Die Miliz feuerte Raketen ab."
    assert described(text, ("Israel", "LOC"), ("Hisbollah", "ORG")) == [("Miliz", "Hisbollah", "Miliz")]
    text = "Die Hamas ließ zwei Geiseln frei. Die Terrororganisation forderte die Freilassung von Häftlingen."
    assert described(text, ("Hamas", "ORG")) == [("Terrororganisation", "Hamas", "Terrororganisation")]


def test_well_known_firms_are_described_by_what_they_are():
    text = "Die Swiss streicht Flüge. Grund seien fehlende Piloten, teilte die Fluggesellschaft mit."
    assert described(text, ("Swiss", "ORG")) == [("Fluggesellschaft", "Swiss", "Fluggesellschaft")]
    # a pharmaceutical group is a firm: "das Unternehmen"
    text = "Novartis baut 300 Stellen ab. Das Unternehmen will in den USA investieren."
    assert described(text, ("Novartis", "ORG")) == [("Unternehmen", "Novartis", "Unternehmen")]
    # a bank and a retailer: "die Bank" is the bank only
    text = "Die UBS und die Migros kritisierten den Entscheid. Die Bank kündigte Widerstand an."
    assert described(text, ("UBS", "ORG"), ("Migros", "ORG")) == [("Bank", "UBS", "Bank")]


def test_people_acting_for_an_organization_of_their_kind_refer_back_to_it():
    text = "Das Bundesverfassungsgericht hat geurteilt. Die Richter beanstandeten die Regel."
    assert described(text, ("Bundesverfassungsgericht", "ORG")) == [("Richter", "Bundesverfassungsgericht", "Richter")]
    text = "Die Kantonspolizei Bern hat einen Mann verhaftet. Die Beamten stellten Kokain sicher."
    assert described(text, ("Kantonspolizei Bern", "ORG")) == [("Beamten", "Kantonspolizei Bern", "Beamten")]
    # two of the kind: nobody
    text = "Die Stadtpolizei Zürich und die Kantonspolizei Bern ermitteln. Die Ermittler schweigen."
    assert described(text, ("Stadtpolizei Zürich", "ORG"), ("Kantonspolizei Bern", "ORG")) == []


def test_a_one_word_compound_introduces_its_generic_head():
    text = "Die Bundesregierung und die SPD stritten. Die Regierung gab nach."
    assert described(text, ("Bundesregierung", "ORG"), ("SPD", "ORG")) == [("Regierung", "Bundesregierung", "Regierung")]


def test_a_railway_is_referred_back_to_as_die_bahn():
    # the word list knows "Bahn" only lowercase; the railway's kind and the generic head give it
    text = "Der Tarifkonflikt bei der Deutschen Bahn ist beigelegt. Die GDL und die Bahn einigten sich."
    assert described(text, ("Deutschen Bahn", "ORG"), ("GDL", "ORG")) == [("Bahn", "Deutschen Bahn", "Bahn")]
    text = "Die Quaxtaler Bahn erhöht die Preise. Die Bahn begründete das."
    assert described(text, ("Quaxtaler Bahn", "ORG")) == [("Bahn", "Quaxtaler Bahn", "Bahn")]


def test_the_head_word_tagged_alone_is_still_the_description():
    # "Die SBB … Die Bahn" with the NER's ORG "Bahn": the SBB, as an untagged "Die Bahn" would be
    text = "Die SBB erhöhen die Preise. Die Bahn begründete das."
    found = descriptions_in_text(text, mentions(text, ("SBB", "ORG"), ("Bahn", "ORG")))
    assert [(m.text, m.canonical) for m in found] == [("Bahn", "SBB")]
    # not when the tagged word is resolved to a name of its own
    ms = mentions(text, ("SBB", "ORG")) + [Mention("Bahn", "ORG", text.index("Bahn"), text.index("Bahn") + 4,
                                                     "Quaxbahn AG")]
    assert descriptions_in_text(text, ms) == ()


def test_a_bare_description_in_a_pair_refers_back_too():
    text = "Der Autobauer Volkswagen streicht Stellen. Darauf haben sich Konzern und IG Metall geeinigt."
    assert described(text, ("Volkswagen", "ORG"), ("IG Metall", "ORG")) == [("Konzern", "Volkswagen", "Konzern")]
    text = "Die Gewerkschaft Verdi fordert mehr Lohn. Die Gespräche zwischen Gewerkschaft und Arbeitgebern scheiterten."
    assert described(text, ("Verdi", "ORG")) == [("Gewerkschaft", "Verdi", "Gewerkschaft")]
    # a bare word outside a pair is no description, and no pair makes one of a head introduced by nobody
    text = "Der Autobauer Volkswagen streicht Stellen. Konzern bleibt Konzern, sagte er. Bank und Versicherung sparen."
    assert described(text, ("Volkswagen", "ORG")) == []
    # a word in a pair with an indefinite article is some other one
    text = "Der Autobauer Volkswagen streicht Stellen. Einen Konzern und seine Zulieferer trifft das hart."
    assert described(text, ("Volkswagen", "ORG")) == []


def test_a_federation_of_unions_everyone_knows_is_die_gewerkschaft():
    text = "Der ÖGB hat zu einer Großdemonstration aufgerufen. Die Gewerkschaft kritisierte die Regierung."
    ms = [Mention("ÖGB", "ORG", 4, 7, "Österreichischer Gewerkschaftsbund")]
    assert [(m.text, m.canonical) for m in descriptions_in_text(text, ms)] == [
        ("Gewerkschaft", "Österreichischer Gewerkschaftsbund")]


def test_a_compound_of_the_same_sector_or_of_size_refers_back():
    text = "Der Autobauer Quaxwagen zahlt eine Strafe. Der Autokonzern kritisierte die Behörde."
    assert described(text, ("Quaxwagen", "ORG")) == [("Autokonzern", "Quaxwagen", "Autokonzern")]
    text = "Die Blixbank zahlt eine Busse. Die Großbank hatte sich mit den Behörden geeinigt."
    assert described(text, ("Blixbank", "ORG")) == [("Großbank", "Blixbank", "Großbank")]
    # another sector, or a part that tells another body, names nobody
    text = "Der Autobauer Quaxwagen zahlt eine Strafe. Der Pharmakonzern kritisierte die Behörde."
    assert described(text, ("Quaxwagen", "ORG")) == []
    text = "Die Blixbank zahlt eine Busse. Die Notenbank kritisierte das."
    assert described(text, ("Blixbank", "ORG")) == []
    text = "Der Autobauer Quaxwagen zahlt eine Strafe. Der Mutterkonzern kritisierte die Behörde."
    assert described(text, ("Quaxwagen", "ORG")) == []

