"""``newsflow``: the command line. Sub-commands import their heavy modules lazily,
so ``newsflow --help`` and ``newsflow db migrate`` stay fast."""
from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Sequence

COUNTRIES = ("de", "at", "ch", "li")  # ch/li: Swiss spelling and numbers
# Sub-commands that live beside the code they drive: each module offers
# add_arguments(parser) and run(args) -> int.
PLUGGED = {
    "fetch": ("newsflow.feeds.cli_fetch", "fetch and parse feeds without storing anything"),
    "train-ner": ("newsflow.nlp.ner_train", "train the bundled German NER pipeline"),
    "eval-ner": ("newsflow.nlp.ner_eval", "P/R/F of the NER on a GermEval-format file"),
    "eval-events": ("newsflow.nlp.events_eval", "precision/recall of the event extraction on the gold set"),
    "eval-swiss": ("newsflow.text.swiss_eval", "accuracy of Swiss ß restoration on GermEval text"),
    "status": ("newsflow.ops.status", "pipeline health in the terminal"),
    "report": ("newsflow.ops.report", "write a static HTML report of the analytics views"),
}


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _publication_day(value: str) -> date:
    """A date, or a timestamp read as its Central European day: an article stamped
    "2026-11-26T23:30:00Z" appeared on 27 November in Zurich."""
    if not isinstance(value, str):
        raise argparse.ArgumentTypeError(f"not a date: {value!r}")
    from zoneinfo import ZoneInfo

    from newsflow.feeds.dates import LOCAL_ZONE, parse_entry_date

    try:
        when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        # a feed's own forms: "Thu, 26 Nov 2026 10:00:00 +0100", "26.11.2026", "26. November 2026"
        iso_shaped = re.match(r"\s*\d{4}-\d{1,2}-\d{1,2}", value) is not None  # "2026-13-01" is no date at all
        parsed = parse_entry_date(value) if any(c.isdigit() for c in value) and not iso_shaped else None
        if parsed is None:
            raise argparse.ArgumentTypeError(
                f"not a date (YYYY-MM-DD, an ISO 8601 or RSS timestamp, or 26.11.2026): {value!r}") from None
        return parsed.astimezone(ZoneInfo(LOCAL_ZONE)).date()
    if when.tzinfo is None:
        return when.date()
    return when.astimezone(ZoneInfo(LOCAL_ZONE)).date()


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return number


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsflow",
        description="German-language news from RSS/Atom feeds into PostgreSQL, with entities, quantities and events.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    db = sub.add_parser("db", help="database administration")
    db_sub = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    mig = db_sub.add_parser("migrate", help="apply the versioned migrations in sql/migrations (safe to repeat)")
    mig.add_argument("--db", help="database URL (default: $NEWSFLOW_DB_URL or the local set-up)")
    mig.set_defaults(func=cmd_db_migrate)
    st = db_sub.add_parser("status", help="list the migrations, applied or pending (exit 1 when any is pending)")
    st.add_argument("--db", help="database URL (default: $NEWSFLOW_DB_URL or the local set-up)")
    st.set_defaults(func=cmd_db_status)
    rb = db_sub.add_parser("rollback", help="undo the newest applied migration(s) that have a .rollback.sql")
    rb.add_argument("--db", help="database URL (default: $NEWSFLOW_DB_URL or the local set-up)")
    which = rb.add_mutually_exclusive_group()
    which.add_argument("--last", type=_positive_int, default=1, metavar="N", help="how many (default 1)")
    which.add_argument("--to", metavar="ID", help="undo every migration applied after this one")
    rb.set_defaults(func=cmd_db_rollback)

    ex = sub.add_parser("extract", help="normalize and analyse text; print JSON (offsets index the original text)")
    ex.add_argument("file", nargs="?", default="-", help="a text file, or - for standard input (default)")
    ex.add_argument("--published", type=_publication_day,
                    help="publication date YYYY-MM-DD, or a timestamp read as its Central European day "
                         "(ISO 8601, RSS pubDate, 26.11.2026); anchors relative dates")
    ex.add_argument("--country", type=str.lower, choices=COUNTRIES,
                    help="the source's country (ch/li: Swiss spelling and numbers); default: decide from the text")
    ex.add_argument("--jsonl", action="store_true",
                    help="input is one JSON object per line with 'text' (and optional 'published', 'country'); "
                         "output is one JSON object per line")
    ex.add_argument("--model", help="spaCy pipeline name or path (default: $NEWSFLOW_SPACY_MODEL or the bundled model)")
    ex.set_defaults(func=cmd_extract)

    run = sub.add_parser("run", help="one full pass of news_ingest and news_nlp in-process, with a progress bar")
    run.add_argument("--since", type=_iso_date,
                     help="backfill: re-process articles published since this date (interrupted? "
                          "`newsflow run --skip-fetch` finishes what is still queued, without starting over)")
    run.add_argument("--until", type=_iso_date, help="backfill: ... and before this date")
    run.add_argument("--skip-fetch", action="store_true", help="only the NLP part")
    run.add_argument("--limit", type=int, help="at most this many articles through the NLP")
    run.add_argument("--processes", type=_positive_int, metavar="N",
                     help="spaCy worker processes for the NLP (default: $NEWSFLOW_NLP_PROCESSES or 1)")
    run.add_argument("--feeds-file", help="feed list (default: $NEWSFLOW_FEEDS_FILE or config/feeds.yaml)")
    run.set_defaults(func=cmd_run)

    demo = sub.add_parser("demo", help="serve the sample feeds locally, run both DAGs with Airflow, print a summary")
    demo.add_argument("--port", type=int, default=8765, help="port of the local sample-feed server (0: any free port)")
    demo.set_defaults(func=cmd_demo)

    for name, (module, help_text) in PLUGGED.items():
        p = sub.add_parser(name, help=help_text)
        p.set_defaults(func=_plugged(module), plugged_module=module)
        try:
            importlib.import_module(module).add_arguments(p)
        except ModuleNotFoundError as exc:
            if not exc.name or not module.startswith(exc.name):
                raise
            p.description = f"(not available in this build: {module} is missing)"
    return parser


