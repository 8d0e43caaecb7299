"""End-to-end throughput: N synthetic articles through normalize → NER → events → load.

Runs the production path (``newsflow.jobs.nlp.process_pending``: Postgres queue →
``extract_many`` with ``nlp.pipe`` batching → ``store.bulk`` batch loads) on a
separate, throw-away database, with timers wrapped around each stage, and in the
same run two baselines over the very same data:

- bare ``nlp.pipe`` over the same article texts (NLP ratio = bare time / NLP-stage time, goal >= 0.8);
- a raw ``COPY`` of the same rows the load wrote, into tables of the same shape and
  indexes but without the load's locks, look-ups, upserts and replacement logic
  (load ratio = load time / COPY time, goal <= 1.5).

Articles stream from the generator into Postgres and from Postgres through the
pipeline in batches, so the resident memory stays flat as N grows (it is printed at
25/50/75/100 % of the run). Figures are ratios within one run; absolute rates depend
on the machine and on whatever else its cores are doing.

    .venv/bin/python bench/pipeline_bench.py 1000 [--db URL] [--keep] [--load-batch 200]
"""
from __future__ import annotations

import argparse
import io
import os
import resource
import sys
import time
import uuid
from contextlib import contextmanager
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse, urlunparse

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synth  # noqa: E402

from newsflow.jobs import nlp as job  # noqa: E402
from newsflow.nlp import pipeline  # noqa: E402
from newsflow.store import bulk  # noqa: E402
from newsflow.store import nlp as store_nlp  # noqa: E402
from newsflow.store.db import connect, db_url  # noqa: E402
from newsflow.store.migrate import migrate  # noqa: E402


@dataclass
class Stage:
    seconds: float = 0.0
    articles: int = 0
    words: int = 0

    def line(self, name: str) -> str:
        rate = self.articles / self.seconds if self.seconds else float("nan")
        words = self.words / self.seconds if self.seconds else float("nan")
        return f"{name:<22} {self.seconds:9.2f} s {rate:10.1f} articles/s {words:12.0f} words/s"


@dataclass
class Timers:
    stages: dict[str, Stage] = field(default_factory=dict)

    def stage(self, name: str) -> Stage:
        return self.stages.setdefault(name, Stage())

    @contextmanager
    def timed(self, name: str, articles: int = 0, words: int = 0):
        started = time.perf_counter()
        try:
            yield
        finally:
            s = self.stage(name)
            s.seconds += time.perf_counter() - started
            s.articles += articles
            s.words += words


def rss_mb() -> float:
    """Current resident set size (Linux /proc; the peak from getrusage elsewhere)."""
    try:
        resident_pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return peak_rss_mb()
    return resident_pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


# --- database set-up ------------------------------------------------------------

def create_database(server_url: str) -> str:
    import psycopg2

    name = f"newsflow_bench_{uuid.uuid4().hex[:8]}"
    admin = psycopg2.connect(urlunparse(urlparse(server_url)._replace(path="/postgres")))
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    return urlunparse(urlparse(server_url)._replace(path=f"/{name}"))


def drop_database(url: str) -> None:
    import psycopg2

    name = urlparse(url).path.lstrip("/")
    admin = psycopg2.connect(urlunparse(urlparse(url)._replace(path="/postgres")))
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def create_baseline_tables(conn) -> None:
    """Same columns, indexes and foreign keys as the real tables; no locks, look-ups or upserts."""
    from newsflow.store.sql import query

    with conn.cursor() as cur:
        cur.execute(query("nlp/bench_baseline_tables"))
    conn.commit()


def enqueue(conn, n: int, timers: Timers, chunk: int = 1000) -> None:
    for start in range(0, n, chunk):
        items = list(synth.articles(min(chunk, n - start), start=start))
        with timers.timed("generate+store", len(items), sum(a.words for a in items)):
            synth.store_articles(conn, items)


# --- the instrumented production run -----------------------------------------------

