import pytest

from newsflow.text import hunspell
from newsflow.text.hunspell import dictionary_path, load_sharp_forms, sharp_stems

# flags as in igerman98's de_DE.aff: d forbidden, h needs an affix, o only in compounds;
# S E P T N are suffix classes (S alone is the genitive -s), m a prefix class
REFUSING, SUFFIXES = {"d", "h", "o"}, {"S", "E", "P", "T", "N"}


def test_keeps_inflecting_sharp_stems_and_drops_what_hunspell_refuses():
    dic = ["Stoß/Tpmij", "Schweiß/TEmij", "gemäß", "Einbusse/dN", "Einbuße/N", "Groß/hij", "Gauß",
           "Heß", "Käßmann/S", "Beißen/Sm", "beißen/DIX", "Dießen/S", "Füßchen/S", "Wasser/STm", "Straßenfeger/Sm"]
    kept = [entry.partition("/")[0] for entry in sharp_stems(dic, REFUSING, SUFFIXES)]
    # lowercase stems need no flag (gemäß); Einbusse is the forbidden Swiss form, and has no ß anyway;
    # Beißen is the noun of beißen, Dießen (no verb dießen) a town
    assert kept == ["Stoß", "Schweiß", "gemäß", "Einbuße", "Beißen", "beißen", "Füßchen"]


def test_reads_flag_names_from_the_aff_file():
    aff = ["SET ISO8859-1", "FORBIDDENWORD d", "NEEDAFFIX h", "ONLYINCOMPOUND o", "KEEPCASE w",
           "SFX S Y 1", "SFX S 0 s .", "PFX m Y 58", "SFX E Y 1"]
    assert hunspell._aff_flags(aff) == ({"d", "h", "o"}, {"S", "E"})
    assert hunspell._encoding(aff) == "ISO8859-1"


def test_the_dictionary_is_installed():
    # Like the word list: `make test` installs hunspell-de-de-frami, a missing one is a set-up bug.
    assert dictionary_path() is not None, "apt-get install hunspell-de-de-frami hunspell-tools (scripts/setup.sh does)"


@pytest.mark.skipif(dictionary_path() is None, reason="hunspell German dictionary missing")
def test_installed_dictionary_supplies_inflected_forms_but_no_names():
    forms = load_sharp_forms()
    assert {"Stoß", "Stößen", "Schweiß", "Maß", "gemeißelt", "angießen", "Kohlweißling"} <= forms
    assert not {"Gauß", "Heß", "Käßmann", "Groß"} & forms  # names, and a stem only used in compounds
    assert all("ß" in form for form in forms)


@pytest.mark.skipif(dictionary_path() is None, reason="hunspell German dictionary missing")
def test_without_unmunch_only_the_stems_are_used(monkeypatch):
    monkeypatch.setattr(hunspell.shutil, "which", lambda name: None)
    aff = dictionary_path().with_suffix(".aff")
    forms = hunspell._expand(["Stoß/Tpmij", "gemäß"], aff, "ISO8859-1")
    assert forms == ["Stoß", "gemäß"]


@pytest.mark.skipif(dictionary_path() is None or hunspell.shutil.which("unmunch") is None,
                    reason="hunspell dictionary or unmunch missing")
def test_unmunch_expands_the_affix_flags():
    aff = dictionary_path().with_suffix(".aff")
    forms = set(hunspell._expand(["Stoß/Tpmij"], aff, "ISO8859-1"))
    assert {"Stoß", "Stöße", "Stößen"} <= forms
