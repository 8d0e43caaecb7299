import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "plugins"))  # in case conftest is absent

from newsflow.nlp.canonical import load_alias_entries

MIGRATIONS = Path(__file__).resolve().parents[2] / "sql" / "migrations"
# The migrations that seed entity_aliases, in order; together they are the bundled list.
ALIAS_MIGRATIONS = ("0020_entity_aliases.sql", "0021_entity_aliases_institutions.sql",
                    "0022_entity_aliases_seats.sql", "0023_entity_aliases_groups.sql",
                    "0049_entity_aliases_institutions_dach.sql",
                    "0050_entity_aliases_transport_parties.sql", "0051_entity_aliases_town_forms.sql",
                    "0053_entity_aliases_acronyms.sql", "0054_entity_aliases_olympic.sql",
                    "0056_entity_aliases_central_banks.sql", "0057_entity_aliases_bundestag.sql",
                    "0058_entity_aliases_declined_parties.sql", "0059_entity_aliases_armed_groups.sql")


def test_alias_seed_matches_bundled_list():
    sql = "".join((MIGRATIONS / name).read_text(encoding="utf-8") for name in ALIAS_MIGRATIONS)
    rows = re.findall(r"\(\s*'((?:[^']|'')*)',\s*'((?:[^']|'')*)',\s*'(PER|LOC|ORG|MISC)'\)", sql)
    seeded = [tuple(v.replace("''", "'") for v in row) for row in rows]
    assert seeded == [tuple(e) for e in load_alias_entries()]


def test_alias_list_has_unique_aliases_and_valid_labels():
    entries = load_alias_entries()
    assert len({e.alias for e in entries}) == len(entries)
    assert {e.label for e in entries} <= {"PER", "LOC", "ORG", "MISC"}
