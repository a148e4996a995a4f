<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="da" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <location filename="../../views/dialogs/about.py" line="12" />
        <source>About COI Desktop</source>
        <translation>Om COI Desktop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/about.py" line="13" />
        <source>&lt;h3&gt;COI Desktop %1&lt;/h3&gt;&lt;p&gt;An offline workshop tool for mapping actors, barriers and opportunities in public–private innovation, made for the Danish Center for Offentlig Innovation.&lt;/p&gt;&lt;p&gt;Every change is saved in the workshop file as you work. No account, no network.&lt;/p&gt;&lt;p&gt;MIT licence. Card text is set in DejaVu Sans (free licence, shipped with the program). Built with Qt for Python (LGPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;COI Desktop %1&lt;/h3&gt;&lt;p&gt;Et offline workshopværktøj til at kortlægge aktører, barrierer og muligheder i offentlig-privat innovation, lavet til Center for Offentlig Innovation.&lt;/p&gt;&lt;p&gt;Hver ændring gemmes i workshopfilen, mens du arbejder. Ingen konto, intet netværk.&lt;/p&gt;&lt;p&gt;MIT-licens. Korttekst sættes med DejaVu Sans (fri licens, følger med programmet). Bygget med Qt for Python (LGPL).&lt;/p&gt;</translation>
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
        <translation>Dagsorden og tid</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="235" />
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="235" />
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="236" />
        <source>Canvas</source>
        <translation>Lærred</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="236" />
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="237" />
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="237" />
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="237" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="238" />
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="238" />
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="238" />
        <source>Start item</source>
        <translation>Start punkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="239" />
        <source>Finish item</source>
        <translation>Afslut punkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="242" />
        <source>Switch to the item's canvas and start its countdown</source>
        <translation>Skift til punktets lærred og start nedtællingen</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="285" />
        <source>Add agenda item</source>
        <translation>Tilføj dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="298" />
        <source>Edit agenda item</source>
        <translation>Redigér dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="304" />
        <source>Remove agenda item</source>
        <translation>Fjern dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="317" />
        <source>Reorder agenda</source>
        <translation>Omarranger dagsorden</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="334" />
        <source>Start agenda item</source>
        <translation>Start dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="347" />
        <source>Finish agenda item</source>
        <translation>Afslut dagsordenspunkt</translation>
    </message>
</context>
<context>
    <name>AgendaItemDialog</name>
    <message>
        <location filename="../../views/room/agenda.py" line="73" />
        <source>Agenda item</source>
        <extracomment>How long after an item's start its countdown is still taken up on reopening (12 hours).</extracomment>
        <translation>Dagsordenspunkt</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="80" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="82" />
        <source>(no canvas)</source>
        <translation>(intet lærred)</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="88" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="89" />
        <source>&amp;Planned time:</source>
        <translation>&amp;Planlagt tid:</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="90" />
        <source>&amp;Canvas:</source>
        <translation>&amp;Lærred:</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="91" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="92" />
        <source>Planned time</source>
        <translation>Planlagt tid</translation>
    </message>
    <message>
        <location filename="../../views/room/agenda.py" line="93" />
        <source>Canvas</source>
        <translation>Lærred</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <location filename="../../views/findings/dock.py" line="124" />
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="125" />
        <source>Whole workshop</source>
        <translation>Hele workshoppen</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="126" />
        <source>This canvas</source>
        <translation>Dette lærred</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="127" />
        <source>Show on canvas</source>
        <translation>Vis på lærredet</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="129" />
        <source>Make bridge-builders bigger and ring the cards of each cluster in its colour</source>
        <translation>Gør brobyggerne større og giv kortene i hver klynge en ring i klyngens farve</translation>
    </message>
    <message>
        <location filename="../../views/findings/dock.py" line="212" />
        <source>Click to show the card on its canvas</source>
        <translation>Klik for at vise kortet på dets lærred</translation>
    </message>
</context>
<context>
    <name>BoardImportDialog</name>
    <message>
        <location filename="../../views/board_import_dialog.py" line="78" />
        <source>Import board</source>
        <extracomment>The combo box value of "Skip": those stickies are left out. Sample texts shown per colour, and how much of each. Rows left out that are named one by one; more are counted.</extracomment>
        <translation>Importér tavle</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="85" />
        <source>Name of the new canvas</source>
        <translation>Navn på det nye lærred</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="88" />
        <source>New canvas &amp;name:</source>
        <translation>Det nye lærreds &amp;navn:</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="93" />
        <source>Sticky colours and their card kinds</source>
        <translation>Sedlernes farver og deres korttyper</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="97" />
        <source>Colour</source>
        <translation>Farve</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="97" />
        <source>Stickies</source>
        <translation>Sedler</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="98" />
        <source>For example</source>
        <translation>For eksempel</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="98" />
        <source>Card kind</source>
        <translation>Korttype</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="111" />
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="134" />
        <source>(no colour)</source>
        <translation>(ingen farve)</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="160" />
        <source>Card kind for the colour %1</source>
        <translation>Korttype for farven %1</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="164" />
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="181" />
        <source>1 sticky</source>
        <translation>1 seddel</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="181" />
        <source>%1 stickies</source>
        <translation>%1 sedler</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="182" />
        <source>1 colour</source>
        <translation>1 farve</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="183" />
        <source>%1 colours</source>
        <translation>%1 farver</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="184" />
        <source>Choose a card kind for each colour, or Skip to leave those stickies out.</source>
        <translation>Vælg en korttype for hver farve, eller Spring over for at udelade de sedler.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="187" />
        <source>Read as %1.</source>
        <translation>Læst som %1.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="192" />
        <source>Row %1: no sticky text.</source>
        <translation>Række %1: sedlen har ingen tekst.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="194" />
        <source>Row %1: %2</source>
        <translation>Række %1: %2</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="199" />
        <source>… and %1 more.</source>
        <translation>… og %1 mere.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="201" />
        <source>Left out of the file:</source>
        <translation>Udeladt fra filen:</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="233" />
        <source>Import creates 1 card: %1.</source>
        <translation>Importen opretter 1 kort: %1.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="235" />
        <source>Import creates %1 cards: %2.</source>
        <translation>Importen opretter %1 kort: %2.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="238" />
        <source>Nothing to import: every colour is set to Skip.</source>
        <translation>Intet at importere: alle farver er sat til Spring over.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="241" />
        <source>%1 set to Skip</source>
        <translation>%1 sat til Spring over</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="243" />
        <source>%1 without text</source>
        <translation>%1 uden tekst</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="246" />
        <source>%1 that could not be read</source>
        <translation>%1 som ikke kunne læses</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="249" />
        <source>Left out: %1.</source>
        <translation>Udeladt: %1.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="251" />
        <source>Nothing is left out.</source>
        <translation>Intet udelades.</translation>
    </message>
    <message>
        <location filename="../../views/board_import_dialog.py" line="280" />
        <source>Imported %1 cards into “%2”.</source>
        <translation>Importerede %1 kort til lærredet “%2”.</translation>
    </message>
</context>
<context>
    <name>BoardImporter</name>
    <message>
        <location filename="../../views/findings/board_importing.py" line="55" />
        <source>&amp;Board from Miro or Mural (CSV)…</source>
        <extracomment>The Kumu import's action, which this entry follows in the File menu.</extracomment>
        <translation>&amp;Tavle fra Miro eller Mural (CSV)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="57" />
        <source>Add the stickies of a Miro or Mural board export as cards on a new canvas, their kinds chosen by colour</source>
        <translation>Tilføj sedlerne fra en Miro- eller Mural-eksport som kort på et nyt lærred, med korttypen valgt efter farve</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="69" />
        <location filename="../../views/findings/board_importing.py" line="104" />
        <source>Board from Miro or Mural</source>
        <translation>Tavle fra Miro eller Mural</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="70" />
        <source>Board exports (*.csv *.xlsx);;All files (*)</source>
        <translation>Tavle-eksporter (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="105" />
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <location filename="../../views/findings/board_importing.py" line="109" />
        <source>The board import was cancelled; nothing changed.</source>
        <translation>Importen af tavlen blev annulleret; intet er ændret.</translation>
    </message>
</context>
<context>
    <name>CanvasController</name>
    <message>
        <location filename="../../views/window_canvases.py" line="143" />
        <source>Rename canvas</source>
        <extracomment>The current view's selected cards changed (the card ids). The current view's zoom changed (1.0 = 100 %).</extracomment>
        <translation>Omdøb lærred</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="144" />
        <source>New name of the canvas:</source>
        <translation>Lærredets nye navn:</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="157" />
        <source>%1 (copy)</source>
        <translation>%1 (kopi)</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="173" />
        <source>Delete canvas</source>
        <translation>Slet lærred</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="174" />
        <source>Delete the canvas “%1” with its %2 cards? You can undo this.</source>
        <translation>Slet lærredet “%1” med dets %2 kort? Du kan fortryde det.</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="241" />
        <source>Rename group</source>
        <translation>Omdøb gruppe</translation>
    </message>
    <message>
        <location filename="../../views/window_canvases.py" line="242" />
        <source>Title of the group:</source>
        <translation>Gruppens titel:</translation>
    </message>
</context>
<context>
    <name>CanvasMenu</name>
    <message>
        <location filename="../../views/canvas/menu.py" line="88" />
        <source>Edit title</source>
        <extracomment>Ctrl+Alt+1 … 5 give the selected cards the kinds in this order.</extracomment>
        <translation>Redigér titel</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="90" />
        <source>Change kind</source>
        <translation>Skift korttype</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="97" />
        <source>Link selected cards</source>
        <translation>Forbind valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="99" />
        <source>Group selected cards</source>
        <translation>Gruppér valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="101" />
        <source>Tidy selected cards</source>
        <translation>Ordn valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="104" />
        <source>Cut</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="105" />
        <source>Copy</source>
        <translation>Kopiér</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="106" />
        <source>Copy as picture</source>
        <translation>Kopiér som billede</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="109" />
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="111" />
        <source>Place on another canvas…</source>
        <translation>Placér på et andet lærred…</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="114" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="125" />
        <source>Edit link…</source>
        <translation>Redigér forbindelse…</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="127" />
        <source>Delete link</source>
        <translation>Slet forbindelse</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="129" />
        <source>Rename group…</source>
        <translation>Omdøb gruppe…</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="131" />
        <source>Delete group</source>
        <translation>Slet gruppe</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="145" />
        <source>Add %1 card here</source>
        <translation>Tilføj %1-kort her</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="148" />
        <source>Add card here</source>
        <translation>Tilføj kort her</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="152" />
        <source>Paste</source>
        <translation>Indsæt</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="154" />
        <source>Tidy this canvas</source>
        <translation>Ordn dette lærred</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="157" />
        <source>Select all</source>
        <translation>Markér alt</translation>
    </message>
    <message>
        <location filename="../../views/canvas/menu.py" line="159" />
        <source>Show the whole canvas</source>
        <translation>Vis hele lærredet</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <location filename="../../views/canvas/style.py" line="79" />
        <source>Hidden from projector</source>
        <extracomment>The title's size (px at 100 % zoom, scale 1): large enough to read a whole board on a projector, small enough for three lines on a 180 × 100 card (the theme's card.title_px). Smaller sizes a title that does not fit may take, as shares of the title size. The floor of one more step, taken only so that the title's longest word fits unbroken: the largest whole pixel size between this share and the last step at which it fits. It was 0.66, and "Digitaliseringsstyrelsen" or "sundhedsassistenterne" then stood at two thirds of their neighbours' size, too small for the back row; a word wider than this breaks at a syllable with a hyphen instead (text.wrap).</extracomment>
        <translation>Skjult for projektoren</translation>
    </message>
    <message>
        <location filename="../../views/canvas/keys.py" line="68" />
        <location filename="../../views/canvas/view.py" line="90" />
        <source>Canvas</source>
        <extracomment>Place the selected cards' items on another canvas too (asks which); one step. The window dispatches "view:place_on_canvas" by name (an attribute keeps the class small).</extracomment>
        <translation>Lærred</translation>
    </message>
    <message>
        <location filename="../../views/canvas/keys.py" line="159" />
        <source>Move cards</source>
        <translation>Flyt kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="157" />
        <source>Cut</source>
        <translation>Klip</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="180" />
        <location filename="../../views/canvas/clipboard.py" line="282" />
        <source>Paste card</source>
        <translation>Indsæt kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="181" />
        <location filename="../../views/canvas/clipboard.py" line="283" />
        <source>Paste %1 cards</source>
        <translation>Indsæt %1 kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/clipboard.py" line="208" />
        <source>Duplicate</source>
        <translation>Duplikér</translation>
    </message>
    <message>
        <location filename="../../views/canvas/titles.py" line="73" />
        <source>Edit card title</source>
        <translation>Redigér korttitel</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="141" />
        <location filename="../../views/canvas/identity.py" line="157" />
        <source>Delete everywhere</source>
        <translation>Slet overalt</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="156" />
        <location filename="../../views/canvas/identity.py" line="143" />
        <source>Delete card</source>
        <translation>Slet kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="158" />
        <source>Delete %1 cards</source>
        <translation>Slet %1 kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="160" />
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="211" />
        <source>Placed on “%1” as well.</source>
        <translation>Også placeret på “%1”.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="238" />
        <source>Link %1 cards</source>
        <translation>Forbind %1 kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="306" />
        <source>Resize card</source>
        <translation>Ændr kortets størrelse</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="315" />
        <source>Resize group</source>
        <translation>Ændr gruppens størrelse</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="154" />
        <source>Tidy card</source>
        <translation>Ordn kortet</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="155" />
        <source>Tidy %1 cards</source>
        <translation>Ordn %1 kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="180" />
        <source>Align cards</source>
        <translation>Justér kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/arranging.py" line="202" />
        <source>Distribute cards</source>
        <translation>Fordel kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/editing.py" line="282" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../views/canvas/mouse.py" line="301" />
        <source>Owner: %1</source>
        <extracomment>Sizes a card may be resized to (scene units): room for a band and a line, up to a poster.</extracomment>
        <translation>Ansvarlig: %1</translation>
    </message>
    <message>
        <location filename="../../views/canvas/mouse.py" line="307" />
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="36" />
        <source>Category: %1.</source>
        <translation>Kategori: %1.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="40" />
        <source>Owner: %1.</source>
        <translation>Ansvarlig: %1.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="45" />
        <source>Votes: %1.</source>
        <translation>Prikker: %1.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/speech.py" line="57" />
        <source>%1 cards selected</source>
        <translation>%1 kort valgt</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="56" />
        <source>Also on: %1</source>
        <translation>Også på: %1</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="126" />
        <source>Place the card on this canvas as well:</source>
        <translation>Placér også kortet på dette lærred:</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="127" />
        <source>Place the %1 cards on this canvas as well:</source>
        <translation>Placér også de %1 kort på dette lærred:</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="129" />
        <source>Place on another canvas</source>
        <translation>Placér på et andet lærred</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="145" />
        <source>“%1” is also on other canvases: %2.</source>
        <translation>“%1” ligger også på andre lærreder: %2.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="148" />
        <source>Some of the %1 cards are also on other canvases: %2.</source>
        <translation>Nogle af de %1 kort ligger også på andre lærreder: %2.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="151" />
        <source>Remove it from this canvas only, or delete it everywhere with its links? Both can be undone.</source>
        <translation>Skal det kun fjernes fra dette lærred, eller slettes overalt med sine forbindelser? Begge dele kan fortrydes.</translation>
    </message>
    <message>
        <location filename="../../views/canvas/identity.py" line="154" />
        <source>Remove from this canvas</source>
        <translation>Fjern fra dette lærred</translation>
    </message>
</context>
<context>
    <name>ChangedBar</name>
    <message>
        <location filename="../../views/file_watch.py" line="67" />
        <source>Another program changed this file while it was open here. Editing is paused until you choose: reload the file as it is now, or keep your version and write it over theirs (theirs is kept as a snapshot).</source>
        <extracomment>How often the file is asked (ms): quick enough to beat most edits, cheap (one PRAGMA).</extracomment>
        <translation>Et andet program har ændret filen, mens den var åben her. Redigering er sat på pause, indtil du vælger: genindlæs filen, som den er nu, eller behold din version og skriv den oven i deres (deres gemmes som et øjebliksbillede).</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="70" />
        <source>Re&amp;load</source>
        <translation>&amp;Genindlæs</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="71" />
        <source>&amp;Keep my version</source>
        <translation>&amp;Behold min version</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="72" />
        <source>The file was changed by another program</source>
        <translation>Filen er ændret af et andet program</translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <location filename="../../views/docks/inspector.py" line="335" />
        <source>(several values)</source>
        <translation>(flere værdier)</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="336" />
        <source>Automatic</source>
        <translation>Automatisk</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="347" />
        <source>Card colour</source>
        <translation>Kortets farve</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="355" />
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="356" />
        <source>Colour by kind and category</source>
        <translation>Farve efter type og kategori</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="357" />
        <source>Choose a card colour</source>
        <translation>Vælg en farve til kortet</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../commands/canvases.py" line="25" />
        <source>Add canvas “%1”</source>
        <translation>Tilføj lærred “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="35" />
        <source>Rename canvas to “%1”</source>
        <translation>Omdøb lærred til “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="45" />
        <source>Reorder canvases</source>
        <translation>Flyt rundt på lærreder</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="58" />
        <source>Move canvas</source>
        <translation>Flyt lærred</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="95" />
        <source>Duplicate canvas “%1”</source>
        <translation>Dupliker lærred “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/canvases.py" line="119" />
        <source>Delete canvas “%1”</source>
        <translation>Slet lærred “%1”</translation>
    </message>
    <message>
        <location filename="../../commands/workshop.py" line="24" />
        <source>Edit workshop details</source>
        <translation>Ret workshopoplysninger</translation>
    </message>
    <message>
        <location filename="../../commands/workshop.py" line="35" />
        <source>Edit taxonomies</source>
        <translation>Ret taksonomier</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="69" />
        <source>Add card</source>
        <translation>Tilføj kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="70" />
        <source>Add %1 cards</source>
        <translation>Tilføj %1 kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="104" />
        <source>Edit card</source>
        <translation>Redigér kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="105" />
        <source>Edit %1 cards</source>
        <translation>Redigér %1 kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="187" />
        <source>Move card</source>
        <extracomment>Edits saved while typing (one every pause of the keys) carry the same burst id and fold into one undo step; None for any other edit.</extracomment>
        <translation>Flyt kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="188" />
        <source>Move %1 cards</source>
        <translation>Flyt %1 kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="276" />
        <source>Change kind of card</source>
        <translation>Skift korttype</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="277" />
        <source>Change kind of %1 cards</source>
        <translation>Skift korttype for %1 kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="318" />
        <source>Delete card</source>
        <translation>Slet kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="319" />
        <source>Delete %1 cards</source>
        <translation>Slet %1 kort</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="337" />
        <source>Place card on another canvas</source>
        <translation>Placér kortet på et andet lærred</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="338" />
        <source>Place %1 cards on another canvas</source>
        <translation>Placér %1 kort på et andet lærred</translation>
    </message>
    <message>
        <location filename="../../commands/cards.py" line="373" />
        <source>Merge duplicates</source>
        <translation>Flet dubletter</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="23" />
        <source>Group cards</source>
        <translation>Gruppér kort</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="40" />
        <source>Move group</source>
        <translation>Flyt gruppe</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="41" />
        <source>Edit group</source>
        <translation>Redigér gruppe</translation>
    </message>
    <message>
        <location filename="../../commands/groups.py" line="59" />
        <source>Delete group</source>
        <translation>Slet gruppe</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="21" />
        <source>Link cards</source>
        <translation>Forbind kort</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="22" />
        <source>Add links</source>
        <translation>Tilføj forbindelser</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="37" />
        <source>Edit link</source>
        <translation>Redigér forbindelse</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="53" />
        <source>Delete link</source>
        <translation>Slet forbindelse</translation>
    </message>
    <message>
        <location filename="../../commands/links.py" line="54" />
        <source>Delete links</source>
        <translation>Slet forbindelser</translation>
    </message>
    <message>
        <location filename="../../commands/imports.py" line="26" />
        <source>Import %n cards into “%1”</source>
        <translation>Importér %n kort til “%1”</translation>
    </message>
</context>
<context>
    <name>Consolidation</name>
    <message>
        <location filename="../../views/consolidation/__init__.py" line="39" />
        <location filename="../../views/consolidation/__init__.py" line="55" />
        <source>Consolidate workshops…</source>
        <translation>Konsolidér workshops…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/__init__.py" line="42" />
        <location filename="../../views/consolidation/__init__.py" line="56" />
        <source>Merge many workshop files into one database for analysis</source>
        <translation>Saml mange workshopfiler i én database til analyse</translation>
    </message>
</context>
<context>
    <name>ConsolidationWindow</name>
    <message>
        <location filename="../../views/consolidation/window.py" line="157" />
        <source>Consolidate workshops</source>
        <translation>Konsolidér workshops</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="158" />
        <source>Workshop files and folders (folders are searched for .coi files)</source>
        <translation>Workshopfiler og mapper (i mapper søges der efter .coi-filer)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="160" />
        <source>Add files…</source>
        <translation>Tilføj filer…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="161" />
        <source>Add folder…</source>
        <translation>Tilføj mappe…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="162" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="163" />
        <source>Database:</source>
        <translation>Database:</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="164" />
        <source>Consolidated database (.db)</source>
        <translation>Samlet database (.db)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="165" />
        <source>Choose…</source>
        <translation>Vælg…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="166" />
        <source>Remove workshops whose files are gone</source>
        <translation>Fjern workshops, hvis filer ikke findes længere</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="167" />
        <source>Consolidate</source>
        <translation>Konsolidér</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="168" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="169" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="169" />
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="170" />
        <source>Recurring items</source>
        <translation>Tilbagevendende emner</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/consolidation/window.py" line="171" />
        <location filename="../../views/consolidation/window.py" line="381" />
        <source>Skipped files (%n)</source>
        <translation>
            <numerusform>Oversprungne filer (%n)</numerusform><numerusform>Oversprungne filer (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="173" />
        <source>Search cards</source>
        <translation>Søg i kort</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="174" />
        <source>Export report (PDF)…</source>
        <translation>Eksportér rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="175" />
        <source>Export tables (XLSX)…</source>
        <translation>Eksportér tabeller (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="180" />
        <source>No files were skipped: every workshop file found was merged.</source>
        <translation>Ingen filer blev sprunget over: alle fundne workshopfiler blev samlet.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="182" />
        <source>Files that cannot be merged are listed here, with the reason, after a run.</source>
        <translation>Filer, der ikke kan samles, vises her med årsagen efter en kørsel.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="211" />
        <source>Add workshop files</source>
        <translation>Tilføj workshopfiler</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="212" />
        <source>COI Desktop workshops (*.coi);;All files (*)</source>
        <translation>COI Desktop-workshops (*.coi);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="216" />
        <source>Add a folder of workshops</source>
        <translation>Tilføj en mappe med workshops</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="221" />
        <source>Consolidated database</source>
        <translation>Samlet database</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="222" />
        <source>SQLite databases (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-databaser (*.db *.sqlite);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="258" />
        <source>The database holds %1 workshops with %2 cards.</source>
        <translation>Databasen indeholder %1 workshops med %2 kort.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="299" />
        <source>Consolidating…</source>
        <translation>Konsoliderer…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="317" />
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/consolidation/window.py" line="379" />
        <source>Skipped and replaced files (%n)</source>
        <translation>
            <numerusform>Oversprungne og erstattede filer (%n)</numerusform><numerusform>Oversprungne og erstattede filer (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="394" />
        <source>Export consolidated report</source>
        <translation>Eksportér samlet rapport</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="394" />
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="396" />
        <source>Export tables</source>
        <translation>Eksportér tabeller</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="396" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="416" />
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/window.py" line="419" />
        <source>Wrote %1.</source>
        <translation>Skrev %1.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../views/crash.py" line="63" />
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="64" />
        <source>COI Desktop met an unexpected error; your workshop is safe and you can keep working.</source>
        <translation>COI Desktop mødte en uventet fejl; din workshop er i god behold, og du kan arbejde videre.</translation>
    </message>
    <message>
        <location filename="../../views/crash.py" line="68" />
        <source>Details were written to {path}</source>
        <translation>Detaljerne er skrevet i {path}</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../views/devices/applier.py" line="118" />
        <source>Card from phone %1</source>
        <translation>Kort fra telefon %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/applier.py" line="121" />
        <source>%1 cards from phones</source>
        <translation>%1 kort fra telefoner</translation>
    </message>
    <message>
        <location filename="../../views/devices/applier.py" line="170" />
        <source>Dot from phone %1</source>
        <translation>Prik fra telefon %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="200" />
        <source>Accept cards from phones</source>
        <translation>Godkend kort fra telefoner</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="206" />
        <source>Reject cards from phones</source>
        <translation>Afvis kort fra telefoner</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="224" />
        <source>Merge cards from phones</source>
        <translation>Flet kort fra telefoner</translation>
    </message>
</context>
<context>
    <name>DevicesController</name>
    <message>
        <location filename="../../views/devices/controller.py" line="68" />
        <source>Invite participants…</source>
        <translation>Invitér deltagere…</translation>
    </message>
    <message>
        <location filename="../../views/devices/controller.py" line="69" />
        <source>Let phones in the room add cards and dots over this network</source>
        <translation>Lad telefoner i rummet tilføje kort og prikker over dette netværk</translation>
    </message>
    <message>
        <location filename="../../views/devices/controller.py" line="71" />
        <source>Stop inviting phones</source>
        <translation>Stop invitationen af telefoner</translation>
    </message>
</context>
<context>
    <name>DevicesDock</name>
    <message>
        <location filename="../../views/devices/dock.py" line="123" />
        <source>Phones</source>
        <translation>Telefoner</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="124" />
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="125" />
        <source>&amp;New code</source>
        <translation>&amp;Ny kode</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="126" />
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="127" />
        <source>Inbox (cards waiting for you):</source>
        <translation>Indbakke (kort, der venter på dig):</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="128" />
        <source>&amp;Accept</source>
        <translation>&amp;Godkend</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="129" />
        <source>&amp;Reject</source>
        <translation>&amp;Afvis</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="130" />
        <source>&amp;Merge</source>
        <translation>&amp;Flet</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="145" />
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="149" />
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="149" />
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="150" />
        <source>%1 · %2 phones joined</source>
        <translation>%1 · %2 telefoner er med</translation>
    </message>
    <message>
        <location filename="../../views/devices/dock.py" line="156" />
        <source>Phones are not invited.</source>
        <translation>Telefoner er ikke inviteret.</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="49" />
        <location filename="../../views/dialogs/duplicates.py" line="59" />
        <source>Possible duplicates</source>
        <translation>Mulige dubletter</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="58" />
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="58" />
        <source>Canvases</source>
        <translation>Lærreder</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="58" />
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="64" />
        <source>&amp;Merge into one item</source>
        <translation>&amp;Flet til ét element</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="66" />
        <source>&amp;Keep apart</source>
        <translation>&amp;Hold adskilt</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="94" />
        <source>%1 items</source>
        <translation>%1 elementer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="100" />
        <source> (kept)</source>
        <translation> (beholdes)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="112" />
        <source>These cards have the same kind and title but are different items. Merge those that are one thing: the first is kept, every card stays on its canvas, links and votes move along and no text is lost. Each merge can be undone.</source>
        <translation>Disse kort har samme type og titel, men er forskellige elementer. Flet dem, der er det samme: det første beholdes, hvert kort bliver på sit lærred, forbindelser og stemmer følger med, og ingen tekst går tabt. Hver fletning kan fortrydes.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/duplicates.py" line="119" />
        <source>No possible duplicates: no two items of one kind have the same title.</source>
        <translation>Ingen mulige dubletter: ingen to elementer af samme type har samme titel.</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <location filename="../../views/window_edit.py" line="68" />
        <source>Group selected cards</source>
        <translation>Gruppér valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/window_edit.py" line="69" />
        <source>Title of the group:</source>
        <translation>Gruppens titel:</translation>
    </message>
    <message>
        <location filename="../../views/window_edit.py" line="70" />
        <location filename="../../views/window_edit.py" line="72" />
        <source>Group</source>
        <translation>Gruppe</translation>
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
        <translation>Filen er i brug</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/errors.py" line="39" />
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../views/findings/exporting.py" line="64" />
        <source>&amp;Report (PDF)…</source>
        <translation>&amp;Rapport (PDF)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="64" />
        <source>&amp;Excel / Kumu (XLSX)…</source>
        <translation>&amp;Excel / Kumu (XLSX)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="65" />
        <source>&amp;CSV for Kumu…</source>
        <translation>&amp;CSV til Kumu…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="65" />
        <source>&amp;GraphML (Gephi, yEd)…</source>
        <translation>&amp;GraphML (Gephi, yEd)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="66" />
        <source>&amp;JSON (whole workshop)…</source>
        <translation>&amp;JSON (hele workshoppen)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="67" />
        <source>Canvas picture (&amp;PNG)…</source>
        <translation>Billede af lærredet (&amp;PNG)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="67" />
        <source>Canvas picture (&amp;SVG)…</source>
        <translation>Billede af lærredet (&amp;SVG)…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="71" />
        <source>&amp;Import elements and connections…</source>
        <translation>&amp;Importér elementer og forbindelser…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="73" />
        <source>Add a network from Kumu-style CSV or Excel files as a new canvas</source>
        <translation>Tilføj et netværk fra CSV- eller Excel-filer i Kumu-format som et nyt lærred</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="102" />
        <source>Folder for elements.csv and connections.csv</source>
        <translation>Mappe til elements.csv og connections.csv</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="105" />
        <source>PDF report (*.pdf)</source>
        <translation>PDF-rapport (*.pdf)</translation>
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
        <translation>PNG-billede (*.png)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="107" />
        <source>SVG picture (*.svg)</source>
        <translation>SVG-billede (*.svg)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="108" />
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="144" />
        <location filename="../../views/findings/exporting.py" line="188" />
        <source>Exported to %1</source>
        <translation>Eksporteret til %1</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="151" />
        <source>Writing the report…</source>
        <translation>Skriver rapporten…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="151" />
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="154" />
        <source>Report (PDF)</source>
        <translation>Rapport (PDF)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="179" />
        <source>The export was cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="195" />
        <source>Elements (Kumu layout)</source>
        <translation>Elementer (Kumu-format)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="196" />
        <location filename="../../views/findings/exporting.py" line="203" />
        <source>Spreadsheets (*.csv *.xlsx)</source>
        <translation>Regneark (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="202" />
        <source>Connections (optional)</source>
        <translation>Forbindelser (valgfrit)</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="229" />
        <source>Import elements and connections</source>
        <translation>Importér elementer og forbindelser</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="230" />
        <location filename="../../views/findings/exporting.py" line="231" />
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="234" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen blev annulleret; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../views/findings/exporting.py" line="246" />
        <source>Imported %1 cards and %2 links.</source>
        <translation>Importerede %1 kort og %2 forbindelser.</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <location filename="../../views/window_files.py" line="56" />
        <source>%1 copy.coi</source>
        <translation>%1 kopi.coi</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="57" />
        <source>Save a copy as</source>
        <translation>Gem en kopi som</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="58" />
        <source>COI workshops (*.coi)</source>
        <translation>COI-workshops (*.coi)</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="68" />
        <source>Saved a copy as %1</source>
        <translation>Gemte en kopi som %1</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="86" />
        <source>(no recent workshops)</source>
        <translation>(ingen seneste workshops)</translation>
    </message>
    <message>
        <location filename="../../views/window_files.py" line="90" />
        <source>Clear the list</source>
        <translation>Ryd listen</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../views/file_watch.py" line="146" />
        <source>Your version was written to the file; the other program's version is kept as a snapshot (File ▸ Recover from snapshot).</source>
        <translation>Din version er skrevet til filen; det andet programs version er gemt som et øjebliksbillede (Filer ▸ Gendan fra øjebliksbillede).</translation>
    </message>
    <message>
        <location filename="../../views/file_watch.py" line="148" />
        <source>Your version was written to the file.</source>
        <translation>Din version er skrevet til filen.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../views/find_bar.py" line="138" />
        <source>%1 found</source>
        <translation>%1 fundet</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="139" />
        <source>Nothing found</source>
        <translation>Intet fundet</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="156" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="158" />
        <source>All categories</source>
        <translation>Alle kategorier</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="161" />
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="187" />
        <source>Fi&amp;nd:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="188" />
        <source>Words on the cards</source>
        <translation>Ord på kortene</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="189" />
        <source>Find cards</source>
        <translation>Find kort</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="190" />
        <source>Previous match (Shift+F3)</source>
        <translation>Forrige fund (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="191" />
        <source>Previous match</source>
        <translation>Forrige fund</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="192" />
        <source>Next match (F3)</source>
        <translation>Næste fund (F3)</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="193" />
        <source>Next match</source>
        <translation>Næste fund</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="194" />
        <source>Show only:</source>
        <translation>Vis kun:</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="195" />
        <source>Filter by kind</source>
        <translation>Filtrér efter type</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="196" />
        <source>Filter by category</source>
        <translation>Filtrér efter kategori</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="197" />
        <source>Filter by tag</source>
        <translation>Filtrér efter tag</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="198" />
        <source>Close the find bar (Esc)</source>
        <translation>Luk søgelinjen (Esc)</translation>
    </message>
    <message>
        <location filename="../../views/find_bar.py" line="199" />
        <source>Close the find bar</source>
        <translation>Luk søgelinjen</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <location filename="../../desktop/guide.py" line="77" />
        <source>COI Desktop user guide</source>
        <translation>Brugervejledning til COI Desktop</translation>
    </message>
    <message>
        <location filename="../../desktop/guide.py" line="78" />
        <source>Open in &amp;web browser</source>
        <translation>Åbn i &amp;webbrowser</translation>
    </message>
    <message>
        <location filename="../../desktop/guide.py" line="79" />
        <source>&amp;Close</source>
        <translation>&amp;Luk</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../views/room/import_dialog.py" line="62" />
        <location filename="../../views/room/import_dialog.py" line="109" />
        <source>Import participants</source>
        <extracomment>Widest a column grows to its contents (px); longer text is elided and shown on hover, so the Problems column stays on screen.</extracomment>
        <translation>Importér deltagere</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Row</source>
        <translation>Række</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="72" />
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="73" />
        <source>Problems</source>
        <translation>Problemer</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="78" />
        <source>Skip the rows with problems and import the rest</source>
        <translation>Spring rækkerne med problemer over og importér resten</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="81" />
        <source>Import</source>
        <translation>Importér</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="106" />
        <source>Reading %1…</source>
        <translation>Læser %1…</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="113" />
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Importen blev annulleret; intet blev ændret.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="154" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="154" />
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="156" />
        <source>no (“%1” is not a yes)</source>
        <translation>nej (“%1” er ikke et ja)</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="172" />
        <source>%1 → Other (kept as written)</source>
        <translation>%1 → Andet (beholdt som skrevet)</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="175" />
        <source>%1 (from the organisation “%2”)</source>
        <translation>%1 (ud fra organisationen “%2”)</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="187" />
        <source>1 participant ready to import.</source>
        <translation>1 deltager er klar til import.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="188" />
        <source>%1 participants ready to import.</source>
        <translation>%1 deltagere er klar til import.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="190" />
        <source>1 row has problems (marked in red): nothing is imported until you fix the file or choose to skip it.</source>
        <translation>1 række har problemer (markeret med rødt): intet importeres, før du retter filen eller vælger at springe den over.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="193" />
        <source>%1 rows have problems (marked in red): nothing is imported until you fix the file or choose to skip them.</source>
        <translation>%1 rækker har problemer (markeret med rødt): intet importeres, før du retter filen eller vælger at springe dem over.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="199" />
        <source>Read into the workshop's sectors and roles: %1 (in italics, with →).</source>
        <translation>Tolket som workshoppens sektorer og roller: %1 (i kursiv, med →).</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="202" />
        <source>Kept as written under “Other” (fit no sector or role): %1.</source>
        <translation>Beholdt som skrevet under “Andet” (passer ikke til nogen sektor eller rolle): %1.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="205" />
        <source>Read as %1.</source>
        <translation>Læst som %1.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="207" />
        <source>Columns not used: %1.</source>
        <translation>Kolonner der ikke bruges: %1.</translation>
    </message>
    <message>
        <location filename="../../views/room/import_dialog.py" line="224" />
        <source>Import %1 participants</source>
        <translation>Importér %1 deltagere</translation>
    </message>
</context>
<context>
    <name>InspectorDock</name>
    <message>
        <location filename="../../views/docks/fields.py" line="28" />
        <source>(several values)</source>
        <extracomment>A pause in typing this long commits a draft (the file has it within 300 ms).</extracomment>
        <translation>(flere værdier)</translation>
    </message>
    <message>
        <location filename="../../views/docks/fields.py" line="219" />
        <source>(no longer on the roster)</source>
        <translation>(ikke længere på deltagerlisten)</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="206" />
        <source>%1 cards selected</source>
        <translation>%1 kort valgt</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="288" />
        <source>Inspector</source>
        <translation>Egenskaber</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="290" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="291" />
        <source>&amp;Description</source>
        <translation>&amp;Beskrivelse</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="290" />
        <source>&amp;Kind</source>
        <translation>Kortt&amp;ype</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="292" />
        <source>&amp;Sector</source>
        <translation>&amp;Sektor</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="292" />
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="293" />
        <source>&amp;Organisation</source>
        <translation>&amp;Organisation</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="293" />
        <source>&amp;Power</source>
        <translation>&amp;Magt</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="294" />
        <source>&amp;Interest</source>
        <translation>&amp;Interesse</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="294" />
        <source>&amp;Closeness</source>
        <translation>&amp;Nærhed</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="295" />
        <source>&amp;Category</source>
        <translation>&amp;Kategori</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="295" />
        <source>Se&amp;verity</source>
        <translation>&amp;Alvor</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="296" />
        <source>P&amp;hase</source>
        <translation>&amp;Fase</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="296" />
        <source>I&amp;mpact</source>
        <translation>&amp;Effekt</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="297" />
        <source>&amp;Effort</source>
        <translation>I&amp;ndsats</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="297" />
        <source>Tech&amp;nology</source>
        <translation>Tekno&amp;logi</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="298" />
        <source>O&amp;wner</source>
        <translation>&amp;Ansvarlig</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="298" />
        <source>D&amp;ue date</source>
        <translation>&amp;Frist</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="299" />
        <source>St&amp;atus</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="299" />
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="300" />
        <source>Co&amp;lour</source>
        <translation>Far&amp;ve</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="300" />
        <source>Contributed b&amp;y</source>
        <translation>Bi&amp;draget af</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="301" />
        <source>&amp;Facilitator notes</source>
        <translation>Fa&amp;cilitatorens noter</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="306" />
        <source>Separate tags with commas</source>
        <translation>Adskil tags med komma</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="307" />
        <source>A date written as YYYY-MM-DD</source>
        <translation>En dato skrevet som ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="308" />
        <source>Never shown on the projector</source>
        <translation>Vises aldrig på projektoren</translation>
    </message>
    <message>
        <location filename="../../views/docks/inspector.py" line="309" />
        <source>Select a card to see and edit its fields.</source>
        <translation>Vælg et kort for at se og rette dets felter.</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="60" />
        <source>Invite participants</source>
        <translation>Invitér deltagere</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="66" />
        <source>Phones in the room join over this network; nothing goes to the internet. Canvas: %1</source>
        <translation>Telefoner i rummet deltager over dette netværk; intet sendes på internettet. Lærred: %1</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="80" />
        <source>&amp;Network address:</source>
        <translation>&amp;Netværksadresse:</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="81" />
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="84" />
        <source>Phones may add &amp;cards</source>
        <translation>Telefoner må tilføje &amp;kort</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="97" />
        <source>Barrier categories phones may choose:</source>
        <translation>Barrierekategorier, telefoner kan vælge:</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="108" />
        <source>Phones may &amp;vote</source>
        <translation>Telefoner må s&amp;temme</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="116" />
        <source>%1 (%2 dots each, at most %3 on one card)</source>
        <translation>%1 (%2 prikker hver, højst %3 på ét kort)</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="126" />
        <source>This canvas has no open voting round.</source>
        <translation>Dette lærred har ingen åben afstemningsrunde.</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="129" />
        <source>Ask for names (kept only where the participant consents)</source>
        <translation>Spørg om navne (gemmes kun, hvor deltageren giver samtykke)</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="131" />
        <source>Anonymous: no names are asked or stored</source>
        <translation>Anonym: ingen navne spørges om eller gemmes</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="133" />
        <source>Live: cards appear on the board at once</source>
        <translation>Direkte: kort kommer på tavlen med det samme</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="134" />
        <source>Inbox: I accept, reject or merge each card</source>
        <translation>Indbakke: jeg godkender, afviser eller fletter hvert kort</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="150" />
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="165" />
        <source>Choose at least one kind of card.</source>
        <translation>Vælg mindst én korttype.</translation>
    </message>
    <message>
        <location filename="../../views/devices/invite_dialog.py" line="167" />
        <source>Let phones add cards, vote, or both.</source>
        <translation>Lad telefoner tilføje kort, stemme eller begge dele.</translation>
    </message>
</context>
<context>
    <name>JoinPanel</name>
    <message>
        <location filename="../../views/devices/qr_widget.py" line="119" />
        <source>Join from your phone</source>
        <translation>Deltag fra din telefon</translation>
    </message>
    <message>
        <location filename="../../views/devices/qr_widget.py" line="124" />
        <source>Code: %1</source>
        <translation>Kode: %1</translation>
    </message>
</context>
<context>
    <name>LegendDock</name>
    <message>
        <location filename="../../views/docks/legend.py" line="78" />
        <source>Card kinds</source>
        <translation>Korttyper</translation>
    </message>
    <message>
        <location filename="../../views/docks/legend.py" line="82" />
        <source>Barrier categories</source>
        <translation>Barrierekategorier</translation>
    </message>
    <message>
        <location filename="../../views/docks/legend.py" line="85" />
        <source>A barrier takes the colour of its category. Dimmed cards do not match the current filter; highlighted ones match the search.</source>
        <translation>En barriere får sin kategoris farve. Nedtonede kort passer ikke til det valgte filter; fremhævede kort passer til søgningen.</translation>
    </message>
    <message>
        <location filename="../../views/docks/legend.py" line="122" />
        <source>Legend</source>
        <translation>Signaturforklaring</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../../views/library/controller.py" line="80" />
        <source>Barriers from &amp;earlier workshops…</source>
        <translation>Barrierer fra tidligere &amp;workshops…</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="81" />
        <source>Put the barriers raised most often in earlier workshops on a barrier board</source>
        <translation>Sæt de barrierer, der oftest er rejst i tidligere workshops, på et barrierekort</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="85" />
        <source>&amp;Confirm cards from earlier workshops</source>
        <translation>&amp;Bekræft kort fra tidligere workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="86" />
        <source>The room keeps them: the selected cards (or all on this canvas) lose the “from earlier workshops” mark</source>
        <translation>Rummet beholder dem: de valgte kort (eller alle på dette lærred) mister mærket “fra tidligere workshops”</translation>
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
        <translation>Hent “%1” fra biblioteket</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="202" />
        <source>Confirm 1 card from earlier workshops</source>
        <translation>Bekræft 1 kort fra tidligere workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="203" />
        <source>Confirm %1 cards from earlier workshops</source>
        <translation>Bekræft %1 kort fra tidligere workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="230" />
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="230" />
        <source>The library holds no barrier for that technology and phase.</source>
        <translation>Biblioteket har ingen barriere for den teknologi og fase.</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="241" />
        <source>Add 1 barrier from earlier workshops</source>
        <translation>Tilføj 1 barriere fra tidligere workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/controller.py" line="242" />
        <source>Add %1 barriers from earlier workshops</source>
        <translation>Tilføj %1 barrierer fra tidligere workshops</translation>
    </message>
</context>
<context>
    <name>LibraryDock</name>
    <message>
        <location filename="../../views/library/dock.py" line="179" />
        <source>Open library</source>
        <extracomment>Libraries open in this process, shared by the windows' docks (one in-memory copy of a 50,000-entry library is some 55 MB): resolved path → (mtime and size, library, users).</extracomment>
        <translation>Åbn bibliotek</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="180" />
        <source>COI Desktop libraries (*.coilib);;All files (*)</source>
        <translation>COI Desktop-biblioteker (*.coilib);;Alle filer (*)</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="192" />
        <source>The library %1 could not be opened.</source>
        <translation>Biblioteket %1 kunne ikke åbnes.</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="226" />
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="237" />
        <source>No library open.</source>
        <translation>Intet bibliotek åbent.</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="239" />
        <source>%1: %2 entries from %3 workshops</source>
        <translation>%1: %2 poster fra %3 workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="259" />
        <source>%1 entries shown</source>
        <translation>%1 poster vist</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="268" />
        <source>raised in 1 workshop</source>
        <translation>rejst i 1 workshop</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="269" />
        <source>raised in %1 workshops</source>
        <translation>rejst i %1 workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="275" />
        <source>helped: %1</source>
        <translation>det hjalp: %1</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="283" />
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="283" />
        <source>Sectors</source>
        <translation>Sektorer</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="284" />
        <source>Technologies</source>
        <translation>Teknologier</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="284" />
        <source>Categories</source>
        <translation>Kategorier</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="291" />
        <source>Also written as: %1</source>
        <translation>Også skrevet som: %1</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="325" />
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="326" />
        <source>&amp;Open library…</source>
        <translation>Å&amp;bn bibliotek…</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="328" />
        <source>Open a library of barriers, opportunities and actions from earlier workshops</source>
        <translation>Åbn et bibliotek med barrierer, muligheder og handlinger fra tidligere workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="329" />
        <source>Search the library (e.g. udbudsregler)</source>
        <translation>Søg i biblioteket (f.eks. udbudsregler)</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="330" />
        <source>Search the library</source>
        <translation>Søg i biblioteket</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="331" />
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="332" />
        <source>&amp;Technology:</source>
        <translation>&amp;Teknologi:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="332" />
        <source>P&amp;hase:</source>
        <translation>Fa&amp;se:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="333" />
        <source>S&amp;ector:</source>
        <translation>S&amp;ektor:</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="339" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="344" />
        <source>&amp;Add to canvas</source>
        <translation>&amp;Sæt på lærredet</translation>
    </message>
    <message>
        <location filename="../../views/library/dock.py" line="346" />
        <source>Put the selected entry on the current canvas; the card keeps the library id</source>
        <translation>Sæt den valgte post på det aktuelle lærred; kortet beholder bibliotekets id</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="35" />
        <source>Link</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="46" />
        <source>%1 (not allowed for these cards)</source>
        <translation>%1 (ikke tilladt mellem disse kort)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="59" />
        <source>Cards:</source>
        <translation>Kort:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="60" />
        <source>&amp;Relation:</source>
        <translation>&amp;Relation:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="61" />
        <source>&amp;Label:</source>
        <translation>&amp;Etiket:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="62" />
        <source>Relation</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/link_dialog.py" line="63" />
        <source>Label</source>
        <translation>Etiket</translation>
    </message>
</context>
<context>
    <name>LooksController</name>
    <message>
        <location filename="../../views/window_looks.py" line="79" />
        <source>Card text at %1 %</source>
        <translation>Korttekst i %1 %</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../views/main_window.py" line="340" />
        <source>Toolbar</source>
        <extracomment>A docked panel lower than this when it is shown is grown (see `MainWindow._give_room`).</extracomment>
        <translation>Værktøjslinje</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="342" />
        <source>Kind of new cards</source>
        <translation>Type af nye kort</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="343" />
        <source>Kind of new cards (Alt+1 … Alt+5)</source>
        <translation>Type af nye kort (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../views/main_window.py" line="344" />
        <source>Canvases</source>
        <translation>Lærreder</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <location filename="../../views/canvas/minimap.py" line="30" />
        <source>Minimap</source>
        <translation>Oversigtskort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/minimap.py" line="31" />
        <source>The whole canvas: click or drag to move the view</source>
        <translation>Hele lærredet: klik eller træk for at flytte visningen</translation>
    </message>
</context>
<context>
    <name>NewCanvasDialog</name>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="17" />
        <source>New canvas</source>
        <translation>Nyt lærred</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="31" />
        <source>&amp;Template:</source>
        <translation>&amp;Skabelon:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="32" />
        <source>&amp;Name:</source>
        <translation>&amp;Navn:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="33" />
        <source>Template</source>
        <translation>Skabelon</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_canvas.py" line="34" />
        <source>Name of the canvas</source>
        <translation>Lærredets navn</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="57" />
        <source>New workshop</source>
        <translation>Ny workshop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="65" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="76" />
        <source>&amp;Browse…</source>
        <translation>&amp;Gennemse…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="81" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="82" />
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="83" />
        <source>&amp;Place:</source>
        <translation>&amp;Sted:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="84" />
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="85" />
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="86" />
        <source>First &amp;canvas:</source>
        <translation>Første &amp;lærred:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="93" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="94" />
        <source>F&amp;ile:</source>
        <translation>F&amp;il:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="103" />
        <source>C&amp;reate</source>
        <translation>&amp;Opret</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="115" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="118" />
        <source>New workshop file</source>
        <translation>Ny workshopfil</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="120" />
        <source>COI workshops (*.coi)</source>
        <translation>COI-workshops (*.coi)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="138" />
        <source>A workshop needs a title.</source>
        <translation>En workshop skal have en titel.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="143" />
        <source>Write dates as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2025-03-14.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="147" />
        <source>Choose where to save the workshop file.</source>
        <translation>Vælg, hvor workshopfilen skal gemmes.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="149" />
        <source>A file with that name already exists; choose another name.</source>
        <translation>Der findes allerede en fil med det navn; vælg et andet navn.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/new_workshop.py" line="151" />
        <source>The folder %1 does not exist.</source>
        <translation>Mappen %1 findes ikke.</translation>
    </message>
</context>
<context>
    <name>OutlineDock</name>
    <message>
        <location filename="../../views/docks/outline.py" line="192" />
        <source>(no title)</source>
        <translation>(ingen titel)</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="202" />
        <source>on %1 canvases</source>
        <translation>på %1 lærreder</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="240" />
        <source>Outline</source>
        <translation>Oversigt</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="241" />
        <source>Search cards</source>
        <translation>Søg i kort</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="242" />
        <source>Search the outline</source>
        <translation>Søg i oversigten</translation>
    </message>
    <message>
        <location filename="../../views/docks/outline.py" line="243" />
        <source>All cards by kind</source>
        <translation>Alle kort efter type</translation>
    </message>
</context>
<context>
    <name>PaperCountsDialog</name>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="112" />
        <source>Counted dots: %1</source>
        <translation>Optalte prikker: %1</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="114" />
        <source>Type the number of dots counted on each card. Dots clicked for named participants are kept and added to these.</source>
        <translation>Skriv antallet af prikker, der er talt på hvert kort. Prikker klikket for navngivne deltagere bevares og lægges til.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="120" />
        <source>Find a card (type part of its title)</source>
        <translation>Find et kort (skriv en del af titlen)</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="121" />
        <source>Find a card</source>
        <translation>Find et kort</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="127" />
        <source>No card on this round's canvas can get votes in this round: there is nothing to count.</source>
        <translation>Ingen kort på rundens lærred kan få stemmer i denne runde: der er intet at tælle.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="130" />
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="130" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="131" />
        <source>Named dots</source>
        <translation>Navngivne prikker</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="131" />
        <source>Counted dots</source>
        <translation>Optalte prikker</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <location filename="../../views/room/participants.py" line="47" />
        <source>Participant</source>
        <translation>Deltager</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="47" />
        <source>New participant</source>
        <translation>Ny deltager</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="54" />
        <source>May be named in the report and on the projector</source>
        <translation>Må nævnes ved navn i rapporten og på projektoren</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="56" />
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="59" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="60" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="61" />
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="62" />
        <source>Role</source>
        <translation>Rolle</translation>
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
        <translation>Deltagere (%1 til stede af %2)</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="194" />
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Present</source>
        <translation>Til stede</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="198" />
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="199" />
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="199" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="199" />
        <source>Consent</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="200" />
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="201" />
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="202" />
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="203" />
        <source>Import list…</source>
        <translation>Importér liste…</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="204" />
        <source>Import a sign-up list (CSV or Excel)</source>
        <translation>Importér en tilmeldingsliste (CSV eller Excel)</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="242" />
        <source>Mark present</source>
        <translation>Markér til stede</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="242" />
        <source>Mark absent</source>
        <translation>Markér fraværende</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="243" />
        <source>Change consent</source>
        <translation>Ændr samtykke</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="253" />
        <source>Add participant</source>
        <translation>Tilføj deltager</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="265" />
        <source>Edit participant</source>
        <translation>Redigér deltager</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="271" />
        <source>Remove participants</source>
        <translation>Fjern deltagere</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="278" />
        <source>Import participants</source>
        <translation>Importér deltagere</translation>
    </message>
    <message>
        <location filename="../../views/room/participants.py" line="279" />
        <source>Participant lists (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation>Deltagerlister (*.csv *.xlsx *.txt);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../views/worker.py" line="138" />
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
</context>
<context>
    <name>ProjectorWindow</name>
    <message>
        <location filename="../../views/room/projector.py" line="142" />
        <source>Dot voting: %1</source>
        <extracomment>Below this title size (px on the wall) a projector that follows the facilitator's zoom zooms in on the cards the facilitator sees instead.</extracomment>
        <translation>Prikafstemning: %1</translation>
    </message>
    <message>
        <location filename="../../views/room/projector.py" line="145" />
        <source>%1 new cards not yet shown</source>
        <translation>%1 nye kort er endnu ikke vist</translation>
    </message>
    <message>
        <location filename="../../views/room/projector.py" line="147" />
        <source>Silent brainstorming: new cards appear when revealed</source>
        <translation>Stille brainstorm: nye kort vises, når de afsløres</translation>
    </message>
    <message>
        <location filename="../../views/room/projector.py" line="258" />
        <source>COI Desktop: projector</source>
        <translation>COI Desktop: projektor</translation>
    </message>
</context>
<context>
    <name>ProposalsPanel</name>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="106" />
        <source>Similar cards from different workshops are proposed as one item. Accept or reject a proposal, or double-click its name to rename it. Decisions are kept in the database and survive new runs.</source>
        <translation>Lignende kort fra forskellige workshops foreslås som ét emne. Acceptér eller afvis et forslag, eller dobbeltklik på navnet for at omdøbe det. Beslutningerne gemmes i databasen og bevares ved nye kørsler.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="110" />
        <source>Similarity</source>
        <translation>Lighed</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Variants</source>
        <translation>Varianter</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="111" />
        <source>Why?</source>
        <translation>Hvorfor?</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="112" />
        <source>Accept</source>
        <translation>Acceptér</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="113" />
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="114" />
        <source>Undecide</source>
        <translation>Fortryd beslutning</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="115" />
        <source>Undecided only</source>
        <translation>Kun ubesluttede</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="119" />
        <source>All kinds</source>
        <translation>Alle typer</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="137" />
        <source>proposed</source>
        <translation>foreslået</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="137" />
        <source>accepted</source>
        <translation>accepteret</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="138" />
        <source>rejected</source>
        <translation>afvist</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="219" />
        <location filename="../../views/consolidation/proposals.py" line="238" />
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="222" />
        <source>One says “not”, the other does not</source>
        <translation>Den ene siger »ikke«, den anden gør ikke</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="224" />
        <source>Shared: %1 · differs: %2</source>
        <translation>Fælles: %1 · forskellige: %2</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="226" />
        <source>Shared: %1</source>
        <translation>Fælles: %1</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="232" />
        <source>“%1” and “%2”: %3 % alike.</source>
        <translation>»%1« og »%2«: %3 % lighed.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="235" />
        <source>One says “not”, the other does not: such titles are never grouped.</source>
        <translation>Den ene siger »ikke«, den anden gør ikke: sådanne titler samles aldrig.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="237" />
        <source>Shared words: %1.</source>
        <translation>Fælles ord: %1.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="241" />
        <source>Only in “%1”: %2.</source>
        <translation>Kun i »%1«: %2.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="244" />
        <source>Place names, not compared: %1.</source>
        <translation>Stednavne, der ikke sammenlignes: %1.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="253" />
        <source>Select a proposal to see why its titles were grouped.</source>
        <translation>Vælg et forslag for at se, hvorfor dets titler er samlet.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="258" />
        <source>Why these titles were grouped:</source>
        <translation>Derfor er titlerne samlet:</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="265" />
        <source>No groupings to review: no two card titles from different workshops were similar without being identical.</source>
        <translation>Ingen samlinger at gennemse: ingen to korttitler fra forskellige workshops var ens nok uden at være identiske.</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/proposals.py" line="269" />
        <source>No proposals yet. Add workshop files or folders and press Consolidate.</source>
        <translation>Ingen forslag endnu. Tilføj workshopfiler eller mapper, og tryk på Konsolidér.</translation>
    </message>
</context>
<context>
    <name>QuickCapture</name>
    <message>
        <location filename="../../views/quick_capture.py" line="110" />
        <source>&amp;Quick capture:</source>
        <translation>&amp;Hurtig indtastning:</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="112" />
        <source>Type a card and press Enter; paste several lines for several cards</source>
        <translation>Skriv et kort og tryk Enter; indsæt flere linjer for flere kort</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="113" />
        <source>Quick capture text</source>
        <translation>Tekst til hurtig indtastning</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="114" />
        <source>Kind of the new card</source>
        <translation>Det nye korts type</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="115" />
        <source>Kind of the new card (Alt+1 … Alt+5)</source>
        <translation>Det nye korts type (Alt+1 … Alt+5)</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="116" />
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <location filename="../../views/quick_capture.py" line="117" />
        <source>Add the card</source>
        <translation>Tilføj kortet</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../views/dialogs/recover.py" line="106" />
        <source>This snapshot cannot be read.</source>
        <translation>Dette øjebliksbillede kan ikke læses.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="123" />
        <source>%1 (recovered %2).coi</source>
        <translation>%1 (gendannet %2).coi</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="130" />
        <source>Save the recovered workshop as</source>
        <translation>Gem den gendannede workshop som</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="131" />
        <source>COI workshops (*.coi)</source>
        <translation>COI-workshops (*.coi)</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="142" />
        <source>Recover from snapshot</source>
        <translation>Gendan fra øjebliksbillede</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="148" />
        <source>COI Desktop keeps copies of your workshops while you edit them. Choose one to save it as a new workshop file; the copy itself is never changed.</source>
        <translation>COI Desktop gemmer kopier af dine workshops, mens du redigerer dem. Vælg en for at gemme den som en ny workshopfil; selve kopien ændres aldrig.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="157" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="157" />
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="157" />
        <source>Cards</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="158" />
        <source>Snapshots</source>
        <translation>Øjebliksbilleder</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="167" />
        <source>&amp;Recover…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="189" />
        <source>Unusable: %1</source>
        <translation>Kan ikke bruges: %1</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="223" />
        <source>There are no snapshots yet. They are taken while you edit a workshop (how often is set in Settings).</source>
        <translation>Der er endnu ingen øjebliksbilleder. De tages, mens du redigerer en workshop (hvor ofte vælges under Indstillinger).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="228" />
        <source>Snapshot file: %1</source>
        <translation>Øjebliksbillede: %1</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="230" />
        <source>This snapshot cannot be used: %1</source>
        <translation>Dette øjebliksbillede kan ikke bruges: %1</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/recover.py" line="246" />
        <source>That is the snapshot itself: choose another place to save the recovered workshop.</source>
        <translation>Det er selve øjebliksbilledet: vælg et andet sted at gemme den gendannede workshop.</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <location filename="../../views/dialogs/retention.py" line="38" />
        <source>Retention date passed</source>
        <translation>Opbevaringsdatoen er overskredet</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="53" />
        <source>The retention date of this workshop, %1, has passed, and it still holds names and e-mail addresses. It is open read-only here, so they cannot be removed now: open it for writing, or run “coi-desktop purge-personal-data” on the file.</source>
        <translation>Workshoppens opbevaringsdato, %1, er overskredet, og den indeholder stadig navne og e-mailadresser. Den er åbnet skrivebeskyttet her, så de kan ikke fjernes nu: åbn den til skrivning, eller kør “coi-desktop purge-personal-data” på filen.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="63" />
        <source>The retention date of this workshop, %1, has passed, and it still holds personal data. Removing it replaces every participant's name by a pseudonym (“Participant 3”), empties their e-mail addresses, and replaces the same names and addresses in card texts and action owners (participants: %2, cards: %3). This cannot be undone.</source>
        <translation>Workshoppens opbevaringsdato, %1, er overskredet, og den indeholder stadig personoplysninger. Fjernes de, erstattes hver deltagers navn af et pseudonym (“Deltager 3”), e-mailadresserne slettes, og de samme navne og adresser erstattes i kortenes tekst og handlingers ansvarlige (deltagere: %2, kort: %3). Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="71" />
        <source>Remove personal data now</source>
        <translation>Fjern personoplysninger nu</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="74" />
        <source>Not now</source>
        <translation>Ikke nu</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="85" />
        <source>Remove the names and e-mail addresses for good? This cannot be undone. A snapshot of the file as it is now is kept in your private snapshot folder and removed with the other old snapshots.</source>
        <translation>Fjern navne og e-mailadresser for altid? Det kan ikke fortrydes. Et øjebliksbillede af filen, som den er nu, gemmes i din private mappe med øjebliksbilleder og slettes sammen med de andre gamle øjebliksbilleder.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="90" />
        <source>Remove for good</source>
        <translation>Fjern for altid</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/retention.py" line="109" />
        <source>Personal data removed (participants: %1, cards: %2): names and e-mail addresses are replaced by pseudonyms. The undo history was cleared.</source>
        <translation>Personoplysningerne er fjernet (deltagere: %1, kort: %2): navne og e-mailadresser er erstattet af pseudonymer. Fortrydelseshistorikken er ryddet.</translation>
    </message>
</context>
<context>
    <name>RoomController</name>
    <message>
        <location filename="../../views/room/__init__.py" line="165" />
        <source>&amp;Participants</source>
        <translation>&amp;Deltagere</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="166" />
        <source>&amp;Import participants…</source>
        <translation>&amp;Importér deltagere…</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="167" />
        <source>&amp;Dot voting</source>
        <translation>&amp;Prikafstemning</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="168" />
        <source>&amp;New voting round…</source>
        <translation>&amp;Ny afstemningsrunde…</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="169" />
        <source>&amp;Click cards to vote</source>
        <translation>&amp;Klik på kort for at stemme</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="171" />
        <source>&amp;Agenda and timer</source>
        <translation>D&amp;agsorden og tid</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="173" />
        <source>Timer: one &amp;minute more</source>
        <translation>Nedtælling: ét &amp;minut mere</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="174" />
        <source>&amp;Reset timer</source>
        <translation>N&amp;ulstil nedtælling</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="170" />
        <source>&amp;Enter counted dots…</source>
        <translation>Indtast &amp;optalte prikker…</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="172" />
        <source>Start or pause &amp;timer</source>
        <translation>S&amp;tart eller pause nedtælling</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="175" />
        <source>Pr&amp;ojector view</source>
        <translation>P&amp;rojektorvisning</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="176" />
        <source>Projector &amp;follows my zoom</source>
        <translation>Projektoren &amp;følger min zoom</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="177" />
        <source>Present &amp;zone by zone</source>
        <translation>Præsentér &amp;zone for zone</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="178" />
        <source>Ne&amp;xt zone</source>
        <translation>Næ&amp;ste zone</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="179" />
        <source>Previo&amp;us zone</source>
        <translation>Forri&amp;ge zone</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="180" />
        <source>&amp;Hidden round (silent brainstorming)</source>
        <translation>Skju&amp;lt runde (stille brainstorm)</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="181" />
        <source>Re&amp;veal all hidden cards</source>
        <translation>&amp;Vis alle skjulte kort</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="186" />
        <source>New cards show on your screen but stay off the projector until revealed</source>
        <translation>Nye kort vises på din skærm, men ikke på projektoren, før de afsløres</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="188" />
        <source>The projector shows one zone at a time, large enough for the back row</source>
        <translation>Projektoren viser én zone ad gangen, stort nok til at kunne læses fra bageste række</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="189" />
        <source>Projector &amp;screen</source>
        <translation>Projektorsk&amp;ærm</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="223" />
        <source>Start a voting round first.</source>
        <translation>Start først en afstemningsrunde.</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="256" />
        <source>Hidden round on: new cards stay off the projector until you reveal them.</source>
        <translation>Skjult runde til: nye kort vises ikke på projektoren, før du afslører dem.</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="258" />
        <source>Hidden round off.</source>
        <translation>Skjult runde fra.</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="267" />
        <source>Reveal hidden cards</source>
        <translation>Afslør skjulte kort</translation>
    </message>
    <message>
        <location filename="../../views/room/__init__.py" line="336" />
        <source>The card titles on the projector are small (%1 px): Room ▸ Present zone by zone (Shift+F5) shows the board large enough for the back row.</source>
        <translation>Korttitlerne på projektoren er små (%1 px): Rum ▸ Præsentér zone for zone (Shift+F5) viser tavlen stort nok til de bageste rækker.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../views/consolidation/search.py" line="51" />
        <source>Search card titles and descriptions</source>
        <translation>Søg i kortenes titler og beskrivelser</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="52" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="52" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="53" />
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="53" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../views/consolidation/search.py" line="94" />
        <source>Consolidate first: the search looks in the consolidated database.</source>
        <translation>Konsolidér først: søgningen sker i den samlede database.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../views/consolidation/search.py" line="97" />
        <source>%n cards found</source>
        <translation>
            <numerusform>%n kort fundet</numerusform><numerusform>%n kort fundet</numerusform></translation>
    </message>
</context>
<context>
    <name>SeedDialog</name>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="34" />
        <source>Barriers from earlier workshops</source>
        <translation>Barrierer fra tidligere workshops</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="37" />
        <source>The barriers raised in the most earlier workshops go on a barrier board, marked “from earlier workshops”, for the room to confirm or discard.</source>
        <translation>De barrierer, der er rejst i flest tidligere workshops, sættes på et barrierekort, mærket “fra tidligere workshops”, så rummet kan bekræfte eller kassere dem.</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="48" />
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="56" />
        <source>&amp;Technology:</source>
        <translation>&amp;Teknologi:</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="57" />
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="58" />
        <source>&amp;Number of barriers:</source>
        <translation>&amp;Antal barrierer:</translation>
    </message>
</context>
<context>
    <name>SeedRow</name>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="85" />
        <source>Barriers from earlier workshops (%1):</source>
        <translation>Barrierer fra tidligere workshops (%1):</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="90" />
        <source>Technology</source>
        <translation>Teknologi</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="91" />
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../views/library/seed_dialog.py" line="93" />
        <source>Any %1</source>
        <translation>Enhver %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="27" />
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="32" />
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="39" />
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="40" />
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="41" />
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="58" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="59" />
        <source>Never</source>
        <translation>Aldrig</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="61" />
        <source>&amp;Language:</source>
        <translation>S&amp;prog:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="62" />
        <source>&amp;Theme:</source>
        <translation>T&amp;ema:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="63" />
        <source>&amp;Kind of new cards:</source>
        <translation>&amp;Type af nye kort:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="64" />
        <source>Card te&amp;xt size:</source>
        <translation>Tekst&amp;størrelse på kort:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="65" />
        <source>&amp;Snapshot every:</source>
        <translation>&amp;Øjebliksbillede hver:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="66" />
        <source>Every change is saved in the workshop file at once. Snapshots are extra copies kept in your data folder (the last ten).</source>
        <translation>Hver ændring gemmes straks i workshopfilen. Øjebliksbilleder er ekstra kopier i din datamappe (de ti seneste).</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="71" />
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="72" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="73" />
        <source>Kind of new cards</source>
        <translation>Type af nye kort</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="74" />
        <source>Card text size</source>
        <translation>Tekststørrelse på kort</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/settings_dialog.py" line="75" />
        <source>Minutes between snapshots</source>
        <translation>Minutter mellem øjebliksbilleder</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../views/application.py" line="112" />
        <source>Reloaded %1 as the other program left it; the undo history starts afresh.</source>
        <translation>%1 er genindlæst, som det andet program efterlod den; fortrydelseshistorikken starter forfra.</translation>
    </message>
    <message>
        <location filename="../../views/application.py" line="175" />
        <source>Open workshop</source>
        <translation>Åbn workshop</translation>
    </message>
    <message>
        <location filename="../../views/application.py" line="176" />
        <source>COI workshops (*.coi);;All files (*)</source>
        <translation>COI-workshops (*.coi);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="58" />
        <location filename="../../views/dialogs/shortcuts.py" line="69" />
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="62" />
        <location filename="../../views/dialogs/shortcuts.py" line="63" />
        <source>Search commands</source>
        <translation>Søg efter kommandoer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="67" />
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="67" />
        <source>Keys</source>
        <translation>Taster</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="90" />
        <source>On the canvas</source>
        <translation>På lærredet</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="96" />
        <source>Add a card where you double-click</source>
        <translation>Tilføj et kort, hvor du dobbeltklikker</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="96" />
        <source>Double-click</source>
        <translation>Dobbeltklik</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="97" />
        <source>Pan the canvas</source>
        <translation>Panorér lærredet</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="97" />
        <source>Wheel, Space+drag</source>
        <translation>Hjul, mellemrum+træk</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="98" />
        <source>Zoom around the pointer</source>
        <translation>Zoom omkring markøren</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="98" />
        <source>Ctrl+wheel</source>
        <translation>Ctrl+hjul</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/shortcuts.py" line="99" />
        <source>Hand the keyboard back to the canvas</source>
        <translation>Giv tastaturet tilbage til lærredet</translation>
    </message>
</context>
<context>
    <name>SlideView</name>
    <message>
        <location filename="../../views/canvas/slides.py" line="96" />
        <source>Outside the zones</source>
        <extracomment>At most this many cards on a slide: a 4 × 3 grid on a 1920×1080 wall zooms about 1.8, so even a title at its smallest step (the longest word's, 0.72) keeps 24 px capitals. It was 20: the demo's 15 loose cards shared one 5 × 3 slide at zoom 1.5, where the slide's type reaches its cap (SLIDE_SCALE) and a title stepped down to 0.76 had 23 px capitals, as the picture `coi-desktop render --projector` wrote showed (tests/views/canvas/ test_render_cli_legible.py measures them). Card titles on a slide are this large on the wall (px): with the two smaller steps a long title may take (style.py, down to 0.76) its capitals stay at least 24 px tall. Card type on a slide, relative to the canvas: between these (titles of two lines fit). A card's size on a slide: larger than on the canvas, so a title at the slide's larger type still gets three lines of enough words beside its band and footer (at the canvas size a crowded slide cut "Invitér fem leverandører til dialogmøde" to "Invitér fem le…").</extracomment>
        <translation>Uden for zonerne</translation>
    </message>
</context>
<context>
    <name>StartRoundDialog</name>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="38" />
        <source>Start a voting round</source>
        <translation>Start en afstemningsrunde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="56" />
        <source>&amp;Anonymous: votes carry no names</source>
        <translation>&amp;Anonym: stemmer bærer ingen navne</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="59" />
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="61" />
        <source>&amp;Dots per participant</source>
        <translation>&amp;Prikker pr. deltager</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="62" />
        <source>&amp;Most dots on one card</source>
        <translation>&amp;Højst prikker på ét kort</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="60" />
        <source>Cards that can get votes</source>
        <translation>Kort der kan få stemmer</translation>
    </message>
    <message>
        <location filename="../../views/room/voting_dialogs.py" line="70" />
        <source>Start round</source>
        <translation>Start runde</translation>
    </message>
</context>
<context>
    <name>TimerFace</name>
    <message>
        <location filename="../../views/room/timer_widget.py" line="129" />
        <source>Timer</source>
        <translation>Nedtælling</translation>
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
        <translation>+1 minut</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="219" />
        <source>Reset to</source>
        <translation>Nulstil til</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="220" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="221" />
        <source>Beep at zero</source>
        <translation>Bip ved nul</translation>
    </message>
    <message>
        <location filename="../../views/room/timer_widget.py" line="222" />
        <source>Time left; red and flashing when the time is up</source>
        <translation>Tid tilbage; rød og blinkende når tiden er gået</translation>
    </message>
</context>
<context>
    <name>TitleEditor</name>
    <message>
        <location filename="../../views/canvas/editor.py" line="46" />
        <source>Card title</source>
        <extracomment>Smallest editor and text: at a board-wide zoom a card is ~50 px wide on screen.</extracomment>
        <translation>Korttitel</translation>
    </message>
</context>
<context>
    <name>VotingDock</name>
    <message>
        <location filename="../../views/room/voting.py" line="234" />
        <source>Anonymous / counted</source>
        <extracomment>Card and vote changes rebuild the ranking at most this often.</extracomment>
        <translation>Anonym / optalt</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="281" />
        <source>No voting round on this canvas.</source>
        <translation>Ingen afstemningsrunde på dette lærred.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="284" />
        <source>Reopen round</source>
        <translation>Genåbn runde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="280" />
        <location filename="../../views/room/voting.py" line="284" />
        <source>Close round</source>
        <translation>Luk runde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="287" />
        <source>Closed</source>
        <translation>Lukket</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="287" />
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="288" />
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="288" />
        <source>named</source>
        <translation>navngiven</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="289" />
        <source>%1 dots each, at most %2 per card</source>
        <translation>%1 prikker hver, højst %2 pr. kort</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="295" />
        <source>%1 has %2 of %3 dots left</source>
        <translation>%1 har %2 af %3 prikker tilbage</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="299" />
        <source>Dots without a name: no budget applies.</source>
        <translation>Prikker uden navn: ingen grænse gælder.</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="308" />
        <source>Dot voting</source>
        <translation>Prikafstemning</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="309" />
        <source>New round…</source>
        <translation>Ny runde…</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="310" />
        <source>Delete round</source>
        <translation>Slet runde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="311" />
        <source>Enter counted dots…</source>
        <translation>Indtast optalte prikker…</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="312" />
        <source>Click cards to vote</source>
        <translation>Klik på kort for at stemme</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="313" />
        <source>Each click on a card gives it a dot from the chosen participant; Shift+click takes one back</source>
        <translation>Hvert klik på et kort giver det en prik fra den valgte deltager; Skift+klik tager en tilbage</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="315" />
        <source>Rank</source>
        <translation>Plads</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="315" />
        <source>Card</source>
        <translation>Kort</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="315" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="316" />
        <source>Dots</source>
        <translation>Prikker</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="333" />
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="340" />
        <source>Start voting round</source>
        <translation>Start afstemningsrunde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="346" />
        <source>Reopen voting round</source>
        <translation>Genåbn afstemningsrunde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="346" />
        <source>Close voting round</source>
        <translation>Luk afstemningsrunde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="354" />
        <source>Delete voting round</source>
        <translation>Slet afstemningsrunde</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="368" />
        <source>Enter counted dots</source>
        <translation>Indtast optalte prikker</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="406" />
        <source>Take back a dot</source>
        <translation>Tag en prik tilbage</translation>
    </message>
    <message>
        <location filename="../../views/room/voting.py" line="406" />
        <source>Vote</source>
        <translation>Stem</translation>
    </message>
</context>
<context>
    <name>Wall</name>
    <message>
        <location filename="../../views/canvas/wall.py" line="135" />
        <source>Selected cards</source>
        <extracomment>Card type on the wall, relative to the facilitator's (titles of two lines still fit). A title's cap height is about this share of its font size (DejaVu Sans Bold: 0.73). The smallest title the back row reads (cap height in px on a 1920×1080 wall).</extracomment>
        <translation>Valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/wall.py" line="157" />
        <source>nothing to show in this mode</source>
        <translation>intet at vise i denne visning</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../views/welcome.py" line="137" />
        <source>%1 (missing)</source>
        <translation>%1 (mangler)</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="194" />
        <source>Map actors, barriers and opportunities of public–private innovation, live in the workshop room.</source>
        <translation>Kortlæg aktører, barrierer og muligheder i offentlig-privat innovation, direkte i workshoplokalet.</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="196" />
        <source>&amp;New workshop…</source>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="197" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="198" />
        <source>Open the &amp;demo workshop</source>
        <translation>Åbn &amp;demo-workshoppen</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="199" />
        <source>Reco&amp;ver from snapshot…</source>
        <translation>&amp;Gendan fra øjebliksbillede…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="200" />
        <source>Get a deleted or overwritten workshop back from the copies kept while you edited it</source>
        <translation>Få en slettet eller overskrevet workshop tilbage fra de kopier, der blev taget, mens du redigerede den</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="202" />
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="203" />
        <source>&amp;Recent workshops</source>
        <translation>&amp;Seneste workshops</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="204" />
        <source>Recent workshops</source>
        <translation>Seneste workshops</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="205" />
        <source>No recent workshops yet. Start a new workshop, or open the demo workshop to look around.</source>
        <translation>Ingen seneste workshops endnu. Start en ny workshop, eller åbn demo-workshoppen for at se dig omkring.</translation>
    </message>
    <message>
        <location filename="../../views/welcome.py" line="208" />
        <source>Press Enter to open; Delete removes a workshop from this list (the file stays). You can also drop a .coi file here.</source>
        <translation>Tryk Enter for at åbne; Delete fjerner en workshop fra listen (filen bliver). Du kan også slippe en .coi-fil her.</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <location filename="../../views/actions.py" line="176" />
        <source>&amp;New workshop…</source>
        <extracomment>(key, shortcut(s), icon, handler) — handler "view:NAME" calls NAME() on the current canvas view, "align:SIDE" and "distribute:AXIS" arrange its selection; "OWNER.METHOD" calls a method of one of the window's controllers (or "window.close"). Actions that change the workshop: disabled in a read-only window. Actions that need at least this many selected cards.</extracomment>
        <translation>&amp;Ny workshop…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="177" />
        <source>&amp;Open…</source>
        <translation>&amp;Åbn…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="179" />
        <source>&amp;Close window</source>
        <translation>&amp;Luk vindue</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="180" />
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="181" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="182" />
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="183" />
        <source>Cu&amp;t</source>
        <translation>&amp;Klip</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="184" />
        <source>&amp;Copy</source>
        <translation>K&amp;opiér</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="185" />
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="189" />
        <source>Select &amp;all</source>
        <translation>&amp;Vælg alle</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="194" />
        <source>&amp;Quick capture</source>
        <translation>&amp;Hurtig indtastning</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="195" />
        <source>&amp;Find…</source>
        <translation>Fi&amp;nd…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="197" />
        <source>Find pre&amp;vious</source>
        <translation>Find forrig&amp;e</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="198" />
        <source>Align &amp;left edges</source>
        <translation>Justér &amp;venstre kanter</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="199" />
        <source>Align &amp;right edges</source>
        <translation>Justér &amp;højre kanter</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="200" />
        <source>Align &amp;top edges</source>
        <translation>Justér &amp;øverste kanter</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="201" />
        <source>Align &amp;bottom edges</source>
        <translation>Justér &amp;nederste kanter</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="202" />
        <source>Distribute &amp;horizontally</source>
        <translation>Fordel v&amp;andret</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="203" />
        <source>Distribute &amp;vertically</source>
        <translation>Fordel &amp;lodret</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="204" />
        <source>T&amp;idy cards</source>
        <translation>&amp;Ordn kortene</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="205" />
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="206" />
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;ind</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="207" />
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;ud</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="208" />
        <source>&amp;Fit all cards</source>
        <translation>&amp;Vis alle kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="209" />
        <source>Zoom to &amp;selection</source>
        <translation>&amp;Zoom til markering</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="210" />
        <source>&amp;Actual size (100 %)</source>
        <translation>&amp;Faktisk størrelse (100 %)</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="211" />
        <source>&amp;Larger card text</source>
        <translation>&amp;Større korttekst</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="212" />
        <source>S&amp;maller card text</source>
        <translation>&amp;Mindre korttekst</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="214" />
        <source>F&amp;ull screen</source>
        <translation>Fuld s&amp;kærm</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="215" />
        <source>Go to the &amp;canvas</source>
        <translation>Gå til &amp;lærredet</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="217" />
        <source>Go to the i&amp;nspector</source>
        <translation>Gå til &amp;egenskaberne</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="218" />
        <source>&amp;New canvas…</source>
        <translation>&amp;Nyt lærred…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="219" />
        <source>&amp;Rename canvas…</source>
        <translation>&amp;Omdøb lærred…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="220" />
        <source>&amp;Duplicate canvas</source>
        <translation>&amp;Duplikér lærred</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="221" />
        <source>De&amp;lete canvas</source>
        <translation>S&amp;let lærred</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="178" />
        <source>Save a copy &amp;as…</source>
        <translation>Gem en &amp;kopi som…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="186" />
        <source>Dupl&amp;icate</source>
        <translation>&amp;Duplikér</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="187" />
        <source>Place on anot&amp;her canvas…</source>
        <translation>Pla&amp;cér på et andet lærred…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="188" />
        <source>De&amp;lete</source>
        <translation>S&amp;let</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="190" />
        <source>A&amp;dd card</source>
        <translation>&amp;Tilføj kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="191" />
        <source>&amp;Edit card title</source>
        <translation>&amp;Ret kortets titel</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="192" />
        <source>Li&amp;nk selected cards</source>
        <translation>For&amp;bind valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="193" />
        <source>Gr&amp;oup selected cards</source>
        <translation>Gr&amp;uppér valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="196" />
        <source>Find ne&amp;xt</source>
        <translation>Find n&amp;æste</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="213" />
        <source>No&amp;rmal card text</source>
        <translation>&amp;Normal korttekst</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="216" />
        <source>Go to the ou&amp;tline</source>
        <translation>Gå til &amp;oversigten</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="222" />
        <source>Move canvas le&amp;ft</source>
        <translation>Flyt lærred til &amp;venstre</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="223" />
        <source>Move canvas r&amp;ight</source>
        <translation>Flyt lærred til &amp;højre</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="224" />
        <source>&amp;Previous canvas</source>
        <translation>&amp;Forrige lærred</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="225" />
        <source>N&amp;ext canvas</source>
        <translation>N&amp;æste lærred</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="226" />
        <source>Workshop &amp;details…</source>
        <translation>Workshop&amp;oplysninger…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="227" />
        <source>&amp;Taxonomies…</source>
        <translation>&amp;Taksonomier…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="228" />
        <source>Possible d&amp;uplicates…</source>
        <translation>Mulige &amp;dubletter…</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="229" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="230" />
        <source>&amp;About COI Desktop</source>
        <translation>&amp;Om COI Desktop</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="233" />
        <source>Start a new workshop in a new file</source>
        <translation>Start en ny workshop i en ny fil</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="234" />
        <source>Open a workshop file</source>
        <translation>Åbn en workshopfil</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="235" />
        <source>Add a card of the chosen kind to the canvas</source>
        <translation>Tilføj et kort af den valgte type til lærredet</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="236" />
        <source>Link the selected cards</source>
        <translation>Forbind de valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="237" />
        <source>Put a titled frame around the selected cards</source>
        <translation>Sæt en ramme med titel om de valgte kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="238" />
        <source>Delete the selected cards and links</source>
        <translation>Slet de valgte kort og forbindelser</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="239" />
        <source>Show the selected cards on another canvas as well: the same items, not copies</source>
        <translation>Vis de valgte kort på et andet lærred også: de samme elementer, ikke kopier</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="241" />
        <source>Lay the selected cards (or all) on their zone's grid</source>
        <translation>Læg de valgte kort (eller alle) i deres zones gitter</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="242" />
        <source>Find cards and filter the canvas</source>
        <translation>Find kort og filtrér lærredet</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="243" />
        <source>Show every card of the canvas</source>
        <translation>Vis alle lærredets kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="244" />
        <source>Add a canvas from a template</source>
        <translation>Tilføj et lærred ud fra en skabelon</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="245" />
        <source>Title, date, place and other details of the workshop</source>
        <translation>Titel, dato, sted og andre oplysninger om workshoppen</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="246" />
        <source>Cards of one kind with the same title that are different items: merge them or keep them apart</source>
        <translation>Kort af samme type med samme titel, som er forskellige elementer: flet dem eller hold dem adskilt</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="255" />
        <source>Add card</source>
        <translation>Tilføj kort</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="255" />
        <source>Link</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="256" />
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="256" />
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="261" />
        <source>Light</source>
        <translation>Lyst</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="261" />
        <source>Dark</source>
        <translation>Mørkt</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="262" />
        <source>High contrast</source>
        <translation>Høj kontrast</translation>
    </message>
    <message>
        <location filename="../../views/actions.py" line="265" />
        <source>Follow the system</source>
        <translation>Følg systemet</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../views/window_menus.py" line="104" />
        <source>(no exports available)</source>
        <extracomment>Menu layout: a key is an action, "-" a separator, "@name" a submenu defined below.</extracomment>
        <translation>(ingen eksport tilgængelig)</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="111" />
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="111" />
        <source>&amp;Edit</source>
        <translation>R&amp;ediger</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="111" />
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="112" />
        <source>&amp;Canvas</source>
        <translation>&amp;Lærred</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="112" />
        <source>&amp;Workshop</source>
        <translation>&amp;Workshop</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="113" />
        <source>&amp;Room</source>
        <translation>&amp;Rum</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="113" />
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="114" />
        <source>Open &amp;recent</source>
        <translation>Åbn &amp;seneste</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="114" />
        <source>&amp;Export</source>
        <translation>&amp;Eksportér</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="115" />
        <source>Card &amp;kind</source>
        <translation>Kortty&amp;pe</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="115" />
        <source>Arran&amp;ge</source>
        <translation>&amp;Arrangér</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="116" />
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rog</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="116" />
        <source>&amp;Panels</source>
        <translation>&amp;Paneler</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="117" />
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="118" />
        <source>Add canvas from &amp;template</source>
        <translation>Tilføj lærred fra &amp;skabelon</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="122" />
        <source>Reco&amp;ver from snapshot…</source>
        <translation>&amp;Gendan fra øjebliksbillede…</translation>
    </message>
    <message>
        <location filename="../../views/window_menus.py" line="123" />
        <source>Save a copy kept while you edited a workshop as a new file and open it</source>
        <translation>Gem en kopi, der blev taget, mens du redigerede en workshop, som en ny fil og åbn den</translation>
    </message>
</context>
<context>
    <name>WindowStatus</name>
    <message>
        <location filename="../../views/window_state.py" line="74" />
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="75" />
        <source>Every change is saved in the file</source>
        <translation>Hver ændring er gemt i filen</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="86" />
        <source>%1 cards</source>
        <translation>%1 kort</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="90" />
        <source>Untitled workshop</source>
        <translation>Workshop uden titel</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="93" />
        <source>%1 (read-only)</source>
        <translation>%1 (skrivebeskyttet)</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="95" />
        <source>%1 (edited)</source>
        <translation>%1 (ændret)</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="129" />
        <location filename="../../views/window_state.py" line="134" />
        <source>&amp;Undo %1</source>
        <translation>&amp;Fortryd %1</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="130" />
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="131" />
        <location filename="../../views/window_state.py" line="134" />
        <source>&amp;Redo %1</source>
        <translation>&amp;Gentag %1</translation>
    </message>
    <message>
        <location filename="../../views/window_state.py" line="132" />
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
</context>
<context>
    <name>WorkshopDetailsDialog</name>
    <message>
        <location filename="../../views/dialogs/details.py" line="51" />
        <source>Workshop details</source>
        <translation>Workshopoplysninger</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="57" />
        <source>&amp;Details</source>
        <translation>&amp;Oplysninger</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="76" />
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="78" />
        <source>&amp;Facilitator:</source>
        <translation>&amp;Facilitator:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="78" />
        <source>&amp;Organiser:</source>
        <translation>&amp;Arrangør:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="58" />
        <source>Ta&amp;xonomies</source>
        <translation>Taksono&amp;mier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="76" />
        <source>Pur&amp;pose:</source>
        <translation>Fo&amp;rmål:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="77" />
        <source>Dat&amp;e:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="77" />
        <source>Pla&amp;ce:</source>
        <translation>St&amp;ed:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="79" />
        <source>Lan&amp;guage of the workshop:</source>
        <translation>Workshoppens s&amp;prog:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="80" />
        <source>Tec&amp;hnology focus:</source>
        <translation>Te&amp;knologifokus:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="81" />
        <source>Pha&amp;se focus:</source>
        <translation>Fa&amp;sefokus:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="82" />
        <source>Delete pe&amp;rsonal data after:</source>
        <translation>S&amp;let persondata efter:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="83" />
        <source>Facilitator &amp;notes:</source>
        <translation>Facilitatorens &amp;noter:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="108" />
        <source>YYYY-MM-DD</source>
        <translation>ÅÅÅÅ-MM-DD</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="136" />
        <source>Sectors</source>
        <translation>Sektorer</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="136" />
        <source>Actor roles</source>
        <translation>Aktørroller</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="137" />
        <source>Barrier categories</source>
        <translation>Barrierekategorier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="137" />
        <source>Phases</source>
        <translation>Faser</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="138" />
        <source>Technologies</source>
        <translation>Teknologier</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="139" />
        <source>Relation types</source>
        <translation>Relationstyper</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="142" />
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="144" />
        <source>Taxonomy</source>
        <translation>Taksonomi</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="147" />
        <source>&amp;Add entry</source>
        <translation>&amp;Tilføj post</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="153" />
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="153" />
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="154" />
        <source>Hidden</source>
        <translation>Skjult</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="161" />
        <source>Entries of the list</source>
        <translation>Listens poster</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="163" />
        <source>Entries cannot be deleted, because cards may use them: hide an entry to take it out of the choices.</source>
        <translation>Poster kan ikke slettes, fordi kort kan bruge dem: skjul en post for at tage den ud af valgmulighederne.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="218" />
        <source>New entry</source>
        <translation>Ny post</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="252" />
        <source>A workshop needs a title.</source>
        <translation>En workshop skal have en titel.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="259" />
        <source>Write dates as YYYY-MM-DD, for example 2025-03-14.</source>
        <translation>Skriv datoer som ÅÅÅÅ-MM-DD, for eksempel 2025-03-14.</translation>
    </message>
    <message>
        <location filename="../../views/dialogs/details.py" line="262" />
        <source>Every entry needs a label in Danish or English.</source>
        <translation>Hver post skal have en etiket på dansk eller engelsk.</translation>
    </message>
</context>
<context>
    <name>ZoneChoice</name>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="35" />
        <source>Paste cards</source>
        <translation>Indsæt kort</translation>
    </message>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="37" />
        <source>%1 lines become “%2” cards. Each takes the meaning of the zone it is placed in:</source>
        <translation>%1 linjer bliver til “%2”-kort. Hvert kort får betydningen af den zone, det placeres i:</translation>
    </message>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="45" />
        <source>Outside the zones (no meaning)</source>
        <translation>Uden for zonerne (ingen betydning)</translation>
    </message>
    <message>
        <location filename="../../views/canvas/paste_dialog.py" line="51" />
        <source>&amp;Paste</source>
        <translation>&amp;Sæt ind</translation>
    </message>
</context>
<context>
    <name>_GuideAction</name>
    <message>
        <location filename="../../desktop/guide.py" line="117" />
        <source>User &amp;guide</source>
        <translation>&amp;Brugervejledning</translation>
    </message>
    <message>
        <location filename="../../desktop/guide.py" line="118" />
        <source>How to prepare, run and follow up a workshop with COI Desktop</source>
        <translation>Sådan forbereder, afholder og følger du op på en workshop med COI Desktop</translation>
    </message>
</context>
</TS>