class BaselineCopy:
    """COPYs exactly the rows a batch load wrote into the copy_* tables, timing only the COPY."""

    def __init__(self, conn) -> None:
        self.conn = conn
        self.seconds = 0.0  # the COPY itself: the baseline
        self.overhead = 0.0  # everything this class does, rows built included: not the pipeline's time
        self.rows = 0
        self.entities: dict[tuple[str, str], int] = {}
        self.next_event = 1

    def batch(self, items) -> None:
        entered = time.perf_counter()
        try:
            self._copy(items)
        finally:
            self.overhead += time.perf_counter() - entered

    def _copy(self, items) -> None:
        batch = dict(items)
        wanted = store_nlp.entity_aliases(batch.values())
        new = sorted(set(wanted) - set(self.entities))
        for key in new:
            self.entities[key] = len(self.entities) + 1
        entity_rows = [(self.entities[k], k[0], k[1], sorted(wanted[k])) for k in new]
        events = bulk.event_rows(batch, self.entities)
        event_ids = list(range(self.next_event, self.next_event + len(events)))
        self.next_event += len(events)
        tables = {
            "copy_entities (id, canonical, label, aliases)": [
                (i, c, label, "{" + ",".join('"' + a.replace("\\", "\\\\").replace('"', '\\"') + '"'
                                             for a in aliases) + "}")
                for i, c, label, aliases in entity_rows],
            "copy_entity_mentions (article_id, entity_id, label, start_offset, end_offset, surface, "
            "model_name, model_version)": bulk.mention_rows(batch, self.entities),
            "copy_quantities (article_id, value, unit, qualifier, approximate, start_offset, end_offset, "
            "surface)": bulk.quantity_rows(batch),
            "copy_normalization_replacements (article_id, start_offset, end_offset, original, normalized, "
            "kind)": bulk.replacement_rows(batch),
            "copy_events (id, article_id, event_type, cameo_code, trigger, trigger_start, trigger_end, "
            "sentence_start, sentence_end, event_date, date_precision, date_text, place_entity_id, "
            "place_text, place_start, place_end, count_value, count_unit, count_qualifier, "
            "count_approximate, negated, modality, confidence, model_name, model_version, lexicon_version)":
                [(eid, *row) for eid, (row, _) in zip(event_ids, events)],
            "copy_event_participants (event_id, role, entity_id, surface, start_offset, end_offset)":
                bulk.participant_rows([(eid, actors) for eid, (_, actors) in zip(event_ids, events)],
                                      self.entities),
        }
        # Timed from the formatting on: what any raw COPY from Python costs (the tuples are given).
        started = time.perf_counter()
        buffers = {target: bulk.copy_text(rows) for target, rows in tables.items() if rows}
        with self.conn.cursor() as cur:
            for target, text in buffers.items():
                cur.copy_expert(f"COPY {target} FROM STDIN", io.StringIO(text))
        self.conn.commit()
        self.seconds += time.perf_counter() - started
        self.rows += sum(len(rows) for rows in tables.values())


def instrument(timers: Timers, baseline: BaselineCopy, total: int, memory: list) -> None:
    """Wrap the stages of the production path with timers (module attributes, this process only)."""
    normalize, analyse, save_batch = pipeline.normalize, pipeline._analyse, bulk.save_batch
    done = {"n": 0}

    def timed_normalize(text, country=None):
        words = len(text.split())
        with timers.timed("normalize", 1, words):
            return normalize(text, country)

    def timed_analyse(doc, norm, document, *args):
        words = len(norm.original.split())
        with timers.timed("events+quantities", 1, words):
            return analyse(doc, norm, document, *args)

    def timed_save_batch(conn, items):
        words = sum(len(x.text.split()) for _, x in items)
        with timers.timed("load (bulk)", len(items), words):
            report = save_batch(conn, items)
        baseline.batch(items)
        before, done["n"] = done["n"], done["n"] + len(items)
        for mark in (0.25, 0.5, 0.75, 1.0):
            if before < mark * total <= done["n"]:
                memory.append((int(mark * 100), rss_mb()))
        return report

    pipeline.normalize = timed_normalize
    pipeline._analyse = timed_analyse
    bulk.save_batch = timed_save_batch


def interleave_bare_pipe(nlp, batch_size: int, timers: Timers, chunk: int = 200) -> None:
    """Run plain ``nlp.pipe`` over each chunk of queued article texts just before or after the pipeline.

    Interleaved, the baseline and the pipeline share the machine's load of the moment (the
    cores are shared), which a separate pass before or after would not.
    """
    pending = job.store.pending_articles

    def bare(rows) -> None:
        texts = [a.text for a in rows]
        with timers.timed("bare nlp.pipe", len(texts), sum(len(t.split()) for t in texts)):
            for _ in nlp.pipe(texts, batch_size=batch_size):
                pass

    def with_baseline(conn, *args, **kwargs):
        stream = pending(conn, *args, **kwargs)
        # Whoever sees a text first pays for new vocabulary entries: alternate who goes first.
        for n, rows in enumerate(iter(lambda: list(islice(stream, chunk)), [])):
            if n % 2 == 0:
                bare(rows)
                yield from rows
            else:
                yield from rows
                bare(rows)

    job.store.pending_articles = with_baseline