def _plugged(module: str):
    def run(args: argparse.Namespace) -> int:
        return importlib.import_module(module).run(args)
    return run


def cmd_db_migrate(args: argparse.Namespace) -> int:
    from newsflow.store.migrate import migrate

    report = migrate(args.db)
    if report.applied:
        print(f"applied {len(report.applied)} migration(s): {', '.join(report.applied)}")
    else:
        print(f"database is up to date ({report.already} migrations applied before)")
    return 0


def cmd_db_status(args: argparse.Namespace) -> int:
    from newsflow.store.migrate import status

    states = status(args.db)
    for st in states:
        mark = "applied" if st.applied else "PENDING"
        print(f"{mark:8} {st.id}{'' if st.reversible else '  (no rollback)'}")
    pending = sum(not st.applied for st in states)
    print(f"{len(states) - pending} applied, {pending} pending")
    return 1 if pending else 0


def cmd_db_rollback(args: argparse.Namespace) -> int:
    from newsflow.store.migrate import rollback

    undone = rollback(args.db, last=args.last, to=args.to)
    print(f"rolled back {len(undone)} migration(s): {', '.join(undone)}" if undone else "nothing to roll back")
    return 0


def cmd_extract(args: argparse.Namespace) -> int:
    from newsflow.nlp.model import load_pipeline
    from newsflow.nlp.pipeline import Document, extract_many
    from newsflow.nlp.serialize import extraction_json

    raw = _read_text(args.file)
    if not args.jsonl:
        documents, rejected = [Document(raw, args.published, args.country)], []
    else:
        parsed = list(_jsonl_documents(raw, args))
        documents = [d for d in parsed if isinstance(d, Document)]
        rejected = [r for r in parsed if not isinstance(r, Document)]
    nlp = load_pipeline(args.model)
    pending = iter(rejected)
    waiting = next(pending, None)
    for document, extraction in extract_many(documents, nlp=nlp):
        out = extraction_json(extraction)
        out["language"] = _language(document, args.jsonl)
        if not args.jsonl:
            print(json.dumps(out, ensure_ascii=False, indent=2))
            continue
        number, doc_id = document.key
        while waiting is not None and waiting["line"] < number:  # one output line per input line, in order
            print(json.dumps(waiting, ensure_ascii=False))
            waiting = next(pending, None)
        print(json.dumps(({"id": doc_id} if doc_id is not None else {}) | out, ensure_ascii=False))
    while waiting is not None:
        print(json.dumps(waiting, ensure_ascii=False))
        waiting = next(pending, None)
    for r in rejected:
        print(f"newsflow extract: line {r['line']}: {r['error']}", file=sys.stderr)
    return 1 if rejected else 0


