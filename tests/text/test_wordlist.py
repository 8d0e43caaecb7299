from newsflow.text.lexicon import wordlist_path


def test_the_word_list_is_installed():
    # Tests that need the list skip without it, so the suite stays usable on a bare machine;
    # this one keeps CI honest: `make test` installs Debian's wngerman, a missing list is a set-up bug.
    assert wordlist_path() is not None, "German word list missing: apt-get install wngerman (scripts/setup.sh does)"
