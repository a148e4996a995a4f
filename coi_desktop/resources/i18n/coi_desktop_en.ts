<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../views/dialogs/about.py" line="12" />
        <source>About COI Desktop</source>
        <translation>About COI Desktop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py" line="13" />
        <source>&lt;h3&gt;COI Desktop %1&lt;/h3&gt;&lt;p&gt;An offline workshop tool for mapping actors, barriers and opportunities in public–private innovation, made for the Danish Center for Offentlig Innovation.&lt;/p&gt;&lt;p&gt;Every change is saved in the workshop file as you work. No account, no network.&lt;/p&gt;&lt;p&gt;MIT licence. Card text is set in DejaVu Sans (free licence, shipped with the program). Built with Qt for Python (LGPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;COI Desktop %1&lt;/h3&gt;&lt;p&gt;An offline workshop tool for mapping actors, barriers and opportunities in public–private innovation, made for the Danish Center for Offentlig Innovation.&lt;/p&gt;&lt;p&gt;Every change is saved in the workshop file as you work. No account, no network.&lt;/p&gt;&lt;p&gt;MIT licence. Card text is set in DejaVu Sans (free licence, shipped with the program). Built with Qt for Python (LGPL).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AgendaDock</name>
    <message>
        <location filename="../../views/room/agenda.py" line="216" />
        <source>(%1 min)</source>
        <translation>(%1 min)</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="218" />
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="232" />
        <source>Agenda and timer</source>
        <translation>Agenda and timer</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="235" />
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="235" />
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="236" />
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="236" />
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="237" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="237" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="237" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="238" />
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="238" />
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="238" />
        <source>Start item</source>
        <translation>Start item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="239" />
        <source>Finish item</source>
        <translation>Finish item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="242" />
        <source>Switch to the item's canvas and start its countdown</source>
        <translation>Switch to the item's canvas and start its countdown</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="285" />
        <source>Add agenda item</source>
        <translation>Add agenda item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="298" />
        <source>Edit agenda item</source>
        <translation>Edit agenda item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="304" />
        <source>Remove agenda item</source>
        <translation>Remove agenda item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="317" />
        <source>Reorder agenda</source>
        <translation>Reorder agenda</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="334" />
        <source>Start agenda item</source>
        <translation>Start agenda item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="347" />
        <source>Finish agenda item</source>
        <translation>Finish agenda item</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../views/room/agenda.py" line="73" />
        <source>Agenda item</source>
        <extracomment>How long after an item's start its countdown is still taken up on reopening (12 hours).</extracomment>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="80" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="82" />
        <source>(no canvas)</source>
        <translation>(no canvas)</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="88" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="89" />
        <source>&amp;Planned time:</source>
        <translation>&amp;Planned time:</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="90" />
        <source>&amp;Canvas:</source>
        <translation>&amp;Canvas:</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="91" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="92" />
        <source>Planned time</source>
        <translation>Planned time</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="93" />
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <location filename="../../views/findings/dock.py" line="124" />
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="125" />
        <source>Whole workshop</source>
        <translation>Whole workshop</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="126" />
        <source>This canvas</source>
        <translation>This canvas</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="127" />
        <source>Show on canvas</source>
        <translation>Show on canvas</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="129" />
        <source>Make bridge-builders bigger and ring the cards of each cluster in its colour</source>
        <translation>Make bridge-builders bigger and ring the cards of each cluster in its colour</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="212" />
        <source>Click to show the card on its canvas</source>
        <translation>Click to show the card on its canvas</translation>
    </message>
</context>
<context>
    <name>BoardImportDialog</name>
    <message>
        <location filename="../../views/board_import_dialog.py" line="78" />
        <source>Import board</source>
        <extracomment>The combo box value of "Skip": those stickies are left out. Sample texts shown per colour, and how much of each. Rows left out that are named one by one; more are counted.</extracomment>
        <translation>Import board</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="85" />
        <source>Name of the new canvas</source>
        <translation>Name of the new canvas</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="88" />
        <source>New canvas &amp;name:</source>
        <translation>New canvas &amp;name:</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="93" />
        <source>Sticky colours and their card kinds</source>
        <translation>Sticky colours and their card kinds</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="97" />
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="97" />
        <source>Stickies</source>
        <translation>Stickies</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="98" />
        <source>For example</source>
        <translation>For example</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="98" />
        <source>Card kind</source>
        <translation>Card kind</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="111" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="134" />
        <source>(no colour)</source>
        <translation>(no colour)</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="160" />
        <source>Card kind for the colour %1</source>
        <translation>Card kind for the colour %1</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="164" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="181" />
        <source>1 sticky</source>
        <translation>1 sticky</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="181" />
        <source>%1 stickies</source>
        <translation>%1 stickies</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="182" />
        <source>1 colour</source>
        <translation>1 colour</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="183" />
        <source>%1 colours</source>
        <translation>%1 colours</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="184" />
        <source>Choose a card kind for each colour, or Skip to leave those stickies out.</source>
        <translation>Choose a card kind for each colour, or Skip to leave those stickies out.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="187" />
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="192" />
        <source>Row %1: no sticky text.</source>
        <translation>Row %1: no sticky text.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="194" />
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="199" />
        <source>… and %1 more.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="201" />
        <source>Left out of the file:</source>
        <translation>Left out of the file:</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="233" />
        <source>Import creates 1 card: %1.</source>
        <translation>Import creates 1 card: %1.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="235" />
        <source>Import creates %1 cards: %2.</source>
        <translation>Import creates %1 cards: %2.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="238" />
        <source>Nothing to import: every colour is set to Skip.</source>
        <translation>Nothing to import: every colour is set to Skip.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="241" />
        <source>%1 set to Skip</source>
        <translation>%1 set to Skip</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="243" />
        <source>%1 without text</source>
        <translation>%1 without text</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="246" />
        <source>%1 that could not be read</source>
        <translation>%1 that could not be read</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="249" />
        <source>Left out: %1.</source>
        <translation>Left out: %1.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="251" />
        <source>Nothing is left out.</source>
        <translation>Nothing is left out.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="280" />
        <source>Imported %1 cards into “%2”.</source>
        <translation>Imported %1 cards into “%2”.</translation>
    </message>
</context>
<context>
    <name>BoardImporter</name>
    <message>
        <location filename="../../views/findings/board_importing.py" line="55" />
        <source>&amp;Board from Miro or Mural (CSV)…</source>
        <extracomment>The Kumu import's action, which this entry follows in the File menu.</extracomment>
        <translation>&amp;Board from Miro or Mural (CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="57" />
        <source>Add the stickies of a Miro or Mural board export as cards on a new canvas, their kinds chosen by colour</source>
        <translation>Add the stickies of a Miro or Mural board export as cards on a new canvas, their kinds chosen by colour</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="69" />
        <location filename="../../views/findings/board_importing.py" line="104" />
        <source>Board from Miro or Mural</source>
        <translation>Board from Miro or Mural</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="70" />
        <source>Board exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Board exports (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="105" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="109" />
        <source>The board import was cancelled; nothing changed.</source>
        <translation>The board import was cancelled; nothing changed.</translation>
    </message>
</context>
<context>
    <name>CanvasController</name>
    <message>
        <location filename="../../views/window_canvases.py" line="143" />
        <source>Rename canvas</source>
        <extracomment>The current view's selected cards changed (the card ids). The current view's zoom changed (1.0 = 100 %).</extracomment>
        <translation>Rename canvas</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="144" />
        <source>New name of the canvas:</source>
        <translation>New name of the canvas:</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="157" />
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="173" />
        <source>Delete canvas</source>
        <translation>Delete canvas</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="174" />
        <source>Delete the canvas “%1” with its %2 cards? You can undo this.</source>
        <translation>Delete the canvas “%1” with its %2 cards? You can undo this.</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="241" />
        <source>Rename group</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="242" />
        <source>Title of the group:</source>
        <translation>Title of the group:</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <location filename="../../views/canvas/menu.py" line="88" />
        <source>Edit title</source>
        <extracomment>Ctrl+Alt+1 … 5 give the selected cards the kinds in this order.</extracomment>
        <translation>Edit title</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="90" />
        <source>Change kind</source>
        <translation>Change kind</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="97" />
        <source>Link selected cards</source>
        <translation>Link selected cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="99" />
        <source>Group selected cards</source>
        <translation>Group selected cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="101" />
        <source>Tidy selected cards</source>
        <translation>Tidy selected cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="104" />
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="105" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="106" />
        <source>Copy as picture</source>
        <translation>Copy as picture</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="109" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="111" />
        <source>Place on another canvas…</source>
        <translation>Place on another canvas…</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="114" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="125" />
        <source>Edit link…</source>
        <translation>Edit link…</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="127" />
        <source>Delete link</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="129" />
        <source>Rename group…</source>
        <translation>Rename group…</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="131" />
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="145" />
        <source>Add %1 card here</source>
        <translation>Add %1 card here</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="148" />
        <source>Add card here</source>
        <translation>Add card here</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="152" />
        <source>Paste</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="154" />
        <source>Tidy this canvas</source>
        <translation>Tidy this canvas</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="157" />
        <source>Select all</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="159" />
        <source>Show the whole canvas</source>
        <translation>Show the whole canvas</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../../views/canvas/style.py" line="79" />
        <source>Hidden from projector</source>
        <extracomment>The title's size (px at 100 % zoom, scale 1): large enough to read a whole board on a projector, small enough for three lines on a 180 × 100 card (the theme's card.title_px). Smaller sizes a title that does not fit may take, as shares of the title size. The floor of one more step, taken only so that the title's longest word fits unbroken: the largest whole pixel size between this share and the last step at which it fits. It was 0.66, and "Digitaliseringsstyrelsen" or "sundhedsassistenterne" then stood at two thirds of their neighbours' size, too small for the back row; a word wider than this breaks at a syllable with a hyphen instead (text.wrap).</extracomment>
        <translation>Hidden from projector</translation>
    </message>
    <message>
        <location filename="../../views/canvas/keys.py" line="68" />
        <location filename="../../views/canvas/view.py" line="90" />
        <source>Canvas</source>
        <extracomment>Place the selected cards' items on another canvas too (asks which); one step. The window dispatches "view:place_on_canvas" by name (an attribute keeps the class small).</extracomment>
        <translation>Canvas</translation>
    </message>
    <message>
        <location filename="../../views/canvas/keys.py" line="159" />
        <source>Move cards</source>
        <translation>Move cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="157" />
        <source>Cut</source>
        <translation>Cut</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="180" />
        <location filename="../../views/canvas/clipboard.py" line="282" />
        <source>Paste card</source>
        <translation>Paste card</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="181" />
        <location filename="../../views/canvas/clipboard.py" line="283" />
        <source>Paste %1 cards</source>
        <translation>Paste %1 cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="208" />
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../views/canvas/titles.py" line="73" />
        <source>Edit card title</source>
        <translation>Edit card title</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="141" />
        <location filename="../../views/canvas/identity.py" line="157" />
        <source>Delete everywhere</source>
        <translation>Delete everywhere</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="156" />
        <location filename="../../views/canvas/identity.py" line="143" />
        <source>Delete card</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="158" />
        <source>Delete %1 cards</source>
        <translation>Delete %1 cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="160" />
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="211" />
        <source>Placed on “%1” as well.</source>
        <translation>Placed on “%1” as well.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="238" />
        <source>Link %1 cards</source>
        <translation>Link %1 cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="306" />
        <source>Resize card</source>
        <translation>Resize card</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="315" />
        <source>Resize group</source>
        <translation>Resize group</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="154" />
        <source>Tidy card</source>
        <translation>Tidy card</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="155" />
        <source>Tidy %1 cards</source>
        <translation>Tidy %1 cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="180" />
        <source>Align cards</source>
        <translation>Align cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="202" />
        <source>Distribute cards</source>
        <translation>Distribute cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="282" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../views/canvas/mouse.py" line="301" />
        <source>Owner: %1</source>
        <extracomment>Sizes a card may be resized to (scene units): room for a band and a line, up to a poster.</extracomment>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../../views/canvas/mouse.py" line="307" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="36" />
        <source>Category: %1.</source>
        <translation>Category: %1.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="40" />
        <source>Owner: %1.</source>
        <translation>Owner: %1.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="45" />
        <source>Votes: %1.</source>
        <translation>Votes: %1.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="57" />
        <source>%1 cards selected</source>
        <translation>%1 cards selected</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="56" />
        <source>Also on: %1</source>
        <translation>Also on: %1</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="126" />
        <source>Place the card on this canvas as well:</source>
        <translation>Place the card on this canvas as well:</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="127" />
        <source>Place the %1 cards on this canvas as well:</source>
        <translation>Place the %1 cards on this canvas as well:</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="129" />
        <source>Place on another canvas</source>
        <translation>Place on another canvas</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="145" />
        <source>“%1” is also on other canvases: %2.</source>
        <translation>“%1” is also on other canvases: %2.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="148" />
        <source>Some of the %1 cards are also on other canvases: %2.</source>
        <translation>Some of the %1 cards are also on other canvases: %2.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="151" />
        <source>Remove it from this canvas only, or delete it everywhere with its links? Both can be undone.</source>
        <translation>Remove it from this canvas only, or delete it everywhere with its links? Both can be undone.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="154" />
        <source>Remove from this canvas</source>
        <translation>Remove from this canvas</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <location filename="../../views/file_watch.py" line="67" />
        <source>Another program changed this file while it was open here. Editing is paused until you choose: reload the file as it is now, or keep your version and write it over theirs (theirs is kept as a snapshot).</source>
        <extracomment>How often the file is asked (ms): quick enough to beat most edits, cheap (one PRAGMA).</extracomment>
        <translation>Another program changed this file while it was open here. Editing is paused until you choose: reload the file as it is now, or keep your version and write it over theirs (theirs is kept as a snapshot).</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="70" />
        <source>Re&amp;load</source>
        <translation>Re&amp;load</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="71" />
        <source>&amp;Keep my version</source>
        <translation>&amp;Keep my version</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="72" />
        <source>The file was changed by another program</source>
        <translation>The file was changed by another program</translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <location filename="../../views/docks/inspector.py" line="335" />
        <source>(several values)</source>
        <translation>(several values)</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="336" />
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="347" />
        <source>Card colour</source>
        <translation>Card colour</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="355" />
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="356" />
        <source>Colour by kind and category</source>
        <translation>Colour by kind and category</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="357" />
        <source>Choose a card colour</source>
        <translation>Choose a card colour</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../commands/canvases.py" line="25" />
        <source>Add canvas “%1”</source>
        <translation>Add canvas “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="35" />
        <source>Rename canvas to “%1”</source>
        <translation>Rename canvas to “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="45" />
        <source>Reorder canvases</source>
        <translation>Reorder canvases</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="58" />
        <source>Move canvas</source>
        <translation>Move canvas</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="95" />
        <source>Duplicate canvas “%1”</source>
        <translation>Duplicate canvas “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="119" />
        <source>Delete canvas “%1”</source>
        <translation>Delete canvas “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/workshop.py" line="24" />
        <source>Edit workshop details</source>
        <translation>Edit workshop details</translation>
    </message>
    <message>
        <location filename="../../commands/workshop.py" line="35" />
        <source>Edit taxonomies</source>
        <translation>Edit taxonomies</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="69" />
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="70" />
        <source>Add %1 cards</source>
        <translation>Add %1 cards</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="104" />
        <source>Edit card</source>
        <translation>Edit card</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="105" />
        <source>Edit %1 cards</source>
        <translation>Edit %1 cards</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="187" />
        <source>Move card</source>
        <extracomment>Edits saved while typing (one every pause of the keys) carry the same burst id and fold into one undo step; None for any other edit.</extracomment>
        <translation>Move card</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="188" />
        <source>Move %1 cards</source>
        <translation>Move %1 cards</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="276" />
        <source>Change kind of card</source>
        <translation>Change kind of card</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="277" />
        <source>Change kind of %1 cards</source>
        <translation>Change kind of %1 cards</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="318" />
        <source>Delete card</source>
        <translation>Delete card</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="319" />
        <source>Delete %1 cards</source>
        <translation>Delete %1 cards</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="337" />
        <source>Place card on another canvas</source>
        <translation>Place card on another canvas</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="338" />
        <source>Place %1 cards on another canvas</source>
        <translation>Place %1 cards on another canvas</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="373" />
        <source>Merge duplicates</source>
        <translation>Merge duplicates</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="23" />
        <source>Group cards</source>
        <translation>Group cards</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="40" />
        <source>Move group</source>
        <translation>Move group</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="41" />
        <source>Edit group</source>
        <translation>Edit group</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="59" />
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="21" />
        <source>Link cards</source>
        <translation>Link cards</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="22" />
        <source>Add links</source>
        <translation>Add links</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="37" />
        <source>Edit link</source>
        <translation>Edit link</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="53" />
        <source>Delete link</source>
        <translation>Delete link</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="54" />
        <source>Delete links</source>
        <translation>Delete links</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="26" />
        <source>Import %n cards into “%1”</source>
        <translation>Import %n cards into “%1”</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <location filename="../../views/consolidation/__init__.py" line="39" />
        <location filename="../../views/consolidation/__init__.py" line="55" />
        <source>Consolidate workshops…</source>
        <translation>Consolidate workshops…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/__init__.py" line="42" />
        <location filename="../../views/consolidation/__init__.py" line="56" />
        <source>Merge many workshop files into one database for analysis</source>
        <translation>Merge many workshop files into one database for analysis</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <location filename="../../views/consolidation/window.py" line="157" />
        <source>Consolidate workshops</source>
        <translation>Consolidate workshops</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="158" />
        <source>Workshop files and folders (folders are searched for .coi files)</source>
        <translation>Workshop files and folders (folders are searched for .coi files)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="160" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="161" />
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="162" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="163" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="164" />
        <source>Consolidated database (.db)</source>
        <translation>Consolidated database (.db)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="165" />
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="166" />
        <source>Remove workshops whose files are gone</source>
        <translation>Remove workshops whose files are gone</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="167" />
        <source>Consolidate</source>
        <translation>Consolidate</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="168" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="169" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="169" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="170" />
        <source>Recurring items</source>
        <translation>Recurring items</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/consolidation/window.py" line="171" />
        <location filename="../../views/consolidation/window.py" line="381" />
        <source>Skipped files (%n)</source>
        <translation>
            <numerusform>Skipped files (%n)</numerusform><numerusform>Skipped files (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="173" />
        <source>Search cards</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="174" />
        <source>Export report (PDF)…</source>
        <translation>Export report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="175" />
        <source>Export tables (XLSX)…</source>
        <translation>Export tables (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="180" />
        <source>No files were skipped: every workshop file found was merged.</source>
        <translation>No files were skipped: every workshop file found was merged.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="182" />
        <source>Files that cannot be merged are listed here, with the reason, after a run.</source>
        <translation>Files that cannot be merged are listed here, with the reason, after a run.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="211" />
        <source>Add workshop files</source>
        <translation>Add workshop files</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="212" />
        <source>COI Desktop workshops (*.coi);;All files (*)</source>
        <translation>COI Desktop workshops (*.coi);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="216" />
        <source>Add a folder of workshops</source>
        <translation>Add a folder of workshops</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="221" />
        <source>Consolidated database</source>
        <translation>Consolidated database</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="222" />
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite databases (*.db *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="258" />
        <source>The database holds %1 workshops with %2 cards.</source>
        <translation>The database holds %1 workshops with %2 cards.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="299" />
        <source>Consolidating…</source>
        <translation>Consolidating…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="317" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/consolidation/window.py" line="379" />
        <source>Skipped and replaced files (%n)</source>
        <translation>
            <numerusform>Skipped and replaced files (%n)</numerusform><numerusform>Skipped and replaced files (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="394" />
        <source>Export consolidated report</source>
        <translation>Export consolidated report</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="394" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="396" />
        <source>Export tables</source>
        <translation>Export tables</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="396" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="416" />
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="419" />
        <source>Wrote %1.</source>
        <translation>Wrote %1.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../views/crash.py" line="63" />
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="64" />
        <source>COI Desktop met an unexpected error; your workshop is safe and you can keep working.</source>
        <translation>COI Desktop met an unexpected error; your workshop is safe and you can keep working.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="68" />
        <source>Details were written to {path}</source>
        <translation>Details were written to {path}</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../views/devices/applier.py" line="118" />
        <source>Card from phone %1</source>
        <translation>Card from phone %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/applier.py" line="121" />
        <source>%1 cards from phones</source>
        <translation>%1 cards from phones</translation>
    </message>
    <message>
        <location filename="../../views/devices/applier.py" line="170" />
        <source>Dot from phone %1</source>
        <translation>Dot from phone %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="200" />
        <source>Accept cards from phones</source>
        <translation>Accept cards from phones</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="206" />
        <source>Reject cards from phones</source>
        <translation>Reject cards from phones</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="224" />
        <source>Merge cards from phones</source>
        <translation>Merge cards from phones</translation>
    </message>
</context>
<context>
    <name>DevicesController</name>
    <message>
        <location filename="../../views/devices/controller.py" line="68" />
        <source>Invite participants…</source>
        <translation>Invite participants…</translation>
    </message>
    <message>
        <location filename="../../views/devices/controller.py" line="69" />
        <source>Let phones in the room add cards and dots over this network</source>
        <translation>Let phones in the room add cards and dots over this network</translation>
    </message>
    <message>
        <location filename="../../views/devices/controller.py" line="71" />
        <source>Stop inviting phones</source>
        <translation>Stop inviting phones</translation>
    </message>
</context>
<context>
    <name>DevicesDock</name>
    <message>
        <location filename="../../views/devices/dock.py" line="123" />
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="124" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="125" />
        <source>&amp;New code</source>
        <translation>&amp;New code</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="126" />
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="127" />
        <source>Inbox (cards waiting for you):</source>
        <translation>Inbox (cards waiting for you):</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="128" />
        <source>&amp;Accept</source>
        <translation>&amp;Accept</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="129" />
        <source>&amp;Reject</source>
        <translation>&amp;Reject</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="130" />
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="145" />
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="149" />
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="149" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="150" />
        <source>%1 · %2 phones joined</source>
        <translation>%1 · %2 phones joined</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="156" />
        <source>Phones are not invited.</source>
        <translation>Phones are not invited.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="49" />
        <location filename="../../views/dialogs/duplicates.py" line="59" />
        <source>Possible duplicates</source>
        <translation>Possible duplicates</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="58" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="58" />
        <source>Canvases</source>
        <translation>Canvases</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="58" />
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="64" />
        <source>&amp;Merge into one item</source>
        <translation>&amp;Merge into one item</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="66" />
        <source>&amp;Keep apart</source>
        <translation>&amp;Keep apart</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="94" />
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="100" />
        <source> (kept)</source>
        <translation> (kept)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="112" />
        <source>These cards have the same kind and title but are different items. Merge those that are one thing: the first is kept, every card stays on its canvas, links and votes move along and no text is lost. Each merge can be undone.</source>
        <translation>These cards have the same kind and title but are different items. Merge those that are one thing: the first is kept, every card stays on its canvas, links and votes move along and no text is lost. Each merge can be undone.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="119" />
        <source>No possible duplicates: no two items of one kind have the same title.</source>
        <translation>No possible duplicates: no two items of one kind have the same title.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../views/window_edit.py" line="68" />
        <source>Group selected cards</source>
        <translation>Group selected cards</translation>
    </message>
    <message>
        <location filename="../../views/window_edit.py" line="69" />
        <source>Title of the group:</source>
        <translation>Title of the group:</translation>
    </message>
    <message>
        <location filename="../../views/window_edit.py" line="70" />
        <location filename="../../views/window_edit.py" line="72" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../views/dialogs/errors.py" line="16" />
        <location filename="../../views/dialogs/errors.py" line="26" />
        <source>COI Desktop</source>
        <translation>COI Desktop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/errors.py" line="36" />
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/errors.py" line="39" />
        <source>Open read-only</source>
        <translation>Open read-only</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../views/findings/exporting.py" line="64" />
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Report (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="64" />
        <source>&amp;Excel / Kumu (XLSX)…</source>
        <translation>&amp;Excel / Kumu (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="65" />
        <source>&amp;CSV for Kumu…</source>
        <translation>&amp;CSV for Kumu…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="65" />
        <source>&amp;GraphML (Gephi, yEd)…</source>
        <translation>&amp;GraphML (Gephi, yEd)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="66" />
        <source>&amp;JSON (whole workshop)…</source>
        <translation>&amp;JSON (whole workshop)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="67" />
        <source>Canvas picture (&amp;PNG)…</source>
        <translation>Canvas picture (&amp;PNG)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="67" />
        <source>Canvas picture (&amp;SVG)…</source>
        <translation>Canvas picture (&amp;SVG)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="71" />
        <source>&amp;Import elements and connections…</source>
        <translation>&amp;Import elements and connections…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="73" />
        <source>Add a network from Kumu-style CSV or Excel files as a new canvas</source>
        <translation>Add a network from Kumu-style CSV or Excel files as a new canvas</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="102" />
        <source>Folder for elements.csv and connections.csv</source>
        <translation>Folder for elements.csv and connections.csv</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="105" />
        <source>PDF report (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="105" />
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="106" />
        <source>GraphML (*.graphml)</source>
        <translation>GraphML (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="106" />
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="107" />
        <source>PNG picture (*.png)</source>
        <translation>PNG picture (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="107" />
        <source>SVG picture (*.svg)</source>
        <translation>SVG picture (*.svg)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="108" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="144" />
        <location filename="../../views/findings/exporting.py" line="188" />
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="151" />
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="151" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="154" />
        <source>Report (PDF)</source>
        <translation>Report (PDF)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="179" />
        <source>The export was cancelled; no file was written.</source>
        <translation>The export was cancelled; no file was written.</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="195" />
        <source>Elements (Kumu layout)</source>
        <translation>Elements (Kumu layout)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="196" />
        <location filename="../../views/findings/exporting.py" line="203" />
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Spreadsheets (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="202" />
        <source>Connections (optional)</source>
        <translation>Connections (optional)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="229" />
        <source>Import elements and connections</source>
        <translation>Import elements and connections</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="230" />
        <location filename="../../views/findings/exporting.py" line="231" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="234" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="246" />
        <source>Imported %1 cards and %2 links.</source>
        <translation>Imported %1 cards and %2 links.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../views/window_files.py" line="56" />
        <source>%1 copy.coi</source>
        <translation>%1 copy.coi</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="57" />
        <source>Save a copy as</source>
        <translation>Save a copy as</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="58" />
        <source>COI workshops (*.coi)</source>
        <translation>COI workshops (*.coi)</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="68" />
        <source>Saved a copy as %1</source>
        <translation>Saved a copy as %1</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="86" />
        <source>(no recent workshops)</source>
        <translation>(no recent workshops)</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="90" />
        <source>Clear the list</source>
        <translation>Clear the list</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../views/file_watch.py" line="146" />
        <source>Your version was written to the file; the other program's version is kept as a snapshot (File ▸ Recover from snapshot).</source>
        <translation>Your version was written to the file; the other program's version is kept as a snapshot (File ▸ Recover from snapshot).</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="148" />
        <source>Your version was written to the file.</source>
        <translation>Your version was written to the file.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../views/find_bar.py" line="138" />
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="139" />
        <source>Nothing found</source>
        <translation>Nothing found</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="156" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="158" />
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="161" />
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="187" />
        <source>Fi&amp;nd:</source>
        <translation>Fi&amp;nd:</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="188" />
        <source>Words on the cards</source>
        <translation>Words on the cards</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="189" />
        <source>Find cards</source>
        <translation>Find cards</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="190" />
        <source>Previous match (Shift+F3)</source>
        <translation>Previous match (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="191" />
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="192" />
        <source>Next match (F3)</source>
        <translation>Next match (F3)</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="193" />
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="194" />
        <source>Show only:</source>
        <translation>Show only:</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="195" />
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="196" />
        <source>Filter by category</source>
        <translation>Filter by category</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="197" />
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="198" />
        <source>Close the find bar (Esc)</source>
        <translation>Close the find bar (Esc)</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="199" />
        <source>Close the find bar</source>
        <translation>Close the find bar</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop/guide.py" line="77" />
        <source>COI Desktop user guide</source>
        <translation>COI Desktop user guide</translation>
    </message>
    <message>
        <location filename="../../desktop/guide.py" line="78" />
        <source>Open in &amp;web browser</source>
        <translation>Open in &amp;web browser</translation>
    </message>
    <message>
        <location filename="../../desktop/guide.py" line="79" />
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../views/room/import_dialog.py" line="62" />
        <location filename="../../views/room/import_dialog.py" line="109" />
        <source>Import participants</source>
        <extracomment>Widest a column grows to its contents (px); longer text is elided and shown on hover, so the Problems column stays on screen.</extracomment>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="78" />
        <source>Skip the rows with problems and import the rest</source>
        <translation>Skip the rows with problems and import the rest</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="81" />
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="106" />
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="113" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>The import was cancelled; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="154" />
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="154" />
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="156" />
        <source>no (“%1” is not a yes)</source>
        <translation>no (“%1” is not a yes)</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="172" />
        <source>%1 → Other (kept as written)</source>
        <translation>%1 → Other (kept as written)</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="175" />
        <source>%1 (from the organisation “%2”)</source>
        <translation>%1 (from the organisation “%2”)</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="187" />
        <source>1 participant ready to import.</source>
        <translation>1 participant ready to import.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="188" />
        <source>%1 participants ready to import.</source>
        <translation>%1 participants ready to import.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="190" />
        <source>1 row has problems (marked in red): nothing is imported until you fix the file or choose to skip it.</source>
        <translation>1 row has problems (marked in red): nothing is imported until you fix the file or choose to skip it.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="193" />
        <source>%1 rows have problems (marked in red): nothing is imported until you fix the file or choose to skip them.</source>
        <translation>%1 rows have problems (marked in red): nothing is imported until you fix the file or choose to skip them.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="199" />
        <source>Read into the workshop's sectors and roles: %1 (in italics, with →).</source>
        <translation>Read into the workshop's sectors and roles: %1 (in italics, with →).</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="202" />
        <source>Kept as written under “Other” (fit no sector or role): %1.</source>
        <translation>Kept as written under “Other” (fit no sector or role): %1.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="205" />
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="207" />
        <source>Columns not used: %1.</source>
        <translation>Columns not used: %1.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="224" />
        <source>Import %1 participants</source>
        <translation>Import %1 participants</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../views/docks/fields.py" line="28" />
        <source>(several values)</source>
        <extracomment>A pause in typing this long commits a draft (the file has it within 300 ms).</extracomment>
        <translation>(several values)</translation>
    </message>
    <message>
        <location filename="../../views/docks/fields.py" line="219" />
        <source>(no longer on the roster)</source>
        <translation>(no longer on the roster)</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="206" />
        <source>%1 cards selected</source>
        <translation>%1 cards selected</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="288" />
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="290" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="291" />
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="290" />
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="292" />
        <source>&amp;Sector</source>
        <translation>&amp;Sector</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="292" />
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="293" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="293" />
        <source>&amp;Power</source>
        <translation>&amp;Power</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="294" />
        <source>&amp;Interest</source>
        <translation>&amp;Interest</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="294" />
        <source>&amp;Closeness</source>
        <translation>&amp;Closeness</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="295" />
        <source>&amp;Category</source>
        <translation>&amp;Category</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="295" />
        <source>Se&amp;verity</source>
        <translation>Se&amp;verity</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="296" />
        <source>P&amp;hase</source>
        <translation>P&amp;hase</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="296" />
        <source>I&amp;mpact</source>
        <translation>I&amp;mpact</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="297" />
        <source>&amp;Effort</source>
        <translation>&amp;Effort</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="297" />
        <source>Tech&amp;nology</source>
        <translation>Tech&amp;nology</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="298" />
        <source>O&amp;wner</source>
        <translation>O&amp;wner</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="298" />
        <source>D&amp;ue date</source>
        <translation>D&amp;ue date</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="299" />
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="299" />
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="300" />
        <source>Co&amp;lour</source>
        <translation>Co&amp;lour</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="300" />
        <source>Contributed b&amp;y</source>
        <translation>Contributed b&amp;y</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="301" />
        <source>&amp;Facilitator notes</source>
        <translation>&amp;Facilitator notes</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="306" />
        <source>Separate tags with commas</source>
        <translation>Separate tags with commas</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="307" />
        <source>A date written as YYYY-MM-DD</source>
        <translation>A date written as YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="308" />
        <source>Never shown on the projector</source>
        <translation>Never shown on the projector</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="309" />
        <source>Select a card to see and edit its fields.</source>
        <translation>Select a card to see and edit its fields.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="60" />
        <source>Invite participants</source>
        <translation>Invite participants</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="66" />
        <source>Phones in the room join over this network; nothing goes to the internet. Canvas: %1</source>
        <translation>Phones in the room join over this network; nothing goes to the internet. Canvas: %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="80" />
        <source>&amp;Network address:</source>
        <translation>&amp;Network address:</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="81" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="84" />
        <source>Phones may add &amp;cards</source>
        <translation>Phones may add &amp;cards</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="97" />
        <source>Barrier categories phones may choose:</source>
        <translation>Barrier categories phones may choose:</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="108" />
        <source>Phones may &amp;vote</source>
        <translation>Phones may &amp;vote</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="116" />
        <source>%1 (%2 dots each, at most %3 on one card)</source>
        <translation>%1 (%2 dots each, at most %3 on one card)</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="126" />
        <source>This canvas has no open voting round.</source>
        <translation>This canvas has no open voting round.</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="129" />
        <source>Ask for names (kept only where the participant consents)</source>
        <translation>Ask for names (kept only where the participant consents)</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="131" />
        <source>Anonymous: no names are asked or stored</source>
        <translation>Anonymous: no names are asked or stored</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="133" />
        <source>Live: cards appear on the board at once</source>
        <translation>Live: cards appear on the board at once</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="134" />
        <source>Inbox: I accept, reject or merge each card</source>
        <translation>Inbox: I accept, reject or merge each card</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="150" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="165" />
        <source>Choose at least one kind of card.</source>
        <translation>Choose at least one kind of card.</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="167" />
        <source>Let phones add cards, vote, or both.</source>
        <translation>Let phones add cards, vote, or both.</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <location filename="../../views/devices/qr_widget.py" line="119" />
        <source>Join from your phone</source>
        <translation>Join from your phone</translation>
    </message>
    <message>
        <location filename="../../views/devices/qr_widget.py" line="124" />
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <location filename="../../views/docks/legend.py" line="78" />
        <source>Card kinds</source>
        <translation>Card kinds</translation>
    </message>
    <message>
        <location filename="../../views/docks/legend.py" line="82" />
        <source>Barrier categories</source>
        <translation>Barrier categories</translation>
    </message>
    <message>
        <location filename="../../views/docks/legend.py" line="85" />
        <source>A barrier takes the colour of its category. Dimmed cards do not match the current filter; highlighted ones match the search.</source>
        <translation>A barrier takes the colour of its category. Dimmed cards do not match the current filter; highlighted ones match the search.</translation>
    </message>
    <message>
        <location filename="../../views/docks/legend.py" line="122" />
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../views/library/controller.py" line="80" />
        <source>Barriers from &amp;earlier workshops…</source>
        <translation>Barriers from &amp;earlier workshops…</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="81" />
        <source>Put the barriers raised most often in earlier workshops on a barrier board</source>
        <translation>Put the barriers raised most often in earlier workshops on a barrier board</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="85" />
        <source>&amp;Confirm cards from earlier workshops</source>
        <translation>&amp;Confirm cards from earlier workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="86" />
        <source>The room keeps them: the selected cards (or all on this canvas) lose the “from earlier workshops” mark</source>
        <translation>The room keeps them: the selected cards (or all on this canvas) lose the “from earlier workshops” mark</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="113" />
        <source>1 workshop</source>
        <translation>1 workshop</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="114" />
        <source>%1 workshops</source>
        <translation>%1 workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="162" />
        <source>Take “%1” from the library</source>
        <translation>Take “%1” from the library</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="202" />
        <source>Confirm 1 card from earlier workshops</source>
        <translation>Confirm 1 card from earlier workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="203" />
        <source>Confirm %1 cards from earlier workshops</source>
        <translation>Confirm %1 cards from earlier workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="230" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="230" />
        <source>The library holds no barrier for that technology and phase.</source>
        <translation>The library holds no barrier for that technology and phase.</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="241" />
        <source>Add 1 barrier from earlier workshops</source>
        <translation>Add 1 barrier from earlier workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="242" />
        <source>Add %1 barriers from earlier workshops</source>
        <translation>Add %1 barriers from earlier workshops</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../../views/library/dock.py" line="179" />
        <source>Open library</source>
        <extracomment>Libraries open in this process, shared by the windows' docks (one in-memory copy of a 50,000-entry library is some 55 MB): resolved path → (mtime and size, library, users).</extracomment>
        <translation>Open library</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="180" />
        <source>COI Desktop libraries (*.coilib);;All files (*)</source>
        <translation>COI Desktop libraries (*.coilib);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="192" />
        <source>The library %1 could not be opened.</source>
        <translation>The library %1 could not be opened.</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="226" />
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="237" />
        <source>No library open.</source>
        <translation>No library open.</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="239" />
        <source>%1: %2 entries from %3 workshops</source>
        <translation>%1: %2 entries from %3 workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="259" />
        <source>%1 entries shown</source>
        <translation>%1 entries shown</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="268" />
        <source>raised in 1 workshop</source>
        <translation>raised in 1 workshop</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="269" />
        <source>raised in %1 workshops</source>
        <translation>raised in %1 workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="275" />
        <source>helped: %1</source>
        <translation>helped: %1</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="283" />
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="283" />
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="284" />
        <source>Technologies</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="284" />
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="291" />
        <source>Also written as: %1</source>
        <translation>Also written as: %1</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="325" />
        <source>Library</source>
        <translation>Library</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="326" />
        <source>&amp;Open library…</source>
        <translation>&amp;Open library…</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="328" />
        <source>Open a library of barriers, opportunities and actions from earlier workshops</source>
        <translation>Open a library of barriers, opportunities and actions from earlier workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="329" />
        <source>Search the library (e.g. udbudsregler)</source>
        <translation>Search the library (e.g. udbudsregler)</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="330" />
        <source>Search the library</source>
        <translation>Search the library</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="331" />
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="332" />
        <source>&amp;Technology:</source>
        <translation>&amp;Technology:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="332" />
        <source>P&amp;hase:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="333" />
        <source>S&amp;ector:</source>
        <translation>S&amp;ector:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="339" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="344" />
        <source>&amp;Add to canvas</source>
        <translation>&amp;Add to canvas</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="346" />
        <source>Put the selected entry on the current canvas; the card keeps the library id</source>
        <translation>Put the selected entry on the current canvas; the card keeps the library id</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="35" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="46" />
        <source>%1 (not allowed for these cards)</source>
        <translation>%1 (not allowed for these cards)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="59" />
        <source>Cards:</source>
        <translation>Cards:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="60" />
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="61" />
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="62" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="63" />
        <source>Label</source>
        <translation>Label</translation>
    </message>
</context>
<context>
    <name>LooksController</name>
    <message>
        <location filename="../../views/window_looks.py" line="79" />
        <source>Card text at %1 %</source>
        <translation>Card text at %1 %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="340" />
        <source>Toolbar</source>
        <extracomment>A docked panel lower than this when it is shown is grown (see `MainWindow._give_room`).</extracomment>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="342" />
        <source>Kind of new cards</source>
        <translation>Kind of new cards</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="343" />
        <source>Kind of new cards (Alt+1 … Alt+5)</source>
        <translation>Kind of new cards (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="344" />
        <source>Canvases</source>
        <translation>Canvases</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../views/canvas/minimap.py" line="30" />
        <source>Minimap</source>
        <translation>Minimap</translation>
    </message>
    <message>
        <location filename="../../views/canvas/minimap.py" line="31" />
        <source>The whole canvas: click or drag to move the view</source>
        <translation>The whole canvas: click or drag to move the view</translation>
    </message>
</context>
<context>
    <name>NewCanvasDialog</name>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="17" />
        <source>New canvas</source>
        <translation>New canvas</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="31" />
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="32" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="33" />
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="34" />
        <source>Name of the canvas</source>
        <translation>Name of the canvas</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="57" />
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="65" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="76" />
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="81" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="82" />
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="83" />
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="84" />
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="85" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="86" />
        <source>First &amp;canvas:</source>
        <translation>First &amp;canvas:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="93" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="94" />
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="103" />
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="115" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="118" />
        <source>New workshop file</source>
        <translation>New workshop file</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="120" />
        <source>COI workshops (*.coi)</source>
        <translation>COI workshops (*.coi)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="138" />
        <source>A workshop needs a title.</source>
        <translation>A workshop needs a title.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="143" />
        <source>Write dates as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Write dates as YYYY-MM-DD, for example 2025-03-14.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="147" />
        <source>Choose where to save the workshop file.</source>
        <translation>Choose where to save the workshop file.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="149" />
        <source>A file with that name already exists; choose another name.</source>
        <translation>A file with that name already exists; choose another name.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="151" />
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../views/docks/outline.py" line="192" />
        <source>(no title)</source>
        <translation>(no title)</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="202" />
        <source>on %1 canvases</source>
        <translation>on %1 canvases</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="240" />
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="241" />
        <source>Search cards</source>
        <translation>Search cards</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="242" />
        <source>Search the outline</source>
        <translation>Search the outline</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="243" />
        <source>All cards by kind</source>
        <translation>All cards by kind</translation>
    </message>
</context>
<context>
    <name>PaperCountsDialog</name>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="112" />
        <source>Counted dots: %1</source>
        <translation>Counted dots: %1</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="114" />
        <source>Type the number of dots counted on each card. Dots clicked for named participants are kept and added to these.</source>
        <translation>Type the number of dots counted on each card. Dots clicked for named participants are kept and added to these.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="120" />
        <source>Find a card (type part of its title)</source>
        <translation>Find a card (type part of its title)</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="121" />
        <source>Find a card</source>
        <translation>Find a card</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="127" />
        <source>No card on this round's canvas can get votes in this round: there is nothing to count.</source>
        <translation>No card on this round's canvas can get votes in this round: there is nothing to count.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="130" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="130" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="131" />
        <source>Named dots</source>
        <translation>Named dots</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="131" />
        <source>Counted dots</source>
        <translation>Counted dots</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../views/room/participants.py" line="47" />
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="47" />
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="54" />
        <source>May be named in the report and on the projector</source>
        <translation>May be named in the report and on the projector</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="56" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="59" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="60" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="61" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="62" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="63" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>ParticipantsDock</name>
    <message>
        <location filename="../../views/room/participants.py" line="190" />
        <source>Participants (%1 present of %2)</source>
        <translation>Participants (%1 present of %2)</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="194" />
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="199" />
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="199" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="199" />
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="200" />
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="201" />
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="202" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="203" />
        <source>Import list…</source>
        <translation>Import list…</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="204" />
        <source>Import a sign-up list (CSV or Excel)</source>
        <translation>Import a sign-up list (CSV or Excel)</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="242" />
        <source>Mark present</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="242" />
        <source>Mark absent</source>
        <translation>Mark absent</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="243" />
        <source>Change consent</source>
        <translation>Change consent</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="253" />
        <source>Add participant</source>
        <translation>Add participant</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="265" />
        <source>Edit participant</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="271" />
        <source>Remove participants</source>
        <translation>Remove participants</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="278" />
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="279" />
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Participant lists (*.csv *.xlsx *.txt);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../views/worker.py" line="138" />
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../views/room/projector.py" line="142" />
        <source>Dot voting: %1</source>
        <extracomment>Below this title size (px on the wall) a projector that follows the facilitator's zoom zooms in on the cards the facilitator sees instead.</extracomment>
        <translation>Dot voting: %1</translation>
    </message>
    <message>
        <location filename="../../views/room/projector.py" line="145" />
        <source>%1 new cards not yet shown</source>
        <translation>%1 new cards not yet shown</translation>
    </message>
    <message>
        <location filename="../../views/room/projector.py" line="147" />
        <source>Silent brainstorming: new cards appear when revealed</source>
        <translation>Silent brainstorming: new cards appear when revealed</translation>
    </message>
    <message>
        <location filename="../../views/room/projector.py" line="258" />
        <source>COI Desktop: projector</source>
        <translation>COI Desktop: projector</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="106" />
        <source>Similar cards from different workshops are proposed as one item. Accept or reject a proposal, or double-click its name to rename it. Decisions are kept in the database and survive new runs.</source>
        <translation>Similar cards from different workshops are proposed as one item. Accept or reject a proposal, or double-click its name to rename it. Decisions are kept in the database and survive new runs.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Similarity</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Why?</source>
        <translation>Why?</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="112" />
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="113" />
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="114" />
        <source>Undecide</source>
        <translation>Undecide</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="115" />
        <source>Undecided only</source>
        <translation>Undecided only</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="119" />
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="137" />
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="137" />
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="138" />
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="219" />
        <location filename="../../views/consolidation/proposals.py" line="238" />
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="222" />
        <source>One says “not”, the other does not</source>
        <translation>One says “not”, the other does not</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="224" />
        <source>Shared: %1 · differs: %2</source>
        <translation>Shared: %1 · differs: %2</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="226" />
        <source>Shared: %1</source>
        <translation>Shared: %1</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="232" />
        <source>“%1” and “%2”: %3 % alike.</source>
        <translation>“%1” and “%2”: %3 % alike.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="235" />
        <source>One says “not”, the other does not: such titles are never grouped.</source>
        <translation>One says “not”, the other does not: such titles are never grouped.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="237" />
        <source>Shared words: %1.</source>
        <translation>Shared words: %1.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="241" />
        <source>Only in “%1”: %2.</source>
        <translation>Only in “%1”: %2.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="244" />
        <source>Place names, not compared: %1.</source>
        <translation>Place names, not compared: %1.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="253" />
        <source>Select a proposal to see why its titles were grouped.</source>
        <translation>Select a proposal to see why its titles were grouped.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="258" />
        <source>Why these titles were grouped:</source>
        <translation>Why these titles were grouped:</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="265" />
        <source>No groupings to review: no two card titles from different workshops were similar without being identical.</source>
        <translation>No groupings to review: no two card titles from different workshops were similar without being identical.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="269" />
        <source>No proposals yet. Add workshop files or folders and press Consolidate.</source>
        <translation>No proposals yet. Add workshop files or folders and press Consolidate.</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../views/quick_capture.py" line="110" />
        <source>&amp;Quick capture:</source>
        <translation>&amp;Quick capture:</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="112" />
        <source>Type a card and press Enter; paste several lines for several cards</source>
        <translation>Type a card and press Enter; paste several lines for several cards</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="113" />
        <source>Quick capture text</source>
        <translation>Quick capture text</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="114" />
        <source>Kind of the new card</source>
        <translation>Kind of the new card</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="115" />
        <source>Kind of the new card (Alt+1 … Alt+5)</source>
        <translation>Kind of the new card (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="116" />
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="117" />
        <source>Add the card</source>
        <translation>Add the card</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../views/dialogs/recover.py" line="106" />
        <source>This snapshot cannot be read.</source>
        <translation>This snapshot cannot be read.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="123" />
        <source>%1 (recovered %2).coi</source>
        <translation>%1 (recovered %2).coi</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="130" />
        <source>Save the recovered workshop as</source>
        <translation>Save the recovered workshop as</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="131" />
        <source>COI workshops (*.coi)</source>
        <translation>COI workshops (*.coi)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="142" />
        <source>Recover from snapshot</source>
        <translation>Recover from snapshot</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="148" />
        <source>COI Desktop keeps copies of your workshops while you edit them. Choose one to save it as a new workshop file; the copy itself is never changed.</source>
        <translation>COI Desktop keeps copies of your workshops while you edit them. Choose one to save it as a new workshop file; the copy itself is never changed.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="157" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="157" />
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="157" />
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="158" />
        <source>Snapshots</source>
        <translation>Snapshots</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="167" />
        <source>&amp;Recover…</source>
        <translation>&amp;Recover…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="189" />
        <source>Unusable: %1</source>
        <translation>Unusable: %1</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="223" />
        <source>There are no snapshots yet. They are taken while you edit a workshop (how often is set in Settings).</source>
        <translation>There are no snapshots yet. They are taken while you edit a workshop (how often is set in Settings).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="228" />
        <source>Snapshot file: %1</source>
        <translation>Snapshot file: %1</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="230" />
        <source>This snapshot cannot be used: %1</source>
        <translation>This snapshot cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="246" />
        <source>That is the snapshot itself: choose another place to save the recovered workshop.</source>
        <translation>That is the snapshot itself: choose another place to save the recovered workshop.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../views/dialogs/retention.py" line="38" />
        <source>Retention date passed</source>
        <translation>Retention date passed</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="53" />
        <source>The retention date of this workshop, %1, has passed, and it still holds names and e-mail addresses. It is open read-only here, so they cannot be removed now: open it for writing, or run “coi-desktop purge-personal-data” on the file.</source>
        <translation>The retention date of this workshop, %1, has passed, and it still holds names and e-mail addresses. It is open read-only here, so they cannot be removed now: open it for writing, or run “coi-desktop purge-personal-data” on the file.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="63" />
        <source>The retention date of this workshop, %1, has passed, and it still holds personal data. Removing it replaces every participant's name by a pseudonym (“Participant 3”), empties their e-mail addresses, and replaces the same names and addresses in card texts and action owners (participants: %2, cards: %3). This cannot be undone.</source>
        <translation>The retention date of this workshop, %1, has passed, and it still holds personal data. Removing it replaces every participant's name by a pseudonym (“Participant 3”), empties their e-mail addresses, and replaces the same names and addresses in card texts and action owners (participants: %2, cards: %3). This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="71" />
        <source>Remove personal data now</source>
        <translation>Remove personal data now</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="74" />
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="85" />
        <source>Remove the names and e-mail addresses for good? This cannot be undone. A snapshot of the file as it is now is kept in your private snapshot folder and removed with the other old snapshots.</source>
        <translation>Remove the names and e-mail addresses for good? This cannot be undone. A snapshot of the file as it is now is kept in your private snapshot folder and removed with the other old snapshots.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="90" />
        <source>Remove for good</source>
        <translation>Remove for good</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="109" />
        <source>Personal data removed (participants: %1, cards: %2): names and e-mail addresses are replaced by pseudonyms. The undo history was cleared.</source>
        <translation>Personal data removed (participants: %1, cards: %2): names and e-mail addresses are replaced by pseudonyms. The undo history was cleared.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../../views/room/__init__.py" line="165" />
        <source>&amp;Participants</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="166" />
        <source>&amp;Import participants…</source>
        <translation>&amp;Import participants…</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="167" />
        <source>&amp;Dot voting</source>
        <translation>&amp;Dot voting</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="168" />
        <source>&amp;New voting round…</source>
        <translation>&amp;New voting round…</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="169" />
        <source>&amp;Click cards to vote</source>
        <translation>&amp;Click cards to vote</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="171" />
        <source>&amp;Agenda and timer</source>
        <translation>&amp;Agenda and timer</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="173" />
        <source>Timer: one &amp;minute more</source>
        <translation>Timer: one &amp;minute more</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="174" />
        <source>&amp;Reset timer</source>
        <translation>&amp;Reset timer</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="170" />
        <source>&amp;Enter counted dots…</source>
        <translation>&amp;Enter counted dots…</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="172" />
        <source>Start or pause &amp;timer</source>
        <translation>Start or pause &amp;timer</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="175" />
        <source>Pr&amp;ojector view</source>
        <translation>Pr&amp;ojector view</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="176" />
        <source>Projector &amp;follows my zoom</source>
        <translation>Projector &amp;follows my zoom</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="177" />
        <source>Present &amp;zone by zone</source>
        <translation>Present &amp;zone by zone</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="178" />
        <source>Ne&amp;xt zone</source>
        <translation>Ne&amp;xt zone</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="179" />
        <source>Previo&amp;us zone</source>
        <translation>Previo&amp;us zone</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="180" />
        <source>&amp;Hidden round (silent brainstorming)</source>
        <translation>&amp;Hidden round (silent brainstorming)</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="181" />
        <source>Re&amp;veal all hidden cards</source>
        <translation>Re&amp;veal all hidden cards</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="186" />
        <source>New cards show on your screen but stay off the projector until revealed</source>
        <translation>New cards show on your screen but stay off the projector until revealed</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="188" />
        <source>The projector shows one zone at a time, large enough for the back row</source>
        <translation>The projector shows one zone at a time, large enough for the back row</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="189" />
        <source>Projector &amp;screen</source>
        <translation>Projector &amp;screen</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="223" />
        <source>Start a voting round first.</source>
        <translation>Start a voting round first.</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="256" />
        <source>Hidden round on: new cards stay off the projector until you reveal them.</source>
        <translation>Hidden round on: new cards stay off the projector until you reveal them.</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="258" />
        <source>Hidden round off.</source>
        <translation>Hidden round off.</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="267" />
        <source>Reveal hidden cards</source>
        <translation>Reveal hidden cards</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="336" />
        <source>The card titles on the projector are small (%1 px): Room ▸ Present zone by zone (Shift+F5) shows the board large enough for the back row.</source>
        <translation>The card titles on the projector are small (%1 px): Room ▸ Present zone by zone (Shift+F5) shows the board large enough for the back row.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../views/consolidation/search.py" line="51" />
        <source>Search card titles and descriptions</source>
        <translation>Search card titles and descriptions</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="52" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="52" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="53" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="53" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="94" />
        <source>Consolidate first: the search looks in the consolidated database.</source>
        <translation>Consolidate first: the search looks in the consolidated database.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/consolidation/search.py" line="97" />
        <source>%n cards found</source>
        <translation>
            <numerusform>%n cards found</numerusform><numerusform>%n cards found</numerusform></translation>
    </message>
</context>
<context>
    <name>SeedDialog</name>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="34" />
        <source>Barriers from earlier workshops</source>
        <translation>Barriers from earlier workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="37" />
        <source>The barriers raised in the most earlier workshops go on a barrier board, marked “from earlier workshops”, for the room to confirm or discard.</source>
        <translation>The barriers raised in the most earlier workshops go on a barrier board, marked “from earlier workshops”, for the room to confirm or discard.</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="48" />
        <source>Any</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="56" />
        <source>&amp;Technology:</source>
        <translation>&amp;Technology:</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="57" />
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="58" />
        <source>&amp;Number of barriers:</source>
        <translation>&amp;Number of barriers:</translation>
    </message>
</context>
<context>
    <name>SeedRow</name>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="85" />
        <source>Barriers from earlier workshops (%1):</source>
        <translation>Barriers from earlier workshops (%1):</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="90" />
        <source>Technology</source>
        <translation>Technology</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="91" />
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="93" />
        <source>Any %1</source>
        <translation>Any %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="27" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="32" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="39" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="40" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="41" />
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="58" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="59" />
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="61" />
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="62" />
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="63" />
        <source>&amp;Kind of new cards:</source>
        <translation>&amp;Kind of new cards:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="64" />
        <source>Card te&amp;xt size:</source>
        <translation>Card te&amp;xt size:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="65" />
        <source>&amp;Snapshot every:</source>
        <translation>&amp;Snapshot every:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="66" />
        <source>Every change is saved in the workshop file at once. Snapshots are extra copies kept in your data folder (the last ten).</source>
        <translation>Every change is saved in the workshop file at once. Snapshots are extra copies kept in your data folder (the last ten).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="71" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="72" />
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="73" />
        <source>Kind of new cards</source>
        <translation>Kind of new cards</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="74" />
        <source>Card text size</source>
        <translation>Card text size</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="75" />
        <source>Minutes between snapshots</source>
        <translation>Minutes between snapshots</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../views/application.py" line="112" />
        <source>Reloaded %1 as the other program left it; the undo history starts afresh.</source>
        <translation>Reloaded %1 as the other program left it; the undo history starts afresh.</translation>
    </message>
    <message>
        <location filename="../../views/application.py" line="175" />
        <source>Open workshop</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <location filename="../../views/application.py" line="176" />
        <source>COI workshops (*.coi);;All files (*)</source>
        <translation>COI workshops (*.coi);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="58" />
        <location filename="../../views/dialogs/shortcuts.py" line="69" />
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="62" />
        <location filename="../../views/dialogs/shortcuts.py" line="63" />
        <source>Search commands</source>
        <translation>Search commands</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="67" />
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="67" />
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="90" />
        <source>On the canvas</source>
        <translation>On the canvas</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="96" />
        <source>Add a card where you double-click</source>
        <translation>Add a card where you double-click</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="96" />
        <source>Double-click</source>
        <translation>Double-click</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="97" />
        <source>Pan the canvas</source>
        <translation>Pan the canvas</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="97" />
        <source>Wheel, Space+drag</source>
        <translation>Wheel, Space+drag</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="98" />
        <source>Zoom around the pointer</source>
        <translation>Zoom around the pointer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="98" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+wheel</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="99" />
        <source>Hand the keyboard back to the canvas</source>
        <translation>Hand the keyboard back to the canvas</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <location filename="../../views/canvas/slides.py" line="96" />
        <source>Outside the zones</source>
        <extracomment>At most this many cards on a slide: a 4 × 3 grid on a 1920×1080 wall zooms about 1.8, so even a title at its smallest step (the longest word's, 0.72) keeps 24 px capitals. It was 20: the demo's 15 loose cards shared one 5 × 3 slide at zoom 1.5, where the slide's type reaches its cap (SLIDE_SCALE) and a title stepped down to 0.76 had 23 px capitals, as the picture `coi-desktop render --projector` wrote showed (tests/views/canvas/ test_render_cli_legible.py measures them). Card titles on a slide are this large on the wall (px): with the two smaller steps a long title may take (style.py, down to 0.76) its capitals stay at least 24 px tall. Card type on a slide, relative to the canvas: between these (titles of two lines fit). A card's size on a slide: larger than on the canvas, so a title at the slide's larger type still gets three lines of enough words beside its band and footer (at the canvas size a crowded slide cut "Invitér fem leverandører til dialogmøde" to "Invitér fem le…").</extracomment>
        <translation>Outside the zones</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="38" />
        <source>Start a voting round</source>
        <translation>Start a voting round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="56" />
        <source>&amp;Anonymous: votes carry no names</source>
        <translation>&amp;Anonymous: votes carry no names</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="59" />
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="61" />
        <source>&amp;Dots per participant</source>
        <translation>&amp;Dots per participant</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="62" />
        <source>&amp;Most dots on one card</source>
        <translation>&amp;Most dots on one card</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="60" />
        <source>Cards that can get votes</source>
        <translation>Cards that can get votes</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="70" />
        <source>Start round</source>
        <translation>Start round</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <location filename="../../views/room/timer_widget.py" line="129" />
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
</context>
<context>
    <name>TimerWidget</name>
    <message>
        <location filename="../../views/room/timer_widget.py" line="214" />
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="214" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="218" />
        <source>+1 minute</source>
        <translation>+1 minute</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="219" />
        <source>Reset to</source>
        <translation>Reset to</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="220" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="221" />
        <source>Beep at zero</source>
        <translation>Beep at zero</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="222" />
        <source>Time left; red and flashing when the time is up</source>
        <translation>Time left; red and flashing when the time is up</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <location filename="../../views/canvas/editor.py" line="46" />
        <source>Card title</source>
        <extracomment>Smallest editor and text: at a board-wide zoom a card is ~50 px wide on screen.</extracomment>
        <translation>Card title</translation>
    </message>
</context>
<context>
    <name>VotingDock</name>
    <message>
        <location filename="../../views/room/voting.py" line="234" />
        <source>Anonymous / counted</source>
        <extracomment>Card and vote changes rebuild the ranking at most this often.</extracomment>
        <translation>Anonymous / counted</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="281" />
        <source>No voting round on this canvas.</source>
        <translation>No voting round on this canvas.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="284" />
        <source>Reopen round</source>
        <translation>Reopen round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="280" />
        <location filename="../../views/room/voting.py" line="284" />
        <source>Close round</source>
        <translation>Close round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="287" />
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="287" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="288" />
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="288" />
        <source>named</source>
        <translation>named</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="289" />
        <source>%1 dots each, at most %2 per card</source>
        <translation>%1 dots each, at most %2 per card</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="295" />
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 has %2 of %3 dots left</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="299" />
        <source>Dots without a name: no budget applies.</source>
        <translation>Dots without a name: no budget applies.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="308" />
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="309" />
        <source>New round…</source>
        <translation>New round…</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="310" />
        <source>Delete round</source>
        <translation>Delete round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="311" />
        <source>Enter counted dots…</source>
        <translation>Enter counted dots…</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="312" />
        <source>Click cards to vote</source>
        <translation>Click cards to vote</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="313" />
        <source>Each click on a card gives it a dot from the chosen participant; Shift+click takes one back</source>
        <translation>Each click on a card gives it a dot from the chosen participant; Shift+click takes one back</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="315" />
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="315" />
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="315" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="316" />
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="333" />
        <source>Round %1</source>
        <translation>Round %1</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="340" />
        <source>Start voting round</source>
        <translation>Start voting round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="346" />
        <source>Reopen voting round</source>
        <translation>Reopen voting round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="346" />
        <source>Close voting round</source>
        <translation>Close voting round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="354" />
        <source>Delete voting round</source>
        <translation>Delete voting round</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="368" />
        <source>Enter counted dots</source>
        <translation>Enter counted dots</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="406" />
        <source>Take back a dot</source>
        <translation>Take back a dot</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="406" />
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../views/canvas/wall.py" line="135" />
        <source>Selected cards</source>
        <extracomment>Card type on the wall, relative to the facilitator's (titles of two lines still fit). A title's cap height is about this share of its font size (DejaVu Sans Bold: 0.73). The smallest title the back row reads (cap height in px on a 1920×1080 wall).</extracomment>
        <translation>Selected cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/wall.py" line="157" />
        <source>nothing to show in this mode</source>
        <translation>nothing to show in this mode</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../views/welcome.py" line="137" />
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="194" />
        <source>Map actors, barriers and opportunities of public–private innovation, live in the workshop room.</source>
        <translation>Map actors, barriers and opportunities of public–private innovation, live in the workshop room.</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="196" />
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="197" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="198" />
        <source>Open the &amp;demo workshop</source>
        <translation>Open the &amp;demo workshop</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="199" />
        <source>Reco&amp;ver from snapshot…</source>
        <translation>Reco&amp;ver from snapshot…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="200" />
        <source>Get a deleted or overwritten workshop back from the copies kept while you edited it</source>
        <translation>Get a deleted or overwritten workshop back from the copies kept while you edited it</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="202" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="203" />
        <source>&amp;Recent workshops</source>
        <translation>&amp;Recent workshops</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="204" />
        <source>Recent workshops</source>
        <translation>Recent workshops</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="205" />
        <source>No recent workshops yet. Start a new workshop, or open the demo workshop to look around.</source>
        <translation>No recent workshops yet. Start a new workshop, or open the demo workshop to look around.</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="208" />
        <source>Press Enter to open; Delete removes a workshop from this list (the file stays). You can also drop a .coi file here.</source>
        <translation>Press Enter to open; Delete removes a workshop from this list (the file stays). You can also drop a .coi file here.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../views/actions.py" line="176" />
        <source>&amp;New workshop…</source>
        <extracomment>(key, shortcut(s), icon, handler) — handler "view:NAME" calls NAME() on the current canvas view, "align:SIDE" and "distribute:AXIS" arrange its selection; "OWNER.METHOD" calls a method of one of the window's controllers (or "window.close"). Actions that change the workshop: disabled in a read-only window. Actions that need at least this many selected cards.</extracomment>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="177" />
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="179" />
        <source>&amp;Close window</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="180" />
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="181" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="182" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="183" />
        <source>Cu&amp;t</source>
        <translation>Cu&amp;t</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="184" />
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="185" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="189" />
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="194" />
        <source>&amp;Quick capture</source>
        <translation>&amp;Quick capture</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="195" />
        <source>&amp;Find…</source>
        <translation>&amp;Find…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="197" />
        <source>Find pre&amp;vious</source>
        <translation>Find pre&amp;vious</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="198" />
        <source>Align &amp;left edges</source>
        <translation>Align &amp;left edges</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="199" />
        <source>Align &amp;right edges</source>
        <translation>Align &amp;right edges</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="200" />
        <source>Align &amp;top edges</source>
        <translation>Align &amp;top edges</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="201" />
        <source>Align &amp;bottom edges</source>
        <translation>Align &amp;bottom edges</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="202" />
        <source>Distribute &amp;horizontally</source>
        <translation>Distribute &amp;horizontally</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="203" />
        <source>Distribute &amp;vertically</source>
        <translation>Distribute &amp;vertically</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="204" />
        <source>T&amp;idy cards</source>
        <translation>T&amp;idy cards</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="205" />
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="206" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="207" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="208" />
        <source>&amp;Fit all cards</source>
        <translation>&amp;Fit all cards</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="209" />
        <source>Zoom to &amp;selection</source>
        <translation>Zoom to &amp;selection</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="210" />
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Actual size (100 %)</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="211" />
        <source>&amp;Larger card text</source>
        <translation>&amp;Larger card text</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="212" />
        <source>S&amp;maller card text</source>
        <translation>S&amp;maller card text</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="214" />
        <source>F&amp;ull screen</source>
        <translation>F&amp;ull screen</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="215" />
        <source>Go to the &amp;canvas</source>
        <translation>Go to the &amp;canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="217" />
        <source>Go to the i&amp;nspector</source>
        <translation>Go to the i&amp;nspector</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="218" />
        <source>&amp;New canvas…</source>
        <translation>&amp;New canvas…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="219" />
        <source>&amp;Rename canvas…</source>
        <translation>&amp;Rename canvas…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="220" />
        <source>&amp;Duplicate canvas</source>
        <translation>&amp;Duplicate canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="221" />
        <source>De&amp;lete canvas</source>
        <translation>De&amp;lete canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="178" />
        <source>Save a copy &amp;as…</source>
        <translation>Save a copy &amp;as…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="186" />
        <source>Dupl&amp;icate</source>
        <translation>Dupl&amp;icate</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="187" />
        <source>Place on anot&amp;her canvas…</source>
        <translation>Place on anot&amp;her canvas…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="188" />
        <source>De&amp;lete</source>
        <translation>De&amp;lete</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="190" />
        <source>A&amp;dd card</source>
        <translation>A&amp;dd card</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="191" />
        <source>&amp;Edit card title</source>
        <translation>&amp;Edit card title</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="192" />
        <source>Li&amp;nk selected cards</source>
        <translation>Li&amp;nk selected cards</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="193" />
        <source>Gr&amp;oup selected cards</source>
        <translation>Gr&amp;oup selected cards</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="196" />
        <source>Find ne&amp;xt</source>
        <translation>Find ne&amp;xt</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="213" />
        <source>No&amp;rmal card text</source>
        <translation>No&amp;rmal card text</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="216" />
        <source>Go to the ou&amp;tline</source>
        <translation>Go to the ou&amp;tline</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="222" />
        <source>Move canvas le&amp;ft</source>
        <translation>Move canvas le&amp;ft</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="223" />
        <source>Move canvas r&amp;ight</source>
        <translation>Move canvas r&amp;ight</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="224" />
        <source>&amp;Previous canvas</source>
        <translation>&amp;Previous canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="225" />
        <source>N&amp;ext canvas</source>
        <translation>N&amp;ext canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="226" />
        <source>Workshop &amp;details…</source>
        <translation>Workshop &amp;details…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="227" />
        <source>&amp;Taxonomies…</source>
        <translation>&amp;Taxonomies…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="228" />
        <source>Possible d&amp;uplicates…</source>
        <translation>Possible d&amp;uplicates…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="229" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="230" />
        <source>&amp;About COI Desktop</source>
        <translation>&amp;About COI Desktop</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="233" />
        <source>Start a new workshop in a new file</source>
        <translation>Start a new workshop in a new file</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="234" />
        <source>Open a workshop file</source>
        <translation>Open a workshop file</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="235" />
        <source>Add a card of the chosen kind to the canvas</source>
        <translation>Add a card of the chosen kind to the canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="236" />
        <source>Link the selected cards</source>
        <translation>Link the selected cards</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="237" />
        <source>Put a titled frame around the selected cards</source>
        <translation>Put a titled frame around the selected cards</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="238" />
        <source>Delete the selected cards and links</source>
        <translation>Delete the selected cards and links</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="239" />
        <source>Show the selected cards on another canvas as well: the same items, not copies</source>
        <translation>Show the selected cards on another canvas as well: the same items, not copies</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="241" />
        <source>Lay the selected cards (or all) on their zone's grid</source>
        <translation>Lay the selected cards (or all) on their zone's grid</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="242" />
        <source>Find cards and filter the canvas</source>
        <translation>Find cards and filter the canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="243" />
        <source>Show every card of the canvas</source>
        <translation>Show every card of the canvas</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="244" />
        <source>Add a canvas from a template</source>
        <translation>Add a canvas from a template</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="245" />
        <source>Title, date, place and other details of the workshop</source>
        <translation>Title, date, place and other details of the workshop</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="246" />
        <source>Cards of one kind with the same title that are different items: merge them or keep them apart</source>
        <translation>Cards of one kind with the same title that are different items: merge them or keep them apart</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="255" />
        <source>Add card</source>
        <translation>Add card</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="255" />
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="256" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="256" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="261" />
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="261" />
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="262" />
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="265" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../views/window_menus.py" line="104" />
        <source>(no exports available)</source>
        <extracomment>Menu layout: a key is an action, "-" a separator, "@name" a submenu defined below.</extracomment>
        <translation>(no exports available)</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="111" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="111" />
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="111" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="112" />
        <source>&amp;Canvas</source>
        <translation>&amp;Canvas</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="112" />
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="113" />
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="113" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="114" />
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="114" />
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="115" />
        <source>Card &amp;kind</source>
        <translation>Card &amp;kind</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="115" />
        <source>Arran&amp;ge</source>
        <translation>Arran&amp;ge</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="116" />
        <source>Lan&amp;guage</source>
        <translation>Lan&amp;guage</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="116" />
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="117" />
        <source>T&amp;heme</source>
        <translation>T&amp;heme</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="118" />
        <source>Add canvas from &amp;template</source>
        <translation>Add canvas from &amp;template</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="122" />
        <source>Reco&amp;ver from snapshot…</source>
        <translation>Reco&amp;ver from snapshot…</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="123" />
        <source>Save a copy kept while you edited a workshop as a new file and open it</source>
        <translation>Save a copy kept while you edited a workshop as a new file and open it</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../../views/window_state.py" line="74" />
        <source>Read-only</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="75" />
        <source>Every change is saved in the file</source>
        <translation>Every change is saved in the file</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="86" />
        <source>%1 cards</source>
        <translation>%1 cards</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="90" />
        <source>Untitled workshop</source>
        <translation>Untitled workshop</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="93" />
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="95" />
        <source>%1 (edited)</source>
        <translation>%1 (edited)</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="129" />
        <location filename="../../views/window_state.py" line="134" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="130" />
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="131" />
        <location filename="../../views/window_state.py" line="134" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="132" />
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../../views/dialogs/details.py" line="51" />
        <source>Workshop details</source>
        <translation>Workshop details</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="57" />
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="76" />
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="78" />
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="78" />
        <source>&amp;Organiser:</source>
        <translation>&amp;Organiser:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="58" />
        <source>Ta&amp;xonomies</source>
        <translation>Ta&amp;xonomies</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="76" />
        <source>Pur&amp;pose:</source>
        <translation>Pur&amp;pose:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="77" />
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;e:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="77" />
        <source>Pla&amp;ce:</source>
        <translation>Pla&amp;ce:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="79" />
        <source>Lan&amp;guage of the workshop:</source>
        <translation>Lan&amp;guage of the workshop:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="80" />
        <source>Tec&amp;hnology focus:</source>
        <translation>Tec&amp;hnology focus:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="81" />
        <source>Pha&amp;se focus:</source>
        <translation>Pha&amp;se focus:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="82" />
        <source>Delete pe&amp;rsonal data after:</source>
        <translation>Delete pe&amp;rsonal data after:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="83" />
        <source>Facilitator &amp;notes:</source>
        <translation>Facilitator &amp;notes:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="108" />
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="136" />
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="136" />
        <source>Actor roles</source>
        <translation>Actor roles</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="137" />
        <source>Barrier categories</source>
        <translation>Barrier categories</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="137" />
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="138" />
        <source>Technologies</source>
        <translation>Technologies</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="139" />
        <source>Relation types</source>
        <translation>Relation types</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="142" />
        <source>&amp;List:</source>
        <translation>&amp;List:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="144" />
        <source>Taxonomy</source>
        <translation>Taxonomy</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="147" />
        <source>&amp;Add entry</source>
        <translation>&amp;Add entry</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="153" />
        <source>Danish</source>
        <translation>Danish</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="153" />
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="154" />
        <source>Hidden</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="161" />
        <source>Entries of the list</source>
        <translation>Entries of the list</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="163" />
        <source>Entries cannot be deleted, because cards may use them: hide an entry to take it out of the choices.</source>
        <translation>Entries cannot be deleted, because cards may use them: hide an entry to take it out of the choices.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="218" />
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="252" />
        <source>A workshop needs a title.</source>
        <translation>A workshop needs a title.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="259" />
        <source>Write dates as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Write dates as YYYY-MM-DD, for example 2025-03-14.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="262" />
        <source>Every entry needs a label in Danish or English.</source>
        <translation>Every entry needs a label in Danish or English.</translation>
    </message>
</context>
<context>
    <name>ZoneChoice</name>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="35" />
        <source>Paste cards</source>
        <translation>Paste cards</translation>
    </message>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="37" />
        <source>%1 lines become “%2” cards. Each takes the meaning of the zone it is placed in:</source>
        <translation>%1 lines become “%2” cards. Each takes the meaning of the zone it is placed in:</translation>
    </message>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="45" />
        <source>Outside the zones (no meaning)</source>
        <translation>Outside the zones (no meaning)</translation>
    </message>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="51" />
        <source>&amp;Paste</source>
        <translation>&amp;Paste</translation>
    </message>
</context>
<context>
    <name>_GuideAction</name>
    <message>
        <location filename="../../desktop/guide.py" line="117" />
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location filename="../../desktop/guide.py" line="118" />
        <source>How to prepare, run and follow up a workshop with COI Desktop</source>
        <translation>How to prepare, run and follow up a workshop with COI Desktop</translation>
    </message>
</context>
</TS>