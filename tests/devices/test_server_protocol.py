"""The room server's protocol, over real loopback HTTP into a real workshop file."""

from __future__ import annotations

import json
import socket
import time
from pathlib import Path
from typing import Any

from coi_desktop.models import new_id
from coi_desktop.services.room_server import RoundState
from coi_desktop.services.room_server.policy import MAX_BODY, RATE_PER_MINUTE
from coi_desktop.services.room_server.server import Timeouts

from .conftest import Room, open_room, raw_call, spin_until


def titles(room: Room) -> list[str]:
    return sorted(c.title for c in room.stored().cards.values())


def test_a_card_from_a_phone_is_in_the_file_on_the_undo_stack_and_in_its_zone(
        room: Room) -> None:
    token = room.join()
    status, answer = room.card(token, "No budget after the pilot", category="economy")
    assert status == 200 and answer["card"]["status"] == "live"
    stored = room.stored().cards[answer["card"]["id"]]
    assert stored.title == "No budget after the pilot" and stored.category == "economy"
    layout = room.workshop.canvases.layout(room.canvas_id)
    zone = next(z for z in layout.zones if z.key == "economy")
    assert zone.contains(stored.x + stored.width / 2, stored.y + stored.height / 2)
    assert room.stack.count() == 1 and "phone 1" in room.stack.undoText()
    room.stack.undo()
    assert answer["card"]["id"] not in room.stored().cards


def test_wrong_code_is_refused_and_nothing_else_is_served_without_a_token(room: Room) -> None:
    status, answer = room.call("POST", "/api/join", {"code": "QQQQQ"})
    assert status == 403 and answer["error"] == "wrong_code"
    assert answer["message"] == "That is not the join code."
    assert room.call("GET", "/api/state")[0] == 401
    assert room.call("POST", "/api/cards", {"key": new_id(), "kind": "barrier",
                                            "title": "x"}, "forged-token")[0] == 401
    assert titles(room) == ["Barrier 0", "Barrier 1", "Barrier 2"]


def test_guessing_codes_is_slowed_down(room: Room) -> None:
    answers = [room.call("POST", "/api/join", {"code": "QQQQQ"})[0] for _ in range(11)]
    assert answers[:10] == [403] * 10 and answers[10] == 429
    # Even the right code waits now: guessing gains nothing.
    assert room.call("POST", "/api/join", {"code": room.session.code})[0] == 429


def test_an_expired_code_says_so_and_joined_phones_keep_working(room: Room) -> None:
    token = room.join()
    old = room.session.code
    new = room.session.new_code()
    assert new != old and 4 <= len(new) <= 6
    status, answer = room.call("POST", "/api/join", {"code": old})
    assert status == 403 and answer["error"] == "expired"
    assert room.card(token, "Still here")[0] == 200
    room.session.stop()
    room.session.start("127.0.0.1", 0)  # a new run: a new code, the old ones expired
    assert room.session.code not in (old, new)
    assert room.call("POST", "/api/join", {"code": new})[1]["error"] == "expired"
    assert room.call("GET", "/api/state", token=token)[0] == 401


def test_oversized_requests_are_refused_and_nothing_is_stored(room: Room) -> None:
    token = room.join()
    status, answer = room.card(token, "x" * 201)
    assert status == 413 and answer["error"] == "too_long"
    assert "200" in answer["message"]
    assert room.card(token, "ok", text="y" * 2001)[0] == 413
    assert room.card(token, "x" * 200, text="y" * 2000)[0] == 200
    big = json.dumps({"key": new_id(), "kind": "barrier", "title": "z" * (MAX_BODY + 10)})
    status, answer = room.call("POST", "/api/cards", token=token, data=big.encode())
    assert status == 413 and answer["ok"] is False
    assert len(room.stored().cards) == 4


def test_malformed_requests_get_a_clear_error_and_the_server_keeps_serving(room: Room) -> None:
    token = room.join()
    bad: list[bytes] = [b"not json", b"[1, 2]", b"\xff\xfe", b'{"kind": "barrier"}',
                        json.dumps({"key": new_id(), "kind": "barrier", "title": 5}).encode(),
                        json.dumps({"key": "short", "kind": "barrier", "title": "x"}).encode(),
                        json.dumps({"key": new_id(), "kind": "dragon", "title": "x"}).encode(),
                        json.dumps({"key": new_id(), "kind": "barrier", "title": "x",
                                    "category": "nonsense"}).encode(),
                        json.dumps({"key": new_id(), "kind": "barrier",
                                    "title": "   "}).encode()]
    for data in bad:
        status, answer = room.call("POST", "/api/cards", token=token, data=data)
        assert status == 400, (data, answer)
        assert answer["ok"] is False and answer["message"].endswith(".")
    assert room.call("POST", "/api/votes", {"key": new_id(), "card_id": room.votable[0],
                                            "delta": 7}, token)[0] == 400
    assert room.card(token, "after all that")[0] == 200
    assert "after all that" in titles(room)


