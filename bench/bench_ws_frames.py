"""WebSocket frame gathering: the event-loop time one large client frame costs while its pieces arrive (issue 12).

    python bench/bench_ws_frames.py [--mb 32] [--rounds 3]

mitmproxy gathers a message's pieces with ``frame_buf[-1] += data``; on bytes that copies the whole frame at every
piece. ``gateway/addons/mitm_errors.ws_events`` makes the buffer a bytearray (appended in place). The benchmark feeds
one ``--mb`` MB binary frame to mitmproxy's ``WebsocketConnection`` in 64 KB reads, gathering the pieces as mitmproxy's
layer does, with mitmproxy's own ``events`` (the baseline) and with aigw's wrapper installed, rounds alternating in
the same run; it prints the median seconds of each and their ratio. No text is involved (a frame of one byte value).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import wsproto  # noqa: E402
from mitmproxy.proxy.layers.websocket import WebsocketConnection  # noqa: E402
from mitmproxy.test import tflow  # noqa: E402
from wsproto.events import BytesMessage  # noqa: E402

from gateway.addons import mitm_errors  # noqa: E402

READ = 65536


def one_frame(size: int, patched: bool) -> float:
    if patched:
        mitm_errors.install_ws_close(lambda _client: None, None)
    else:
        mitm_errors.uninstall_ws_close()
    f = tflow.twebsocketflow()
    conn = WebsocketConnection(wsproto.ConnectionType.CLIENT, conn=f.server_conn)
    conn._state = wsproto.connection.ConnectionState.OPEN
    peer = wsproto.Connection(wsproto.ConnectionType.SERVER)
    peer._state = wsproto.connection.ConnectionState.OPEN
    data = peer.send(BytesMessage(data=b"x" * size))
    t0 = time.perf_counter()
    for i in range(0, len(data), READ):
        conn.receive_data(data[i:i + READ])
        for event in conn.events():
            conn.frame_buf[-1] += event.data  # as mitmproxy's WebsocketLayer does
    return time.perf_counter() - t0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mb", type=int, default=32)
    ap.add_argument("--rounds", type=int, default=3)
    a = ap.parse_args()
    size = a.mb << 20
    base, aigw = [], []
    for _ in range(a.rounds):
        base.append(one_frame(size, False))
        aigw.append(one_frame(size, True))
    mitm_errors.uninstall_ws_close()
    b, g = statistics.median(base), statistics.median(aigw)
    print(f"one {a.mb} MB client frame in {READ // 1024} KB reads, median of {a.rounds} rounds: mitmproxy's gathering "
          f"{b:.2f} s, aigw's in place {g:.3f} s (ratio {b / g:.0f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