def bare_pipe_pass(conn, nlp, batch_size: int, processes: int, timers: Timers) -> None:
    """With worker processes, one bare ``nlp.pipe(n_process=...)`` pass over the queued texts, before the
    pipeline (interleaving would start new workers for every chunk, which the pipeline does once)."""
    def texts():
        for article in job.store.pending_articles(conn):
            stage = timers.stage("bare nlp.pipe")
            stage.articles += 1
            stage.words += len(article.text.split())
            yield article.text

    with timers.timed("bare nlp.pipe"):
        for _ in nlp.pipe(texts(), batch_size=batch_size, n_process=processes):
            pass
    conn.rollback()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of synthetic articles")
    parser.add_argument("--db", help="server URL; a new database is created on it (default: $NEWSFLOW_DB_URL)")
    parser.add_argument("--keep", action="store_true", help="keep the benchmark database afterwards")
    parser.add_argument("--batch-size", type=int, default=32, help="nlp.pipe batch size")
    parser.add_argument("--load-batch", type=int, default=200, help="articles per load transaction")
    parser.add_argument("--processes", type=int, default=1,
                        help="spaCy worker processes, for the pipeline and the bare baseline alike")
    args = parser.parse_args(argv)

    from newsflow.nlp.model import load_pipeline, model_info

    url = create_database(db_url(args.db))
    try:
        migrate(url)
        conn = connect(url)
        create_baseline_tables(conn)
        timers, memory = Timers(), []
        enqueue(conn, args.n, timers)
        nlp = load_pipeline()
        baseline = BaselineCopy(connect(url))
        if args.processes > 1:
            bare_pipe_pass(conn, nlp, args.batch_size, args.processes, timers)
        instrument(timers, baseline, args.n, memory)
        if args.processes == 1:
            interleave_bare_pipe(nlp, args.batch_size, timers)
        started = time.perf_counter()
        result = job.process_pending(conn, batch_size=args.batch_size, load_batch_size=args.load_batch,
                                     processes=args.processes)
        st = timers.stages
        # The baselines run inside the production loop; their whole time is taken out of its wall time.
        bare_inside = st["bare nlp.pipe"].seconds if args.processes == 1 else 0.0
        wall = time.perf_counter() - started - bare_inside - baseline.overhead
        peak_pipeline = peak_rss_mb()

        ner_seconds = (wall - st["load (bulk)"].seconds - st["normalize"].seconds
                       - st["events+quantities"].seconds)
        # nlp.pipe runs interleaved with the rest, so the NER share is the wall time minus the others.
        words = st["normalize"].words
        st["NER (nlp.pipe, derived)"] = Stage(ner_seconds, result.articles + result.failed, words)
        nlp_stage = Stage(wall - st["load (bulk)"].seconds, result.articles + result.failed, words)
        st["NLP stage total"] = nlp_stage
        st["raw COPY baseline"] = Stage(baseline.seconds, st["load (bulk)"].articles, st["load (bulk)"].words)
        st["end to end"] = Stage(wall, result.articles, words)

        info = model_info(nlp)
        print(f"pipeline_bench N={args.n}  model={info.name}@{info.version}  nlp.pipe batch={args.batch_size}"
              f"  load batch={args.load_batch}  processes={args.processes}  cpus={os.cpu_count()}  loadavg={os.getloadavg()[0]:.2f}")
        print(f"articles loaded={result.articles} failed={result.failed} entities={result.entities} "
              f"quantities={result.quantities} events={result.events} rows COPYed in baseline={baseline.rows}")
        for name in ("generate+store", "normalize", "NER (nlp.pipe, derived)", "events+quantities",
                     "NLP stage total", "load (bulk)", "raw COPY baseline", "end to end", "bare nlp.pipe"):
            print(st[name].line(name))
        nlp_ratio = st["bare nlp.pipe"].seconds / nlp_stage.seconds
        load_ratio = st["load (bulk)"].seconds / baseline.seconds
        print(f"NLP stage vs bare nlp.pipe (throughput ratio, goal >= 0.8): {nlp_ratio:.2f}")
        print(f"load vs raw COPY of the same rows (time ratio, goal <= 1.5): {load_ratio:.2f}")
        print("RSS during the run (MiB): " + ", ".join(f"{p}%={mb:.0f}" for p, mb in memory)
              + f"; peak RSS {peak_pipeline:.0f} MiB")
        conn.close()
        baseline.conn.close()
    finally:
        if not args.keep:
            drop_database(url)
    return 0


if __name__ == "__main__":
    sys.exit(main())
