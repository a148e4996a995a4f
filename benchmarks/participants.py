"""Phones in the room under load: N simulated phones on loopback against the running app.

The real main window runs offscreen with a workshop file open and the devices feature
serving on 127.0.0.1. Each phone (an aiohttp client coroutine on another thread) joins with
a name and consent, adds its cards one by one (some requests sent twice with the same
idempotency key, as a phone does when an answer is lost), then tries to spend two dots more
than the round's budget. Meanwhile a 5 ms timer on the GUI thread records the longest stall
of the event loop. Afterwards the file is read back.

Baseline in the same run: the same number of cards applied directly through the applier on
the GUI thread (no HTTP, no thread hop): `ack_vs_direct_p50` is the acknowledgement's p50
over the direct apply's p50.

Goals: nothing lost, no duplicates, no budget exceeded, p95 acknowledgement <= 200 ms,
GUI stall <= 100 ms. Bounded: at most --phones phones, --cards cards each, and a hard
--timeout. Prints JSON.

    python benchmarks/participants.py [--phones 60] [--cards 10] [--spread 20] [--timeout 90]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUDGET = 5
RETRY_SHARE = 0.1


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def make_file(path: Path) -> tuple[str, str]:
    from coi_desktop.models import Card, VotingRound, Workshop, new_id
    from coi_desktop.storage import create_workshop_file

    w = Workshop.new("Load", language="en", template="blank", canvas_name="Board")
    canvas = w.canvases.ordered()[0].id
    w.cards.add([Card(new_id(), canvas, "barrier", f"Seed {n}", x=40.0 + 200 * (n % 8),
                      y=40.0 + 120 * (n // 8)) for n in range(20)])
    voting = VotingRound(new_id(), canvas, "Load round", kinds=("barrier", "opportunity"),
                         dots_per_participant=BUDGET, max_per_card=2)
    w.voting.add(voting)
    create_workshop_file(path, w)
    return canvas, voting.id


class Phones:
    """The simulated phones and what they saw."""

    def __init__(self, url: str, code: str, phones: int, cards: int, spread: float) -> None:
        self.url = url.rstrip("/")
        self.code = code
        self.phones = phones
        self.cards = cards
        self.spread = spread
        self.latencies: list[float] = []
        self.sent = 0
        self.acked: list[str] = []
        self.errors: Counter[str] = Counter()
        self.dots_acked: dict[int, int] = {}

    async def run(self) -> None:
        import aiohttp

        connector = aiohttp.TCPConnector(limit=0)
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(connector=connector, timeout=timeout) as http:
            await asyncio.gather(*(self.phone(http, n) for n in range(self.phones)))

    async def post(self, http: Any, path: str, body: dict[str, Any], token: str = ""
                   ) -> tuple[int, dict[str, Any]]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        async with http.post(self.url + path, json=body, headers=headers) as answer:
            return answer.status, await answer.json()

    async def phone(self, http: Any, n: int) -> None:
        rng = random.Random(n)
        await asyncio.sleep(rng.uniform(0, 1.0))
        status, joined = await self.post(http, "/api/join", {
            "code": self.code, "name": f"Phone person {n}", "consent": True})
        if status != 200:
            self.errors[f"join {status}"] += 1
            return
        token = joined["token"]
        steps = self.cards + BUDGET + 2
        pause = self.spread / steps
        for c in range(self.cards):
            await asyncio.sleep(pause * rng.uniform(0.5, 1.5))
            body = {"key": f"phone{n:03d}card{c:03d}x", "kind": "opportunity",
                    "title": f"Idea {c} from phone {n}", "text": "<b>stays text</b>"}
            self.sent += 1
            start = time.perf_counter()
            status, answer = await self.post(http, "/api/cards", body, token)
            self.latencies.append(time.perf_counter() - start)
            if status != 200:
                self.errors[f"card {status} {answer.get('error')}"] += 1
                continue
            self.acked.append(answer["card"]["id"])
            if rng.random() < RETRY_SHARE:  # the answer "got lost": the phone sends it again
                await self.post(http, "/api/cards", body, token)
        async with http.get(self.url + "/api/state",
                            headers={"Authorization": f"Bearer {token}"}) as answer:
            state = await answer.json()
        cards = [c["id"] for c in state["state"]["vote"]["cards"]]
        spent = 0
        for d in range(BUDGET + 2):  # two more than allowed: the server must refuse them
            await asyncio.sleep(pause * rng.uniform(0.5, 1.5))
            body = {"key": f"phone{n:03d}dot{d:03d}xx", "card_id": rng.choice(cards)}
            start = time.perf_counter()
            status, answer = await self.post(http, "/api/votes", body, token)
            self.latencies.append(time.perf_counter() - start)
            if status == 200:
                spent += 1
            elif answer.get("error") not in ("budget", "card_full"):
                self.errors[f"vote {status} {answer.get('error')}"] += 1
        self.dots_acked[n] = spent


def instrument_voting_dock(coalesce: bool) -> list[float]:
    """Measure the GUI time the Dot voting dock spends rebuilding its table (it does so on
    every card or vote change); with `coalesce`, let it rebuild at most every 200 ms and
    not while hidden (what the report proposes to its owner)."""
    from PySide6.QtCore import QTimer

    from coi_desktop.views.room import voting

    spent = [0.0]
    original = voting.VotingDock.refresh

    def timed(self: Any) -> None:
        start = time.perf_counter()
        original(self)
        spent[0] += time.perf_counter() - start

    def coalesced(self: Any) -> None:
        if not self.isVisible():
            return  # the proposed fix also refreshes once when the dock is shown
        timer = getattr(self, "_bench_timer", None)
        if timer is None:
            timer = self._bench_timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(200)
            timer.timeout.connect(lambda: timed(self))
        if not timer.isActive():
            timer.start()

    voting.VotingDock.refresh = coalesced if coalesce else timed
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--phones", type=int, default=60)
    parser.add_argument("--cards", type=int, default=10)
    parser.add_argument("--spread", type=float, default=20.0,
                        help="seconds over which each phone spreads its submissions")
    parser.add_argument("--timeout", type=float, default=90.0)
    parser.add_argument("--coalesce-voting-dock", action="store_true",
                        help="simulate the proposed fix: the Dot voting dock refreshes at most "
                        "every 200 ms, and only while it is shown, instead of on every change")
    args = parser.parse_args()
    args.phones = max(1, min(args.phones, 200))
    args.cards = max(1, min(args.cards, 25))  # 25 + 7 dots stays under the rate limit

    tmp = Path(tempfile.mkdtemp(prefix="coi-participants-"))
    for name in ("HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        os.environ[name] = str(tmp / name.lower())
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QElapsedTimer, QEventLoop, QStandardPaths, QTimer

    from coi_desktop.services.room_server import RoundPolicy
    from coi_desktop.storage import read_workshop
    from coi_desktop.views import application

    QStandardPaths.setTestModeEnabled(True)
    in_voting_dock = instrument_voting_dock(args.coalesce_voting_dock)
    path = tmp / "load.coi"
    canvas_id, round_id = make_file(path)
    app = application.make_application()
    window = application.shell().open_path(path)
    window.resize(1400, 900)
    window.show()
    from coi_desktop.views import devices as feature

    controller = getattr(window, "devices", None) or feature.install(window)
    policy = RoundPolicy(canvas_id, kinds=("opportunity",), vote_round_id=round_id)
    assert controller.start(policy, "127.0.0.1", 0)
    session = controller.session

    # The GUI's pulse: a 5 ms timer; the longest gap minus 5 ms is the longest stall.
    clock = QElapsedTimer()
    clock.start()
    gaps: list[float] = []
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0] - 5)
        last[0] = now

    pulse = QTimer()
    pulse.setInterval(5)
    pulse.timeout.connect(tick)
    pulse.start()

    phones = Phones(session.url, session.code, args.phones, args.cards, args.spread)
    done = threading.Event()
    failure: list[BaseException] = []

    def client() -> None:
        try:
            asyncio.run(asyncio.wait_for(phones.run(), args.timeout))
        except BaseException as exc:
            failure.append(exc)
        finally:
            done.set()

    started = time.perf_counter()
    thread = threading.Thread(target=client, daemon=True)
    thread.start()
    loop = QEventLoop()
    watcher = QTimer()
    watcher.timeout.connect(lambda: done.is_set() and loop.quit())
    watcher.start(20)
    loop.exec()
    elapsed = time.perf_counter() - started
    pulse.stop()
    app.processEvents()
    controller.stop()
    file_path = window.workshop_file.path

    # Baseline: the same number of cards through the applier directly on the GUI thread.
    from coi_desktop.services.room_server import CardSubmission, DeviceBook

    book = DeviceBook()
    device = book.join()
    direct: list[float] = []
    applier = session.applier
    for n in range(args.phones * args.cards):
        sub = CardSubmission(f"direct{n:06d}", "opportunity", f"Direct {n}")
        start = time.perf_counter()
        applier.apply(device, sub)
        direct.append(time.perf_counter() - start)
    window.close()
    app.processEvents()

    stored = read_workshop(file_path)
    titles = Counter(c.title for c in stored.cards.values() if " from phone " in c.title)
    per_person: Counter[str] = Counter()
    for vote in stored.voting.votes.values():
        if vote.participant_id:
            per_person[vote.participant_id] += vote.count
    ms = [x * 1000 for x in phones.latencies]
    p50 = statistics.median(ms) if ms else float("nan")
    direct_p50 = statistics.median(direct) * 1000
    result = {
        "phones": args.phones, "cards_per_phone": args.cards, "spread_s": args.spread,
        "elapsed_s": round(elapsed, 2),
        "cards_sent": phones.sent,
        "cards_acknowledged": len(phones.acked),
        "cards_in_file": sum(titles.values()),
        "acknowledged_missing_from_file": sum(1 for cid in phones.acked
                                              if cid not in stored.cards),
        "duplicates": sum(n - 1 for n in titles.values() if n > 1),
        "budget_violations": sum(1 for n in per_person.values() if n > BUDGET)
        + sum(1 for n in phones.dots_acked.values() if n > BUDGET),
        "dots_acknowledged": sum(phones.dots_acked.values()),
        "dots_in_file": sum(v.count for v in stored.voting.votes.values()),
        "ack_latency_ms": {"p50": round(p50, 1), "p95": round(percentile(ms, 95), 1),
                           "max": round(max(ms), 1) if ms else None, "n": len(ms)},
        "direct_apply_ms_p50": round(direct_p50, 2),
        "ack_vs_direct_p50": round(p50 / direct_p50, 1) if direct_p50 else None,
        "gui_longest_stall_ms": round(max(gaps), 1) if gaps else None,
        "gui_time_in_voting_dock_refresh_s": round(in_voting_dock[0], 2),
        "voting_dock_coalesced": args.coalesce_voting_dock,
        "peak_memory_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "errors": dict(phones.errors),
        "client_failure": repr(failure[0]) if failure else None,
    }
    result["goals_met"] = (
        result["cards_in_file"] == result["cards_sent"] == result["cards_acknowledged"]
        and result["duplicates"] == 0 and result["budget_violations"] == 0
        and result["ack_latency_ms"]["p95"] <= 200 and (result["gui_longest_stall_ms"] or 0)
        <= 100)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
