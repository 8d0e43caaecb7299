from newsflow.nlp.charmap import CharMap


def test_a_span_added_covers_its_characters_only():
    taken = CharMap(20)
    taken.add(5, 9)
    assert [taken.at(i) for i in (4, 5, 8, 9)] == [False, True, True, False]
    assert taken.overlaps(0, 6) and taken.overlaps(8, 12) and taken.overlaps(6, 7)
    assert not taken.overlaps(0, 5) and not taken.overlaps(9, 20)
    assert not taken.at(-1) and not taken.at(25)  # outside the text is never taken
