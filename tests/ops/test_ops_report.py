"""``newsflow report``: a static HTML page of the analytics views that renders in a real browser."""
from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
from datetime import timedelta

import pytest
from opskit import NOW

from newsflow.ops import report

SECTIONS = ("health", "mentions", "top-entities", "pairs", "events", "stories", "sources", "runs")


@pytest.fixture(scope="module")
def written(seeded_once, tmp_path_factory):
    return report.write_report(seeded_once, tmp_path_factory.mktemp("report"), now=NOW, days=7)


def test_report_has_every_section_with_charts_and_the_top_entity(written, seeded_once):
    html = written.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f'id="{section}"' in html
    assert html.count("<svg") == 5
    with seeded_once.cursor() as cur:
        cur.execute("SELECT canonical FROM analytics.top_entities(%s, %s, 1)", (NOW - timedelta(days=7), NOW))
        top = cur.fetchone()[0]
    assert top in html
    assert "Zürcher Tagblatt" in html and "Agenturmeldung" in html



def test_report_command_writes_index_html(seeded_once, pg_url, tmp_path, capsys):
    parser = argparse.ArgumentParser()
    report.add_arguments(parser)
    assert report.run(parser.parse_args(["--out", str(tmp_path / "r"), "--db", pg_url, "--country", "ch"])) == 0
    assert (tmp_path / "r" / "index.html").is_file()
    assert "report written to" in capsys.readouterr().out


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("chromium not installed (Debian: apt-get install -y chromium); cannot check the rendering")
    return found


def _headless(binary: str, *args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory() as profile:
        return subprocess.run(
            [binary, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
             "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=90,
        )


def test_report_renders_in_headless_chromium(written):
    binary = _chromium()
    dom = _headless(binary, "--dump-dom", written.as_uri())
    assert dom.returncode == 0, dom.stderr[-2000:]
    # The browser parsed the page: the SVG charts and tables are in its DOM, headings in order.
    assert dom.stdout.count("<svg") == 5 and "<polyline" in dom.stdout and "<table>" in dom.stdout
    assert dom.stdout.index('id="mentions"') < dom.stdout.index('id="runs"')
    shot = written.parent / "report.png"
    result = _headless(binary, f"--screenshot={shot}", "--window-size=1200,3000", written.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


# Empties the database: keep it after the tests reading the module's seed.
def test_report_of_an_empty_database_says_so(ops_db, tmp_path):
    html = report.write_report(ops_db, tmp_path, now=NOW).read_text(encoding="utf-8")
    assert "no data in this window" in html and "no_new_articles" in html and "<svg" not in html


def test_svg_charts_escape_and_shorten_labels():
    from newsflow.ops import svg

    chart = svg.hbar_chart(["<b>Rat</b>", "Europäischer Fahrgastverband und Freunde"], [10, 5], title="t")
    assert "&lt;b&gt;Rat&lt;/b&gt;" in chart and "<b>" not in chart
    assert "Europäischer Fahrgastverband un…" in chart  # the full name stays in the tooltip
    assert chart.count("<rect") == 2
    assert svg.line_chart([], {}, title="t") == svg.empty()
