"""The window's side of inviting phones: menu and toolbar entry, dock, inbox, projector panel,
and the server stopping with the window."""

from __future__ import annotations

import socket
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from coi_desktop.models import VotingRound, new_id
from coi_desktop.services.room_server import RoundPolicy
from coi_desktop.storage import read_workshop
from tests.devices.conftest import raw_call

from .conftest import Dialogs

POOL = ThreadPoolExecutor(4)


def devices(window: Any) -> Any:
    from coi_desktop.views import devices as feature

    return getattr(window, "devices", None) or feature.install(window)


def ask(qtbot: Any, url: str, *args: Any) -> tuple[int, dict[str, Any]]:
    """A phone's request on a worker thread while the window keeps running."""
    future = POOL.submit(raw_call, url, *args)
    qtbot.waitUntil(future.done, timeout=10000)
    return future.result()


def start(window: Any, **choices: Any) -> Any:
    controller = devices(window)
    policy = RoundPolicy(window.current_canvas_id(), kinds=("barrier", "note"), **choices)
    assert controller.start(policy, "127.0.0.1", 0)
    return controller


def join(qtbot: Any, controller: Any) -> str:
    status, answer = ask(qtbot, controller.session.url, "POST", "/api/join",
                         {"code": controller.session.code})
    assert status == 200
    return str(answer["token"])


def test_invite_is_in_the_room_menu_and_the_toolbar(open_window: Any) -> None:
    window = open_window()
    controller = devices(window)
    assert controller.invite_action in window.menu("room").actions()
    assert controller.invite_action in window.toolbar.actions()
    assert controller.invite_action.text() == "Invite participants…"
    assert not controller.stop_action.isEnabled()


def test_a_phone_card_appears_on_the_canvas_in_the_file_and_undoes(
        open_window: Any, qtbot: Any) -> None:
    window = open_window()
    controller = start(window)
    dock = controller.dock
    assert dock.isVisible() and controller.session.code in dock.code.text()
    assert dock.address.text().startswith("127.0.0.1:")
    token = join(qtbot, controller)
    status, answer = ask(qtbot, controller.session.url, "POST", "/api/cards",
                         {"key": new_id(), "kind": "note", "title": "From a phone"}, token)
    assert status == 200
    card_id = answer["card"]["id"]
    scene = window.current_view().scene()
    assert scene.card_item(card_id) is not None  # on the canvas at once
    assert read_workshop(window.workshop_file.path).cards[card_id].title == "From a phone"
    assert window.undo_stack.undoText() == "Card from phone 1"
    window.undo_stack.undo()
    assert card_id not in read_workshop(window.workshop_file.path).cards
    qtbot.waitUntil(lambda: "1 phones joined" in dock.status.text(), timeout=3000)