def _language(document, jsonl: bool) -> str:
    """The text's language (py3langid, as for feed entries); the model and rules are German-only,
    so another language is said on stderr: its entities and events are not to be trusted."""
    from newsflow.feeds.language import detect_language

    guess = detect_language(document.text)
    if guess.language != "de":
        where = f"line {document.key[0]}: " if jsonl else ""
        print(f"newsflow extract: {where}the text looks like '{guess.language}' (p={guess.score:.2f}), not German; "
              "its entities and events are unreliable", file=sys.stderr)
    return guess.language


def _read_text(path: str) -> str:
    """The input as text: UTF-8 (with or without BOM), else the encoding charset-normalizer finds
    (old German files are often Windows-1252: "Stra\\xdfe"); binary input is refused, not mangled."""
    try:
        data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except OSError as exc:
        raise SystemExit(f"newsflow extract: cannot read {path}: {exc.strerror or exc}")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best() if b"\x00" not in data else None
    if best is None:
        raise SystemExit(f"newsflow extract: {path} is not text (neither UTF-8 nor a known encoding)")
    text, encoding = str(best), best.encoding
    try:
        if data.decode("cp1252") == text:
            encoding = "cp1252"  # same text: name the Western code page German files come in, not cp1250
    except UnicodeDecodeError:
        pass
    print(f"newsflow extract: {path} is not UTF-8; read as {encoding}", file=sys.stderr)
    return text


def _jsonl_documents(raw: str, args: argparse.Namespace):
    """A Document per good line; for a bad line ``{"line": n, "error": ...}``, which takes that line's
    place in the output, so one broken record neither stops the batch nor shifts the others."""
    from newsflow.nlp.pipeline import Document

    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"not JSON: {exc}") from None
            if not isinstance(obj, dict):
                raise TypeError("not a JSON object")
            text = obj["text"]
            if not isinstance(text, str):
                raise TypeError("'text' must be a string")
            published = _publication_day(obj["published"]) if obj.get("published") else args.published
            country = obj.get("country") or args.country
            if isinstance(country, str):
                country = country.lower()  # "CH" as written in ISO 3166
            if country is not None and country not in COUNTRIES:
                raise ValueError(f"'country' must be one of {', '.join(COUNTRIES)}, not {country!r}")
        except KeyError:
            yield {"line": number, "error": "no 'text' field"}
            continue
        except (ValueError, TypeError, argparse.ArgumentTypeError) as exc:
            yield {"line": number, "error": str(exc)}
            continue
        yield Document(text, published, country, key=(number, obj.get("id")))


def cmd_run(args: argparse.Namespace) -> int:
    from newsflow.jobs.run import run_once

    since = datetime.combine(args.since, datetime.min.time(), timezone.utc) if args.since else None
    until = datetime.combine(args.until, datetime.min.time(), timezone.utc) if args.until else None
    summary = run_once(
        feeds_file=args.feeds_file, fetch=not args.skip_fetch, since=since, until=until, limit=args.limit,
        progress=True, processes=args.processes,
    )
    print(json.dumps(summary, ensure_ascii=False, indent=2, default=str))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from newsflow.demo import run_demo

    return run_demo(port=args.port)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args) or 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # an operator's mistake gets one clear line, a bug keeps its traceback
        message = _operator_error(exc)
        if message is None:
            raise
        print(f"newsflow {args.command}: {message}", file=sys.stderr)
        return 2


def _operator_error(exc: Exception) -> str | None:
    """The message for errors that come from configuration or the environment, not from a bug:
    an unusable feeds.yaml, an unreachable database."""
    from newsflow.feeds.config import FeedConfigError

    from newsflow.store.migrate import RollbackRefused

    if isinstance(exc, (FeedConfigError, RollbackRefused)):
        return str(exc)
    try:
        import psycopg2
    except ImportError:
        return None
    if isinstance(exc, psycopg2.OperationalError):
        detail = " ".join(str(exc).split())
        return f"cannot reach the database ({detail}); check --db or NEWSFLOW_DB_URL"
    return None


if __name__ == "__main__":
    sys.exit(main())
