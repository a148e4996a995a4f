"""One declaration per card kind, relation type and record type; everything else reads these.

Adding a card kind is one `CardKind` here plus its translations: the model validates against
`REGISTRY`, the taxonomy seeds new workshops with its names, the exports write its columns,
the report gives it a table, and the palette and inspector list it. The string literals of
the five kinds live only in this module (`ACTOR` … `NOTE`); code compares against those names.
Tests add a kind with `REGISTRY.register_kind(...)` inside `REGISTRY.restoring()`.

This module imports nothing of the package, so every layer (and the models themselves) can
import it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import overload

ACTOR = "actor"
BARRIER = "barrier"
OPPORTUNITY = "opportunity"
ACTION = "action"
NOTE = "note"

COLLABORATES = "collaborates"
DEPENDS_ON = "depends_on"
EXPERIENCES = "experiences"
CAUSES = "causes"
ADDRESSES = "addresses"
BLOCKS = "blocks"
DRIVES = "drives"
LEADS_TO = "leads_to"
RELATES = "relates"

#: How the analysis reads a relation (`RelationType.reading`).
NEUTRAL = "neutral"  # a plain tie, counted in either direction
AFFECTS = "affects"  # the source feels the target (an actor experiences a barrier)
HELPS = "helps"  # the source works on the target (an opportunity addresses a barrier)
HURTS = "hurts"  # the source makes the target worse; never counts as help
DEPENDS = "depends"  # the source needs the target
LEADS = "leads"  # the source drives or turns into the target


def _label(da: str, en: str, language: str) -> str:
    first, second = (da, en) if language == "da" else (en, da)
    return first or second


@dataclass(frozen=True)
class CardKind:
    """A kind of card: what it is called, how it looks, which fields it has, where it goes."""

    id: str
    da: str
    en: str
    #: the theme token of its strong colour (`theme.color(kind.colour_token)`)
    colour_token: str
    #: kind-specific `Card` fields, in inspector order
    fields: tuple[str, ...] = ()
    #: the element type written for Kumu (its "Type" column reads this)
    kumu_type: str = ""
    #: (header, card field) columns this kind adds to the Elements sheet of CSV/XLSX
    export_columns: tuple[tuple[str, str], ...] = ()
    #: the report section listing its cards, and that table's extra columns (field, mm)
    report_section: str = "ranked"
    report_columns: tuple[tuple[str, float], ...] = ()
    #: light-theme colours for code without a theme (PDF, analysis overlay)
    colour: str = "#999999"
    fill: str = "#F2F2F2"
    #: the taxonomy field whose colour, when set, replaces the kind's colour (a category)
    accent_field: str = ""
    #: whether a new voting round offers this kind by default
    votable: bool = False
    #: the Danish indefinite article of its name ("en aktør", "et …"), for sentences
    da_article: str = "en"

    def label(self, language: str) -> str:
        return _label(self.da, self.en, language)

    def with_article(self, language: str) -> str:
        """Its name with the indefinite article, lower case: "en barriere", "an actor"."""
        name = self.label(language).lower()
        if language == "da":
            return f"{self.da_article} {name}"
        return f"{'an' if name[:1] in 'aeiou' else 'a'} {name}"


@dataclass(frozen=True)
class RelationType:
    """A type of link: its names, whether it has a direction, which kinds it joins."""

    id: str
    da: str
    en: str
    directed: bool
    #: kinds allowed at the source and target end (empty: any kind)
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    #: how analysis reads it (NEUTRAL, AFFECTS, HELPS, HURTS, DEPENDS, LEADS)
    reading: str = NEUTRAL
    #: (source kind, target kind) pairs that get this relation when a link is drawn
    default_for: tuple[tuple[str, str], ...] = ()
    #: the verb in the infinitive, for "A barrier cannot address an actor" (da, en)
    verb_da: str = ""
    verb_en: str = ""

    def label(self, language: str) -> str:
        return _label(self.da, self.en, language)

    def joins(self, source_kind: str, target_kind: str) -> bool:
        """Whether a link of this type may go from a `source_kind` to a `target_kind` card
        (an undirected type in either order)."""
        return self._joins(source_kind, target_kind) or (
            not self.directed and self._joins(target_kind, source_kind))

    def _joins(self, source_kind: str, target_kind: str) -> bool:
        return ((not self.sources or source_kind in self.sources)
                and (not self.targets or target_kind in self.targets))


@dataclass(frozen=True)
class RecordType:
    """A kind of record of a workshop file (a table), parents before children in the list."""

    id: str  # the collection/snapshot name: "cards", "rounds", …
    class_name: str  # the dataclass in models.entities
    table: str  # the SQLite table
    da: str
    en: str

    def label(self, language: str) -> str:
        return _label(self.da, self.en, language)


def _kinds() -> list[CardKind]:
    return [
        CardKind(ACTOR, "Aktør", "Actor", "kind.actor",
                 ("sector", "role", "organisation", "power", "interest", "closeness"),
                 kumu_type="Actor",
                 export_columns=(("Sector", "sector"), ("Role", "role"),
                                 ("Organisation", "organisation"), ("Power", "power"),
                                 ("Interest", "interest"), ("Closeness", "closeness")),
                 # each width holds its header word unbroken in 8 pt bold (da and en)
                 report_columns=(("sector", 22), ("role", 26), ("organisation", 25),
                                 ("power_interest", 19)),
                 colour="#0072B2", fill="#D9ECF7"),
        CardKind(BARRIER, "Barriere", "Barrier", "kind.barrier",
                 ("category", "severity", "phase"),
                 kumu_type="Barrier",
                 export_columns=(("Category", "category"), ("Severity", "severity"),
                                 ("Phase", "phase")),
                 report_columns=(("category", 38), ("severity", 17), ("phase", 30)),
                 colour="#D55E00", fill="#F8E0CF", accent_field="category", votable=True),
        CardKind(OPPORTUNITY, "Mulighed", "Opportunity", "kind.opportunity",
                 ("impact", "effort", "phase", "technology"),
                 kumu_type="Opportunity",
                 export_columns=(("Impact", "impact"), ("Effort", "effort"), ("Phase", "phase"),
                                 ("Technology", "technology")),
                 report_columns=(("impact", 15), ("effort", 16), ("phase", 28),
                                 ("technology", 30)),
                 colour="#009E73", fill="#D3EEE5", votable=True),
        CardKind(ACTION, "Handling", "Action", "kind.action",
                 ("owner", "due_date", "status"),
                 kumu_type="Action",
                 export_columns=(("Owner", "owner"), ("Due date", "due_date"),
                                 ("Status", "status")),
                 report_columns=(("owner", 30), ("due_date", 22), ("status", 20)),
                 colour="#E69F00", fill="#FBEBC8"),
        # a darker Okabe–Ito yellow than the palette's, so the text on the chip stays legible
        CardKind(NOTE, "Note", "Note", "kind.note", (), kumu_type="Note",
                 report_columns=(("canvas", 40),), colour="#B8A800", fill="#FBF6C4"),
    ]


def _relations() -> list[RelationType]:
    # Which kinds each type joins follows DOMAIN.md's "usual direction", widened only where a
    # workshop plainly needs it: an action addresses a barrier as an opportunity does (issue
    # 12), actions depend on and lead to one another in an action plan, and an opportunity
    # can depend on an actor or an action. A barrier blocks an actor or an opportunity;
    # "blocks" is chosen, never the default (a line drawn from a barrier stays "relates").
    # `relates` joins anything (a note, too); nothing else takes a note.
    doers = (ACTOR, OPPORTUNITY, ACTION)
    return [
        RelationType(COLLABORATES, "samarbejder med", "collaborates with", False,
                     (ACTOR,), (ACTOR,), NEUTRAL, ((ACTOR, ACTOR),),
                     "samarbejde med", "collaborate with"),
        RelationType(DEPENDS_ON, "er afhængig af", "depends on", True, doers, doers, DEPENDS,
                     (), "være afhængig af", "depend on"),
        RelationType(EXPERIENCES, "oplever", "experiences", True, (ACTOR,), (BARRIER,),
                     AFFECTS, ((ACTOR, BARRIER),), "opleve", "experience"),
        RelationType(CAUSES, "forårsager", "causes", True, (BARRIER,), (BARRIER,), HURTS,
                     ((BARRIER, BARRIER),), "forårsage", "cause"),
        RelationType(ADDRESSES, "adresserer", "addresses", True, (OPPORTUNITY, ACTION),
                     (BARRIER,), HELPS, ((OPPORTUNITY, BARRIER), (ACTION, BARRIER)),
                     "adressere", "address"),
        RelationType(BLOCKS, "blokerer", "blocks", True, (BARRIER,), (ACTOR, OPPORTUNITY),
                     HURTS, verb_da="blokere", verb_en="block"),
        RelationType(DRIVES, "kan drive", "can drive", True, (ACTOR,), (OPPORTUNITY,), LEADS,
                     ((ACTOR, OPPORTUNITY),), "drive", "drive"),
        RelationType(LEADS_TO, "fører til", "leads to", True, (OPPORTUNITY, ACTION), (ACTION,),
                     LEADS, ((OPPORTUNITY, ACTION),), "føre til", "lead to"),
        RelationType(RELATES, "relaterer til", "relates to", False, reading=NEUTRAL,
                     verb_da="relatere til", verb_en="relate to"),
    ]


#: Every record type of a workshop (besides its info and terms), parents before children.
RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("participants", "Participant", "participants", "Deltagere", "Participants"),
    RecordType("canvases", "Canvas", "canvases", "Lærreder", "Canvases"),
    RecordType("cards", "Card", "cards", "Kort", "Cards"),
    RecordType("links", "Link", "links", "Forbindelser", "Links"),
    RecordType("groups", "Group", "groups", "Grupper", "Groups"),
    RecordType("rounds", "VotingRound", "voting_rounds", "Afstemningsrunder", "Voting rounds"),
    RecordType("votes", "Vote", "votes", "Stemmer", "Votes"),
    RecordType("agenda", "AgendaItem", "agenda_items", "Dagsordenspunkter", "Agenda items"),
)


class _KindIds(Sequence[str]):
    """The ids of the registered kinds, in order, always current (`CARD_KINDS`)."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    @overload
    def __getitem__(self, index: int) -> str: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[str]: ...

    def __getitem__(self, index: int | slice) -> str | Sequence[str]:
        ids = tuple(self._registry._kinds)
        return ids[index]

    def __len__(self) -> int:
        return len(self._registry._kinds)

    def __contains__(self, value: object) -> bool:
        return value in self._registry._kinds

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(self._registry._kinds))

    def __repr__(self) -> str:
        return repr(tuple(self._registry._kinds))