def test_closing_the_window_stops_the_server(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    controller = start(window)
    url = controller.session.url
    port = controller.session.server.port
    window.close()
    qtbot.waitUntil(lambda: controller.session is None, timeout=5000)
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0, url


def test_stop_from_the_dock_ends_the_round(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    controller = start(window)
    port = controller.session.server.port
    qtbot.mouseClick(controller.dock.stop, Qt.MouseButton.LeftButton)
    assert controller.session is None and "not invited" in controller.dock.status.text()
    with socket.socket() as probe:
        assert probe.connect_ex(("127.0.0.1", port)) != 0


def test_a_taken_port_is_one_sentence(open_window: Any, shell_env: Dialogs) -> None:
    window = open_window()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        policy = RoundPolicy(window.current_canvas_id())
        assert not devices(window).start(policy, "127.0.0.1", port)
    [error] = shell_env.errors
    assert error.startswith(f"Phones cannot be invited on 127.0.0.1:{port}")
    assert "Traceback" not in error


def test_inbox_accept_reject_merge(open_window: Any, qtbot: Any) -> None:
    window = open_window()
    controller = start(window, inbox=True)
    token = join(qtbot, controller)
    ids = []
    for title in ("Keep", "Drop", "Merge A", "Merge B"):
        _, answer = ask(qtbot, controller.session.url, "POST", "/api/cards",
                        {"key": new_id(), "kind": "note", "title": title}, token)
        ids.append(answer["card"]["id"])
    inbox = controller.dock.inbox
    qtbot.waitUntil(lambda: inbox.count() == 4, timeout=3000)
    w = window.workshop
    assert all(w.cards[c].hidden for c in ids)

    def select(*titles: str) -> None:
        inbox.clearSelection()
        for i in range(inbox.count()):
            if inbox.item(i).text().split("\n")[0] in titles:
                inbox.item(i).setSelected(True)

    select("Keep")
    qtbot.mouseClick(controller.dock.accept, Qt.MouseButton.LeftButton)
    assert not w.cards[ids[0]].hidden and "phone-inbox" not in w.cards[ids[0]].tags
    select("Drop")
    qtbot.mouseClick(controller.dock.reject, Qt.MouseButton.LeftButton)
    assert ids[1] not in w.cards
    select("Merge A", "Merge B")
    qtbot.mouseClick(controller.dock.merge, Qt.MouseButton.LeftButton)
    merged = w.cards[ids[2]]
    assert not merged.hidden and merged.description == "Merge B" and ids[3] not in w.cards
    assert inbox.count() == 0
    stored = read_workshop(window.workshop_file.path)
    assert stored.cards[ids[2]].description == "Merge B" and ids[3] not in stored.cards
    window.undo_stack.undo()  # the merge is one step
    assert ids[3] in w.cards and w.cards[ids[2]].hidden


def test_invite_dialog_choices(open_window: Any, qtbot: Any) -> None:
    from coi_desktop.views.devices.invite_dialog import InviteDialog

    window = open_window()
    w = window.workshop
    canvas_id = window.current_canvas_id()
    w.voting.add(VotingRound(new_id(), canvas_id, "Top three", dots_per_participant=3))
    dialog = InviteDialog(w, canvas_id, None, window)
    qtbot.addWidget(dialog)
    assert dialog.host.count() >= 1 and dialog.host.findText("127.0.0.1") >= 0
    assert "Top three (3 dots each" in dialog.rounds.currentText()
    dialog.anonymous.setChecked(True)
    dialog.inbox.setChecked(True)
    dialog.kinds["note"].setChecked(True)
    policy = dialog.policy()
    assert policy.anonymous and policy.inbox and policy.allow_votes
    assert policy.kinds == ("barrier", "opportunity", "note")
    for box in dialog.kinds.values():
        box.setChecked(False)
    dialog.accept()
    assert dialog.problem.text() == "Choose at least one kind of card."
    assert dialog.isVisible() or dialog.result() != dialog.DialogCode.Accepted


def test_projector_join_panel_follows_the_server(open_window: Any, qtbot: Any) -> None:
    from coi_desktop.views.devices.qr_widget import attach_join_panel

    window = open_window()
    controller = devices(window)
    wall = QWidget()
    qtbot.addWidget(wall)
    wall.resize(1280, 720)
    wall.show()
    panel = attach_join_panel(wall, controller)
    assert panel is not None and not panel.isVisible()
    start(window)
    code = controller.session.code
    assert panel.isVisible() and panel.code.text() == f"Code: {code}"
    assert panel.address.text() == controller.session.url.split("//")[1].rstrip("/")
    assert panel.qr.text == controller.session.server.join_url()
    assert panel.geometry().right() <= wall.width()
    controller.new_code()
    assert controller.session.code != code and controller.session.code in panel.code.text()
    controller.stop()
    assert not panel.isVisible()


def test_the_projector_shows_the_join_code_while_phones_are_invited(
        open_window: Any, qtbot: Any) -> None:
    window = open_window()
    controller = start(window)
    projector = window.room.open_projector()
    qtbot.addWidget(projector)
    panel = projector.findChild(QWidget, "devices.join_panel")
    assert panel is not None and panel.isVisible()
    assert panel.code.text() == f"Code: {controller.session.code}"
    controller.stop()
    assert not panel.isVisible()