def test_no_directory_listing_and_no_files(room: Room) -> None:
    for path in ("/resources/", "/web/", "/app.js/..", "/../pyproject.toml",
                 "/%2e%2e/%2e%2e/pyproject.toml", "/index.html", "/favicon.ico",
                 "/coi_desktop/resources/web/app.js", "/api/"):
        status, answer = room.call("GET", path)
        assert status == 404, path
        assert answer["error"] == "not_found"


def test_a_retried_submission_is_stored_once(room: Room) -> None:
    token = room.join()
    key = new_id()
    first = room.card(token, "Retried", key=key)
    again = room.card(token, "Retried", key=key)
    assert first == again and first[0] == 200
    body = {"key": new_id(), "kind": "barrier", "title": "Twice at once"}
    both = room.calls([("POST", "/api/cards", body, token), ("POST", "/api/cards", body, token)])
    assert both[0] == both[1]
    assert titles(room).count("Retried") == 1 and titles(room).count("Twice at once") == 1


def test_the_rate_limit_is_per_device(room: Room) -> None:
    fast, other = room.join(), room.join()
    statuses = [room.card(fast, f"card {n}")[0] for n in range(RATE_PER_MINUTE + 1)]
    assert statuses[:RATE_PER_MINUTE] == [200] * RATE_PER_MINUTE
    assert statuses[-1] == 429
    status, answer = room.card(fast, "one more")
    assert status == 429 and "try again in" in answer["message"]
    assert room.card(other, "someone else")[0] == 200
    assert len(room.stored().cards) == 3 + RATE_PER_MINUTE + 1


def test_a_slow_client_times_out_while_others_are_served(qapp: Any, tmp_path: Path) -> None:
    room = open_room(tmp_path, timeouts=Timeouts(body_s=1.0))
    try:
        token = room.join()
        slow = socket.create_connection(("127.0.0.1", room.session.server.port))  # type: ignore[union-attr]
        slow.sendall(b"POST /api/cards HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Authorization: Bearer " + token.encode() +
                     b"\r\nContent-Length: 500\r\n\r\n{\"key\":")
        started = time.monotonic()
        assert room.card(token, "served meanwhile")[0] == 200
        assert time.monotonic() - started < 0.9
        slow.settimeout(10)
        answer = b""
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            spin_until(_done_now())
            chunk = slow.recv(4096)
            if not chunk:
                break
            answer += chunk
        slow.close()
        assert answer.startswith(b"HTTP/1.1 408")
        assert b"took too long" in answer
        assert titles(room).count("served meanwhile") == 1
    finally:
        room.session.stop()
        room.file.close()


def _done_now() -> Any:
    from concurrent.futures import Future

    f: Future[None] = Future()
    f.set_result(None)
    return f


def test_markup_stays_text(room: Room) -> None:
    token = room.join()
    evil = '<script>alert("x")</script><img src=x onerror=alert(1)> & </b>'
    status, answer = room.card(token, evil, text="<b>bold?</b>")
    assert status == 200 and answer["card"]["title"] == evil
    card = room.stored().cards[answer["card"]["id"]]
    assert card.title == evil and card.description == "<b>bold?</b>"


def test_an_anonymous_round_stores_no_name(qapp: Any, tmp_path: Path) -> None:
    room = open_room(tmp_path, anonymous=True)
    try:
        token = room.join("Ann Hansen", consent=True)
        _status, answer = room.call("GET", "/api/state", token=token)
        assert answer["mine"]["name"] == "" and answer["state"]["round"]["anonymous"] is True
        room.card(token, "Anonymous idea")
        assert room.vote(token, room.votable[0])[0] == 200
        stored = room.stored()
        assert not stored.participants
        assert all(c.participant_id is None for c in stored.cards.values())
        assert all(v.participant_id is None for v in stored.voting.votes.values())
        assert "Ann Hansen" not in room.path.read_bytes().decode("latin-1")
    finally:
        room.session.stop()
        room.file.close()


def test_a_name_is_stored_only_with_consent(room: Room) -> None:
    named = room.join("Bo Jensen", consent=True)
    shy = room.join("Secret Name", consent=False)
    _, mine = room.card(named, "From Bo")
    _, theirs = room.card(shy, "From someone")
    stored = room.stored()
    [person] = stored.participants.values()
    assert person.name == "Bo Jensen" and person.consent is True
    assert stored.cards[mine["card"]["id"]].participant_id == person.id
    assert stored.cards[theirs["card"]["id"]].participant_id is None
    assert "Secret Name" not in json.dumps(room.call("GET", "/api/state", token=named)[1])