class _KindFields(Mapping[str, tuple[str, ...]]):
    """kind id → its kind-specific card fields, always current (`KIND_FIELDS`)."""

    def __init__(self, registry: Registry) -> None:
        self._registry = registry

    def __getitem__(self, kind_id: str) -> tuple[str, ...]:
        return self._registry._kinds[kind_id].fields

    def __iter__(self) -> Iterator[str]:
        return iter(tuple(self._registry._kinds))

    def __len__(self) -> int:
        return len(self._registry._kinds)


@dataclass
class Registry:
    """The kinds and relation types in use (ordered), and the record types of a file."""

    _kinds: dict[str, CardKind] = field(default_factory=dict)
    _relations: dict[str, RelationType] = field(default_factory=dict)
    records: tuple[RecordType, ...] = RECORD_TYPES

    def __post_init__(self) -> None:
        self.kind_ids: Sequence[str] = _KindIds(self)
        self.kind_fields: Mapping[str, tuple[str, ...]] = _KindFields(self)

    # -- card kinds -----------------------------------------------------------------------

    @property
    def kinds(self) -> tuple[CardKind, ...]:
        return tuple(self._kinds.values())

    def kind(self, kind_id: str) -> CardKind:
        """The declaration of a kind (KeyError for an unknown one)."""
        return self._kinds[kind_id]

    def is_kind(self, kind_id: object) -> bool:
        return kind_id in self._kinds

    def kind_label(self, kind_id: str, language: str) -> str:
        """A kind's name in a language (the id itself for an unknown kind)."""
        kind = self._kinds.get(kind_id)
        return kind.label(language) if kind else kind_id

    def register_kind(self, kind: CardKind, relations: Sequence[str] = ()) -> CardKind:
        """Add (or replace) a kind; `relations` also let it take part in those relation types.

        A relation type that lists allowed kinds gets this one added at both ends.
        """
        self._kinds[kind.id] = kind
        for rid in relations:
            rel = self._relations[rid]
            self._relations[rid] = replace(
                rel, sources=(*rel.sources, kind.id) if rel.sources else (),
                targets=(*rel.targets, kind.id) if rel.targets else ())
        return kind

    def unregister_kind(self, kind_id: str) -> None:
        self._kinds.pop(kind_id, None)

    @contextmanager
    def restoring(self) -> Iterator[Registry]:
        """Put every declaration back as it was afterwards (for tests that register kinds)."""
        kinds, relations = dict(self._kinds), dict(self._relations)
        try:
            yield self
        finally:
            self._kinds.clear()
            self._kinds.update(kinds)
            self._relations.clear()
            self._relations.update(relations)

    def votable_kinds(self) -> tuple[str, ...]:
        return tuple(k.id for k in self._kinds.values() if k.votable)

    def element_columns(self) -> tuple[tuple[str, str], ...]:
        """The kind-specific (header, field) columns of every kind, in kind order, once each."""
        seen: dict[str, tuple[str, str]] = {}
        for kind in self._kinds.values():
            for header, name in kind.export_columns:
                seen.setdefault(name, (header, name))
        return tuple(seen.values())

    # -- relation types -------------------------------------------------------------------

    @property
    def relations(self) -> tuple[RelationType, ...]:
        return tuple(self._relations.values())

    def relation(self, relation_id: str) -> RelationType:
        """The declaration of a relation type (KeyError for an unknown one)."""
        return self._relations[relation_id]

    def is_directed(self, relation_id: str) -> bool:
        """Whether links of this type have an arrowhead (a workshop's own types do)."""
        rel = self._relations.get(relation_id)
        return rel.directed if rel else True

    def reading(self, relation_id: str) -> str:
        """How analysis reads a relation (a workshop's own types read as neutral)."""
        rel = self._relations.get(relation_id)
        return rel.reading if rel else NEUTRAL

    def default_relation(self, source_kind: str, target_kind: str) -> str:
        """The relation a new link gets from the kinds of its ends (DOMAIN.md)."""
        for rel in self._relations.values():
            if (source_kind, target_kind) in rel.default_for:
                return rel.id
        for rel in self._relations.values():  # drawn the other way: only if undirected
            if not rel.directed and (target_kind, source_kind) in rel.default_for:
                return rel.id
        return RELATES

    def allows(self, relation_id: str, source_kind: str, target_kind: str,
               directed: bool = True) -> bool:
        """Whether a link of this type may join a `source_kind` card to a `target_kind` one.

        A workshop's own relation types (not declared here) join anything; an undirected link
        (`directed=False`) may be read in either order.
        """
        rel = self._relations.get(relation_id)
        if rel is None:
            return True
        return rel.joins(source_kind, target_kind) or (
            not directed and rel.joins(target_kind, source_kind))

    def allowed_relations(self, source_kind: str, target_kind: str) -> tuple[str, ...]:
        """The declared relation types a link from `source_kind` to `target_kind` may take."""
        return tuple(r.id for r in self._relations.values() if r.joins(source_kind, target_kind))

    def refusal(self, relation_id: str, source_kind: str, target_kind: str
                ) -> tuple[str, str]:
        """Why a link of this type cannot join these kinds, (en, da): "A barrier cannot
        address an actor: “addresses” goes from an opportunity or action to a barrier." """
        rel = self._relations[relation_id]

        def kinds(ids: tuple[str, ...], language: str) -> str:
            if not ids:
                return "any card" if language == "en" else "ethvert kort"
            names = [self._kinds[k].label(language).lower() if k in self._kinds else k
                     for k in ids]
            first = (self._kinds[ids[0]].with_article(language) if ids[0] in self._kinds
                     else ids[0])
            word = " or " if language == "en" else " eller "
            return first if len(names) == 1 else ", ".join([first, *names[1:-1]]) \
                + word + names[-1]

        def one(kind_id: str, language: str) -> str:
            kind = self._kinds.get(kind_id)
            return kind.with_article(language) if kind else kind_id

        src_en, src_da = one(source_kind, "en"), one(source_kind, "da")
        verb_en, verb_da = rel.verb_en or rel.en, rel.verb_da or rel.da
        if rel.directed:
            rule_en = (f"\u201c{rel.en}\u201d goes from {kinds(rel.sources, 'en')} to "
                       f"{kinds(rel.targets, 'en')}")
            rule_da = (f"\u201c{rel.da}\u201d går fra {kinds(rel.sources, 'da')} til "
                       f"{kinds(rel.targets, 'da')}")
        else:
            rule_en = (f"\u201c{rel.en}\u201d joins {kinds(rel.sources, 'en')} with "
                       f"{kinds(rel.targets, 'en')}")
            rule_da = (f"\u201c{rel.da}\u201d forbinder {kinds(rel.sources, 'da')} med "
                       f"{kinds(rel.targets, 'da')}")
        return (f"{src_en[0].upper()}{src_en[1:]} cannot {verb_en} {one(target_kind, 'en')}: "
                f"{rule_en}.",
                f"{src_da[0].upper()}{src_da[1:]} kan ikke {verb_da} {one(target_kind, 'da')}: "
                f"{rule_da}.")

    # -- record types ---------------------------------------------------------------------

    def record(self, record_id: str) -> RecordType:
        return next(r for r in self.records if r.id == record_id)

    def record_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.records)


REGISTRY = Registry({k.id: k for k in _kinds()}, {r.id: r for r in _relations()})

#: The ids of the card kinds, in order; a live view (a registered kind shows up here).
CARD_KINDS: Sequence[str] = REGISTRY.kind_ids

#: Which kind-specific fields each card kind uses; a live view like `CARD_KINDS`.
KIND_FIELDS: Mapping[str, tuple[str, ...]] = REGISTRY.kind_fields
