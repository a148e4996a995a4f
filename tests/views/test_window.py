"""The main window's own behaviour: title hint, quick capture of pasted lines, find and
filter, workshop details and taxonomies, dropping a file, settings that persist, the demo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from coi_desktop.models import Card, new_id
from coi_desktop.storage import read_workshop
from coi_desktop.views import application, settings
from coi_desktop.views.dialogs.details import WorkshopDetailsDialog
from coi_desktop.views.dialogs.settings_dialog import SettingsDialog

from .conftest import activate, make_file


def test_title_names_workshop_and_file_and_hints_at_edits(open_window: Any,
                                                          tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "title.coi", title="Robots"))
    assert window.windowTitle().startswith("Robots — title.coi")
    assert "edited" not in window.windowTitle()
    window.quick_capture.line.setText("One card")
    window.quick_capture.line.returnPressed.emit()
    assert "(edited)" in window.windowTitle()
    window.undo_stack.undo()
    assert "edited" not in window.windowTitle()
    assert window.window_actions["edit.redo"].text() != "&Redo"  # names the action to redo


def test_pasting_ten_lines_into_quick_capture_makes_ten_cards_in_one_step(
        open_window: Any, qtbot: Any, tmp_path: Path) -> None:
    path = make_file(tmp_path, "paste.coi")
    window = open_window(path)
    activate(qtbot, window)
    window.edit.set_card_kind("opportunity")
    QGuiApplication.clipboard().setText("\n".join(f"Idea {n}" for n in range(10)) + "\n\n")
    line = window.quick_capture.line
    line.setFocus()
    qtbot.keyClick(line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    cards = list(window.workshop.cards.values())
    assert sorted(c.title for c in cards) == sorted(f"Idea {n}" for n in range(10))
    assert {c.kind for c in cards} == {"opportunity"}
    assert window.undo_stack.count() == 1
    assert len(read_workshop(path).cards) == 10
    window.undo_stack.undo()
    assert window.workshop.cards == {}


def test_find_bar_finds_and_the_filter_dims_the_rest(open_window: Any, qtbot: Any,
                                                     tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "find.coi", cards=5))
    canvas = window.current_canvas_id()
    actor = Card(new_id(), canvas, "actor", "Municipality of Aarhus", x=900.0, y=900.0)
    window.workshop.cards.add([actor])
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and bar.text.hasFocus()
    qtbot.keyClicks(bar.text, "card")
    assert bar.count.text() == "5 found"
    bar.text.clear()
    qtbot.keyClicks(bar.text, "zzz")
    assert bar.count.text() == "Nothing found"
    index = bar.kind.findData("actor")
    bar.kind.setCurrentIndex(index)
    bar.kind.activated.emit(index)
    scene = window.current_view().scene()
    assert scene.cards[actor.id].opacity() == 1.0
    dimmed = [cid for cid, item in scene.cards.items() if item.opacity() < 1.0]
    assert len(dimmed) == 5
    qtbot.keyClick(bar.text, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert all(item.opacity() == 1.0 for item in scene.cards.values())


def test_workshop_details_and_taxonomy_edits_are_undoable(open_window: Any,
                                                          tmp_path: Path) -> None:
    path = make_file(tmp_path, "details.coi", title="Old title", cards=1)
    window = open_window(path)
    dialog = WorkshopDetailsDialog(window.workshop, "en", False, window)
    dialog.edits["title"].setText("New title")
    dialog.edits["location"].setText("Aarhus")
    dialog.set_page(1)
    dialog.taxonomy.setCurrentIndex(dialog.taxonomy.findData("category"))
    dialog._add_entry()
    dialog.table.item(dialog.table.rowCount() - 1, 1).setText("Data ethics board")
    dialog.table.item(0, 2).setCheckState(Qt.CheckState.Checked)  # hide the first category
    for command in dialog.commands():
        window.push(command)
    assert window.workshop.info.title == "New title"
    assert window.windowTitle().startswith("New title")
    labels = [t.en for t in window.workshop.terms.of("category")]
    assert "Data ethics board" in labels and "Law and regulation" not in labels
    stored = read_workshop(path)
    assert stored.info.location == "Aarhus"
    assert "Data ethics board" in [t.en for t in stored.terms.of("category")]

    window.current_view().select_cards(list(window.workshop.cards))
    window.inspector.refresh()
    choices = window.inspector.editors["category"]
    texts = [choices.itemText(i) for i in range(choices.count())]
    assert "Data ethics board" in texts and "Law and regulation" not in texts

    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.workshop.info.title == "Old title"
    assert "Law and regulation" in [t.en for t in window.workshop.terms.of("category")]
    assert "Data ethics board" not in [t.en for t in window.workshop.terms.of("category")]


def test_details_dialog_refuses_a_bad_date(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "date.coi"))
    dialog = WorkshopDetailsDialog(window.workshop, "en", False, window)
    dialog.edits["date"].setText("14/3/2025")
    dialog.accept()
    assert dialog.result() == 0 and "YYYY-MM-DD" in dialog.problem.text()


def test_dropping_a_coi_file_opens_it_in_its_own_window(open_window: Any,
                                                        tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "first.coi"))
    second = make_file(tmp_path, "second.coi", cards=2)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second)), QUrl.fromLocalFile(str(tmp_path / "x.txt"))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    shell = application.shell()
    assert len(shell.windows) == 2
    assert len(shell.windows[1].workshop.cards) == 2


def test_settings_persist_and_apply_at_once(open_window: Any, tmp_path: Path,
                                            qtbot: Any) -> None:
    window = open_window(make_file(tmp_path, "settings.coi", cards=1))
    dialog = SettingsDialog(window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("actor"))
    dialog.font_scale.setValue(160)
    dialog.snapshots.setValue(0)
    dialog.language.setCurrentIndex(dialog.language.findData("da"))
    with qtbot.waitSignal(window.language_changed):
        dialog.apply()
        application.shell().settings_changed()
    assert (settings.default_kind(), settings.font_scale(), settings.snapshot_minutes(),
            settings.language_setting()) == ("actor", 1.6, 0, "da")
    assert window.current_view().scene().card_style.scale == 1.6
    assert window.menu("file").title() == "&Filer"

    window.close()
    assert settings.window_state()[0] is not None
    again = application.shell().open_path(tmp_path / "settings.coi")
    assert again.session.default_kind == "actor"
    assert again.kind_combo.currentData() == "actor"


def test_open_the_demo_workshop_builds_and_opens_it(shell_env: Any, qtbot: Any) -> None:
    shell = application.shell()
    welcome = shell.show_welcome()
    window = shell.open_demo(parent=welcome)
    assert window is not None, shell_env.errors
    assert len(window.workshop.cards) > 20 and window.tabs.count() >= 3
    assert not welcome.isVisible() or shell.welcome is None
    assert Path(window.workshop_file.path).exists()
    assert QApplication.overrideCursor() is None


def test_save_a_copy_writes_a_complete_workshop_elsewhere(open_window: Any, tmp_path: Path,
                                                          monkeypatch: Any) -> None:
    from PySide6.QtWidgets import QFileDialog

    window = open_window(make_file(tmp_path, "orig.coi", cards=4))
    target = tmp_path / "copies" / "backup"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    window.window_actions["file.save_copy"].trigger()
    copy = read_workshop(target.with_suffix(".coi"))
    assert copy.snapshot() == window.workshop.snapshot()
    assert Path(window.workshop_file.path).name == "orig.coi"  # still working on the original


def test_recent_menu_and_template_menu(open_window: Any, tmp_path: Path) -> None:
    window = open_window(make_file(tmp_path, "menus.coi"))
    window.menu("file.recent").aboutToShow.emit()  # as when the menu opens
    recent = [a for a in window.menu("file.recent").actions() if not a.isSeparator()]
    assert any("menus.coi" in a.text() for a in recent)
    window.menu("canvas.add").aboutToShow.emit()
    templates = window.menu("canvas.add").actions()
    assert [a.text() for a in templates][:2] == ["Actor onion", "Power–interest grid"]
    templates[1].trigger()
    assert window.workshop.canvases.require(window.current_canvas_id()).template == "power_interest"
    assert window.tabs.count() == 2


def test_snapshots_follow_the_setting(open_window: Any, tmp_path: Path) -> None:
    settings.set_snapshot_minutes(5)
    window = open_window(make_file(tmp_path, "snap.coi", cards=1))
    folder = Path(window.workshop_file.snapshot_dir)
    window.quick_capture.line.setText("First edit")
    window.quick_capture.line.returnPressed.emit()
    taken = list(folder.rglob("*.coi"))
    assert len(taken) == 1
    from coi_desktop.storage import read_workshop as read

    assert len(read(taken[0]).cards) == 1  # the file as it was opened, before the edit

    settings.set_snapshot_minutes(0)
    other = open_window(make_file(tmp_path, "never.coi", cards=1))
    other.quick_capture.line.setText("No snapshot")
    other.quick_capture.line.returnPressed.emit()
    assert not list(Path(other.workshop_file.snapshot_dir).rglob("*.coi"))


def test_double_clicked_link_can_change_relation_and_label(open_window: Any, tmp_path: Path,
                                                           monkeypatch: Any) -> None:
    from coi_desktop.views.dialogs.link_dialog import LinkDialog

    window = open_window(make_file(tmp_path, "link.coi", cards=2, kind="barrier"))
    a, b = list(window.workshop.cards)
    link = window.workshop.links.new(a, b)
    window.workshop.links.add([link])
    assert link.relation == "causes"

    def answer(dialog: LinkDialog) -> int:
        dialog.relation.setCurrentIndex(dialog.relation.findData("relates"))
        dialog.label.setText("both ways")
        return 1

    monkeypatch.setattr(LinkDialog, "exec", answer)
    window.current_view().link_activated.emit(link.id)
    changed = window.workshop.links[link.id]
    assert (changed.relation, changed.label, changed.directed) == ("relates", "both ways", False)
    window.undo_stack.undo()
    assert window.workshop.links[link.id] == link


def test_redo_answers_ctrl_y_as_well_as_ctrl_shift_z(open_window: Any, qtbot: Any,
                                                     tmp_path: Path) -> None:
    path = tmp_path / "redo.coi"
    window = open_window(make_file(tmp_path, "redo.coi", cards=1))
    activate(qtbot, window)
    window.current_view().setFocus()
    card = next(iter(window.workshop.cards))
    window.current_view().select_cards([card])
    qtbot.keyClick(window.current_view(), Qt.Key.Key_Delete)
    assert card not in window.workshop.cards
    for redo in (Qt.Key.Key_Y, None):
        qtbot.keyClick(window.current_view(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert card in read_workshop(path).cards
        if redo is None:
            qtbot.keyClick(window.current_view(), Qt.Key.Key_Z,
                           Qt.KeyboardModifier.ControlModifier
                           | Qt.KeyboardModifier.ShiftModifier)
        else:
            qtbot.keyClick(window.current_view(), redo, Qt.KeyboardModifier.ControlModifier)
        assert card not in window.workshop.cards and card not in read_workshop(path).cards