def test_the_hidden_round_keeps_phone_cards_hidden(room: Room) -> None:
    from coi_desktop.views.hidden_round import set_hidden_round

    set_hidden_round(room.workshop, True)
    token = room.join()
    status, answer = room.card(token, "Silent idea")
    assert status == 200 and answer["card"]["status"] == "hidden"
    assert room.stored().cards[answer["card"]["id"]].hidden is True
    room.session.publish()
    _, state = room.call("GET", "/api/state", token=room.join())
    assert "Silent idea" not in json.dumps(state["state"])  # other phones never see it
    assert room.vote(token, answer["card"]["id"])[0] == 409


def test_dots_stay_within_the_budget(room: Room) -> None:
    token = room.join("Dot Person", consent=True)
    a, b, c = room.votable
    assert [room.vote(token, a)[0] for _ in range(3)] == [200, 200, 409]  # at most 2 on one
    assert room.vote(token, b)[0] == 200
    status, answer = room.vote(token, c)
    assert status == 200 and answer["mine"]["dots_left"] == 0
    status, answer = room.vote(token, c)
    assert status == 409 and answer["error"] == "budget"
    assert room.vote(token, a, -1)[0] == 200  # take one back, spend it elsewhere
    assert room.vote(token, c)[0] == 200
    stored = room.stored()
    [person] = stored.participants.values()
    assert stored.voting.dots_used(room.round_id, person.id) == 4


def test_anonymous_dots_stay_within_the_budget_too(qapp: Any, tmp_path: Path) -> None:
    room = open_room(tmp_path, anonymous_round=True)
    try:
        token, other = room.join("Named", consent=True), room.join()
        results = room.calls([("POST", "/api/votes", {"key": new_id(), "card_id": cid},
                               token) for cid in room.votable * 3])
        assert sum(1 for s, _ in results if s == 200) == 4
        assert room.vote(other, room.votable[0])[0] == 200
        stored = room.stored()
        assert sum(v.count for v in stored.voting.votes.values()) == 5
        assert not stored.participants
    finally:
        room.session.stop()
        room.file.close()


def test_paused_and_ended_rounds_refuse_submissions(room: Room) -> None:
    token = room.join()
    room.session.set_state(RoundState.PAUSED)
    status, answer = room.card(token, "during the pause")
    assert status == 409 and answer["message"] == "The round is paused."
    _, state = room.call("GET", "/api/state", token=token)
    assert state["state"]["round"]["state"] == "paused"
    room.session.set_state(RoundState.OPEN)
    assert room.card(token, "after the pause")[0] == 200
    assert titles(room).count("during the pause") == 0


def test_stopping_closes_the_server(room: Room) -> None:
    url = room.url
    room.session.stop()
    try:
        raw_call(url, "GET", "/", timeout=2)
    except OSError:
        return
    raise AssertionError("the server still answered after stop()")


def test_inbox_cards_wait_hidden(qapp: Any, tmp_path: Path) -> None:
    room = open_room(tmp_path, inbox=True)
    try:
        token = room.join()
        status, answer = room.card(token, "For the inbox")
        assert status == 200 and answer["card"]["status"] == "inbox"
        card = room.stored().cards[answer["card"]["id"]]
        assert card.hidden and "phone-inbox" in card.tags
    finally:
        room.session.stop()
        room.file.close()


def test_live_updates_reach_the_event_stream(room: Room) -> None:
    token = room.join()
    port = room.session.server.port  # type: ignore[union-attr]
    stream = socket.create_connection(("127.0.0.1", port), timeout=10)
    stream.sendall(f"GET /api/events?token={token} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    first = _read_until(stream, b"\n\n")
    assert b"text/event-stream" in first and b'"state": "open"' in first
    room.session.set_state(RoundState.PAUSED)
    assert b'"state": "paused"' in _read_until(stream, b'"paused"')
    room.session.stop()
    stream.close()


def _read_until(sock: socket.socket, marker: bytes) -> bytes:
    data = b""
    end = time.monotonic() + 10
    while marker not in data and time.monotonic() < end:
        spin_until(_done_now())
        data += sock.recv(65536)
    return data


def test_the_server_listens_only_on_the_chosen_address(room: Room) -> None:
    server = room.session.server
    assert server is not None and server._runner is not None
    assert [a[0] for a in server._runner.addresses] == ["127.0.0.1"]
    assert room.url == f"http://127.0.0.1:{server.port}/"
