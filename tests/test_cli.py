"""The command line is a contract: run it as a user would, in a subprocess."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def newsflow(*args: str, stdin: str | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "newsflow", *args], input=stdin, capture_output=True, text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT / "plugins"), **(env or {})}, cwd=ROOT, timeout=600,
    )


def test_help_lists_every_command():
    proc = newsflow("--help")
    assert proc.returncode == 0
    for command in ("db", "extract", "fetch", "run", "demo", "train-ner", "eval-ner", "eval-events", "eval-swiss"):
        assert command in proc.stdout


def test_db_migrate_is_safe_to_repeat(pg_url):
    proc = newsflow("db", "migrate", "--db", pg_url)
    assert proc.returncode == 0, proc.stderr
    assert "up to date" in proc.stdout


def test_db_status_and_rollback_of_a_reversible_migration(pg_url):
    import psycopg2

    def timeline():
        with psycopg2.connect(pg_url) as conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_description WHERE objoid = 'analytics.event_timeline'::regclass")
            comments = cur.fetchone()[0]
            cur.execute("SELECT column_name FROM information_schema.columns WHERE table_name = 'events'")
            return comments, "place_source" in {r[0] for r in cur.fetchall()}

    def sources(kind="headline"):
        with psycopg2.connect(pg_url) as conn, conn.cursor() as cur:
            cur.execute("SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'events_place_source_check'")
            return kind in cur.fetchone()[0]

    proc = newsflow("db", "status", "--db", pg_url)
    assert proc.returncode == 0 and "0 pending" in proc.stdout
    assert "applied  0047_event_place_source\n" in proc.stdout
    comments, has_column = timeline()
    assert has_column and sources()
    def seeded(alias):
        with psycopg2.connect(pg_url) as conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM entity_aliases WHERE alias = %s", (alias,))
            return cur.fetchone()[0] == 1

    def rolled_back_one(name):
        proc = newsflow("db", "rollback", "--db", pg_url)
        assert proc.returncode == 0, proc.stderr
        assert f"rolled back 1 migration(s): {name}" in proc.stdout

    assert seeded("Seco") and seeded("BVG") and seeded("Biel/Bienne") and seeded("OSZE") and seeded("IOC")
    assert seeded("Schweizer Nationalbank") and seeded("Deutscher Bundestag") and seeded("Freien Sachsen")
    def alias_trigger():
        with psycopg2.connect(pg_url) as conn, conn.cursor() as cur:
            cur.execute("SELECT count(*) FROM pg_trigger WHERE tgname = 'entity_aliases_to_entities'")
            return cur.fetchone()[0] == 1

    assert alias_trigger()
    assert seeded("Islamischen Staates")
    try:
        rolled_back_one("0059_entity_aliases_armed_groups")
        assert not seeded("Islamischen Staates") and seeded("Freien Sachsen")
        rolled_back_one("0058_entity_aliases_declined_parties")
        assert not seeded("Freien Sachsen") and seeded("Deutscher Bundestag")
        rolled_back_one("0057_entity_aliases_bundestag")
        assert not seeded("Deutscher Bundestag") and seeded("Schweizer Nationalbank")
        rolled_back_one("0056_entity_aliases_central_banks")
        assert not seeded("Schweizer Nationalbank") and seeded("IOC")
        rolled_back_one("0055_entity_aliases_to_entities")
        assert not alias_trigger() and seeded("IOC")
        rolled_back_one("0054_entity_aliases_olympic")
        assert not seeded("IOC") and seeded("OSZE")
        rolled_back_one("0053_entity_aliases_acronyms")
        assert not seeded("OSZE") and seeded("Biel/Bienne")
        rolled_back_one("0052_event_place_previous")
        assert not sources("previous") and sources("headline")
        rolled_back_one("0051_entity_aliases_town_forms")
        assert not seeded("Biel/Bienne") and seeded("BVG")
        rolled_back_one("0050_entity_aliases_transport_parties")
        assert not seeded("BVG") and seeded("Seco")
        rolled_back_one("0049_entity_aliases_institutions_dach")
        assert not seeded("Seco") and seeded("Letzten Generation")  # only its own aliases go
        rolled_back_one("0048_event_place_headline")
        assert timeline() == (comments, True) and not sources()
        rolled_back_one("0047_event_place_source")
        assert timeline() == (comments - 1, False)  # the view keeps its other comments
        proc = newsflow("db", "status", "--db", pg_url)
        assert proc.returncode == 1 and "PENDING  0047_event_place_source" in proc.stdout
        # 0046 has no rollback file: refused, nothing changed
        proc = newsflow("db", "rollback", "--db", pg_url)
        assert proc.returncode == 2 and "0046_source_health_fast cannot be rolled back" in proc.stderr
        assert newsflow("db", "status", "--db", pg_url).stdout.count("PENDING") == 13
    finally:
        proc = newsflow("db", "migrate", "--db", pg_url)
    assert proc.returncode == 0
    assert ("0047_event_place_source, 0048_event_place_headline, 0049_entity_aliases_institutions_dach, "
            "0050_entity_aliases_transport_parties, 0051_entity_aliases_town_forms, 0052_event_place_previous, "
            "0053_entity_aliases_acronyms, 0054_entity_aliases_olympic, 0055_entity_aliases_to_entities, "
            "0056_entity_aliases_central_banks, 0057_entity_aliases_bundestag, 0058_entity_aliases_declined_parties, "
            "0059_entity_aliases_armed_groups") in proc.stdout
    assert timeline() == (comments, True) and sources("previous") and seeded("Seco") and seeded("BVG") and seeded("Biel/Bienne")
    assert seeded("OSZE") and seeded("IOC") and seeded("Schweizer Nationalbank") and seeded("Deutscher Bundestag")
    assert seeded("Freien Sachsen") and seeded("Islamischen Staates") and alias_trigger()


def test_an_alias_an_operator_adds_gets_its_entity_row(pg_url):
    import psycopg2

    conn = psycopg2.connect(pg_url)  # one transaction, rolled back: the session's database stays as it was
    try:
        with conn.cursor() as cur:
            cur.execute("INSERT INTO entity_aliases (alias, canonical, label) VALUES ('Quaxbank AG', 'Quaxbank', 'ORG'), "
                        "('QXB', 'Quaxbank', 'ORG')")
            cur.execute("SELECT aliases FROM entities WHERE canonical = 'Quaxbank' AND label = 'ORG'")
            assert cur.fetchall() == [(["QXB", "Quaxbank AG"],)]
            # the seeded ones have theirs too, whether seeded before the trigger or after it
            cur.execute("SELECT canonical FROM entities WHERE label = 'ORG' AND ("
                        "'Schweizer Nationalbank' = ANY(aliases) OR 'IOC' = ANY(aliases))")
            assert sorted(r[0] for r in cur.fetchall()) == ["Internationales Olympisches Komitee",
                                                             "Schweizerische Nationalbank"]
    finally:
        conn.rollback()
        conn.close()


def test_extract_reports_bad_jsonl_lines_in_place_and_analyses_the_rest():
    stdin = ('{"id": 7, "text": "Die Strasse ist zu.", "country": "CH"}\nkein json\n\n{"text": 5}\n'
             '{"text": "Gut.", "country": "fr"}\n{"text": "Der Rat tagt in Bern."}\n')
    proc = newsflow("extract", "--jsonl", stdin=stdin)
    assert proc.returncode == 1
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o.get("line") for o in out] == [None, 2, 4, 5, None]  # one line per input record, in order
    assert out[0]["id"] == 7 and out[0]["normalized"] == "Die Straße ist zu."
    assert out[1]["error"].startswith("not JSON") and "string" in out[2]["error"] and "'fr'" in out[3]["error"]
    assert out[4]["text"] == "Der Rat tagt in Bern." and "id" not in out[4]
    assert "line 2" in proc.stderr and "line 5" in proc.stderr


def test_operator_mistakes_get_one_clear_line(tmp_path):
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - name: Quaxler Bote\n    url: https://example.org/rss\n", encoding="utf-8")
    proc = newsflow("run", "--feeds-file", str(feeds), "--limit", "1")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "country: required" in proc.stderr
    proc = newsflow("status", "--db", "postgresql://postgres@127.0.0.1:1/nirgends")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "cannot reach the database" in proc.stderr


def test_run_rejects_a_process_count_below_one():
    proc = newsflow("run", "--skip-fetch", "--processes", "0")
    assert proc.returncode == 2
    assert "at least 1" in proc.stderr


def test_extract_rejects_a_bad_date():
    for bad in ("gestern", "2026-13-01"):
        proc = newsflow("extract", "--published", bad, stdin="Text.")
        assert proc.returncode == 2
        assert "YYYY-MM-DD" in proc.stderr


@pytest.mark.parametrize("value, day", [
    ("2026-11-26", "2026-11-26"), ("2026-11-26T23:30:00Z", "2026-11-27"),
    ("Thu, 26 Nov 2026 23:30:00 +0000", "2026-11-27"), ("26.11.2026", "2026-11-26"),
])
def test_a_publication_day_from_a_date_or_a_feeds_timestamp(value, day):
    from newsflow.cli import _publication_day

    assert str(_publication_day(value)) == day  # a timestamp is its Central European day


def test_extract_reads_a_windows_1252_file_and_refuses_binary(tmp_path):
    legacy = tmp_path / "alt.txt"
    legacy.write_bytes("Die Straße in Zürich ist gesperrt, sagte die Polizei.".encode("cp1252"))
    proc = newsflow("extract", str(legacy))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["text"] == "Die Straße in Zürich ist gesperrt, sagte die Polizei."
    assert "not UTF-8; read as cp1252" in proc.stderr  # the same text in cp1250 too: named as German files come
    binary = tmp_path / "bild.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    proc = newsflow("extract", str(binary))
    assert proc.returncode != 0 and "not text" in proc.stderr and not proc.stdout
    proc = newsflow("extract", str(tmp_path / "fehlt.txt"))
    assert proc.returncode != 0 and "cannot read" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_extract_jsonl_reads_a_timestamp_as_its_central_european_day():
    lines = "\n".join(json.dumps({"text": "Heute protestierten 300 Personen in Bern.", "published": p})
                      for p in ("2026-11-26T23:30:00Z", "2026-11-26"))
    proc = newsflow("extract", "--jsonl", stdin=lines)
    assert proc.returncode == 0, proc.stderr
    days = [[e["date"]["value"] for e in json.loads(line)["events"]] for line in proc.stdout.splitlines()]
    assert days == [["2026-11-27"], ["2026-11-26"]]


SWISS = (
    "Grossrat beschliesst neue Strassennamen\n\n"
    "Der Grosse Rat in Bern liess am Donnerstag verlauten, dass 45'000 Besucher erwartet werden. "
    "Die Stadt Zürich zahlt CHF 650'000 für die Fussball-WM."
)


@pytest.mark.slow
def test_extract_on_swiss_text_restores_spelling_and_maps_offsets_to_the_original():
    proc = newsflow("extract", "--published", "2026-11-20", "--country", "CH", stdin=SWISS)  # ISO 3166 case
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["text"] == SWISS
    assert "Großrat" in out["normalized"] and "beschließt" in out["normalized"] and "ließ" in out["normalized"]
    assert "dass" in out["normalized"]  # right as it is
    values = {q["value"] for q in out["quantities"]}
    assert 45000 in values and 650000 in values
    for item in out["entities"] + out["quantities"]:
        assert SWISS[item["start"]:item["end"]] == item["text"]
    for r in out["replacements"]:
        assert SWISS[r["start"]:r["end"]] == r["original"]
    assert {e["text"] for e in out["entities"] if e["label"] == "LOC"} >= {"Bern", "Zürich"}
    for ev in out["events"]:
        assert SWISS[ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"]


@pytest.mark.slow
def test_extract_jsonl_gives_one_object_per_line():
    lines = "\n".join(json.dumps({"text": t, "published": "2026-11-20"}) for t in
                      ["Olaf Scholz traf Emmanuel Macron in Paris.", "", "Die EU kritisierte Russland."])
    proc = newsflow("extract", "--jsonl", stdin=lines)
    assert proc.returncode == 0, proc.stderr
    docs = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [d["text"][:11] for d in docs] == ["Olaf Scholz", "", "Die EU krit"]
    assert docs[1]["entities"] == [] and docs[1]["events"] == []  # empty text is a document, not an error
    assert {e["canonical"] for e in docs[0]["entities"]} >= {"Olaf Scholz", "Emmanuel Macron", "Paris"}


def test_extract_names_the_language_and_warns_when_it_is_not_german():
    english = ("The President met the Chancellor in Berlin on Monday to discuss trade and security. "
               "Police arrested 12 people after protests near the parliament, officials said.")
    proc = newsflow("extract", stdin=english)
    assert proc.returncode == 0 and json.loads(proc.stdout)["language"] == "en"
    assert "not German" in proc.stderr
    german = "Der Bundesrat traf sich am Montag in Bern zu einer Sitzung über das Budget des nächsten Jahres."
    proc = newsflow("extract", stdin=german)
    assert json.loads(proc.stdout)["language"] == "de" and "not German" not in proc.stderr
