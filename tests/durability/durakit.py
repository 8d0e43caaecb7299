"""Helpers of the fault tests: a throw-away PostgreSQL server and the all-or-nothing check."""
from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

import synth  # noqa: E402

PG_BIN = Path(os.environ.get("NEWSFLOW_PG_BIN", "/usr/lib/postgresql/15/bin"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayPostgres:
    """A private PostgreSQL cluster in a temp dir, so a test may stop and start it at will.

    initdb refuses to run as root, so as root every server command runs as the ``postgres``
    OS user (via runuser) on a directory owned by it.
    """

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="newsflow-pg-"))
        self.data = self.root / "data"
        self.socket_dir = self.root / "sock"
        self.log = self.root / "server.log"
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        self.socket_dir.mkdir()
        if self.as_root:
            user = pwd.getpwnam("postgres")
            for path in (self.root, self.socket_dir):
                os.chown(path, user.pw_uid, user.pw_gid)

    @staticmethod
    def missing() -> str | None:
        """Why a throw-away server cannot run here, or None."""
        for tool in ("initdb", "pg_ctl", "postgres"):
            if not (PG_BIN / tool).exists():
                return f"PostgreSQL server binaries not found in {PG_BIN} (set NEWSFLOW_PG_BIN)"
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                return "running as root and there is no 'postgres' OS user to run initdb as"
            if not shutil.which("runuser"):
                return "running as root and runuser is missing"
        return None

    def _run(self, *args: str, timeout: float = 60) -> None:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True, timeout=timeout)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C.UTF-8", "--no-sync")

    def start(self) -> None:
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={self.socket_dir} "
                   "-c fsync=off -c full_page_writes=off")  # a crash of the process, not the machine, is tested
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-t", "60", "-o", options, "start")

    def stop(self, mode: str = "fast") -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        import psycopg2

        name = f"newsflow_{uuid.uuid4().hex[:8]}"
        admin = psycopg2.connect(self.url())
        admin.autocommit = True
        with admin.cursor() as cur:
            cur.execute(f'CREATE DATABASE "{name}"')
        admin.close()
        return self.url(name)

    def destroy(self) -> None:
        try:
            self.stop("immediate")
        except subprocess.CalledProcessError:
            pass  # already stopped
        shutil.rmtree(self.root, ignore_errors=True)


@dataclass(frozen=True)
class Expected:
    mentions: int
    quantities: int
    events: int
    participants: int
    replacements: int


def expected(x) -> Expected:
    """Rows one article's extraction must produce (de-duplicated on the tables' unique keys)."""
    events = {(e.trigger_start, e.type) for e in x.events}
    participants = {(e.trigger_start, e.type, a.role, a.start) for e in x.events for a in e.actors}
    return Expected(
        mentions=len({(m.start, m.end, m.label) for m in x.entities}),
        quantities=len({(q.start, q.end) for q in x.quantities}),
        events=len(events), participants=len(participants),
        replacements=len({(r.start, r.kind) for r in x.replacements}),
    )


def synthetic_queue(conn, n: int, start: int = 0) -> dict[int, Expected]:
    """Store ``n`` pending synthetic articles; their ids with the rows each must end up with."""
    arts = list(synth.articles(n, start=start))
    ids = synth.store_articles(conn, arts)
    return {article_id: expected(synth.gold_extraction(a)) for article_id, a in zip(ids, arts)}


def gold_pairs(conn, only_pending: bool = True):
    """(article id, gold extraction) for stored synthetic articles, in id order, lazily."""
    with conn.cursor() as cur:
        cur.execute("SELECT id, entry_key FROM articles WHERE %s = false OR nlp_status = 'pending' ORDER BY id",
                    (only_pending,))
        rows = cur.fetchall()
    conn.commit()
    for article_id, key in rows:
        _, seed, i = key.split("-")
        yield article_id, synth.gold_extraction(synth.article(int(i), int(seed)))


def loaded_state(conn) -> dict[int, tuple[str, Expected]]:
    """Per article: NLP status and the rows actually stored."""
    with conn.cursor() as cur:
        cur.execute("""
            SELECT a.id, a.nlp_status,
                   (SELECT count(*) FROM entity_mentions m WHERE m.article_id = a.id),
                   (SELECT count(*) FROM quantities q WHERE q.article_id = a.id),
                   (SELECT count(*) FROM events e WHERE e.article_id = a.id),
                   (SELECT count(*) FROM event_participants p JOIN events e ON e.id = p.event_id
                     WHERE e.article_id = a.id),
                   (SELECT count(*) FROM normalization_replacements r WHERE r.article_id = a.id)
            FROM articles a ORDER BY a.id""")
        rows = cur.fetchall()
    conn.commit()
    return {row[0]: (row[1], Expected(*row[2:])) for row in rows}


def assert_all_or_nothing(conn, want: dict[int, Expected]) -> set[int]:
    """Every article is done with exactly its rows, or pending with none; returns the done ids."""
    state = loaded_state(conn)
    assert set(state) == set(want)
    empty = Expected(0, 0, 0, 0, 0)
    done = set()
    for article_id, (status, rows) in state.items():
        if status == "done":
            assert rows == want[article_id], f"article {article_id} is done but has {rows}, not {want[article_id]}"
            done.add(article_id)
        else:
            assert (status, rows) == ("pending", empty), f"article {article_id}: {status} with {rows}"
    with conn.cursor() as cur:
        cur.execute("SELECT count(*) - count(DISTINCT (canonical, label)) FROM entities")
        assert cur.fetchone()[0] == 0
    conn.commit()
    return done
