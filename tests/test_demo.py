"""``newsflow demo``'s sample-feed server: a busy port must not stop the demo."""
from __future__ import annotations

import socket
import sys
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "plugins"))

from newsflow.demo import feed_server  # noqa: E402


def test_a_busy_port_falls_back_to_a_free_one(capsys):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        with feed_server(taken) as server:
            assert not server.base_url.endswith(f":{taken}")
            with urllib.request.urlopen(server.base_url + "/") as listing:  # the sample directory is served
                assert listing.status == 200
    assert f"port {taken} is in use" in capsys.readouterr().err


def test_summary_cells_show_surfaces_without_feed_markup():
    from newsflow.demo import _cell

    assert _cell("1,3&nbsp;Milliarden Euro") == "1,3 Milliarden Euro"
    assert _cell("AT&amp;T\nInc.") == "AT&T Inc."
    assert (_cell(None), _cell(1300000000)) == ("", "1300000000")
