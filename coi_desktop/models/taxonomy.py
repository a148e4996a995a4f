"""The default taxonomies of DOMAIN.md as data, with Danish and English labels.

A workshop stores its own copy of every list (see `Term`), so a facilitator can rename,
add or hide entries for one workshop; these defaults only seed a new workshop. Card kinds and
relation types are declared in `registry.py`; their default terms are read from there.
"""

from __future__ import annotations

from dataclasses import dataclass

from .registry import CARD_KINDS, REGISTRY

ACTION_STATUSES = ("open", "in_progress", "done")
CLOSENESS = ("core", "direct", "indirect")
LANGUAGES = ("da", "en")


@dataclass(frozen=True)
class Term:
    """One entry of a workshop's taxonomy (a sector, a phase, a relation type, …)."""

    taxonomy: str
    key: str
    da: str
    en: str
    position: int = 0
    hidden: bool = False

    def label(self, language: str) -> str:
        """The label in `language`, falling back to the other language when empty."""
        first, second = (self.da, self.en) if language == "da" else (self.en, self.da)
        return first or second or self.key


_RAW: dict[str, list[tuple[str, str, str]]] = {
    "sector": [
        ("state", "Stat", "State"),
        ("region", "Region", "Region"),
        ("municipality", "Kommune", "Municipality"),
        ("company", "Privat virksomhed", "Private company"),
        ("sme", "SMV", "SME"),
        ("cluster", "Klynge / netværk", "Cluster / network"),
        ("knowledge", "Videninstitution", "Knowledge institution"),
        ("social_economy", "Socialøkonomisk virksomhed", "Social-economy enterprise"),
        ("foundation", "Fond / forening", "Foundation / association"),
        ("citizen", "Borger / bruger", "Citizen / user"),
    ],
    "role": [
        ("need_owner", "Behovsejer", "Need owner"),
        ("buyer", "Ordregiver, offentlig indkøber", "Contracting authority / public buyer"),
        ("procurement_unit", "Udbuds- og indkøbsfunktion", "Procurement unit"),
        ("innovation_unit", "Innovationsfunktion", "Innovation unit"),
        ("political_leadership", "Politisk ledelse", "Political leadership"),
        ("administrative_leadership", "Administrativ ledelse", "Administrative leadership"),
        ("middle_manager", "Mellemleder, driftsleder", "Middle or operational manager"),
        ("front_line", "Medarbejder, fagprofessionel", "Front-line professional"),
        ("supplier", "Leverandør, tilbudsgiver", "Supplier or bidder"),
        ("knowledge_institution", "Videninstitution", "Knowledge institution"),
        ("cluster_organisation", "Klyngeorganisation", "Cluster organisation"),
        ("end_user", "Slutbruger, borger", "End user or citizen"),
        ("data_controller", "Dataansvarlig, databehandler", "Data controller or processor"),
        ("sharer", "Giver: \u201cvi vil dele\u201d", "Sharer of a solution"),
        ("reuser", "Modtager: \u201cvi vil genbruge\u201d", "Re-user of a solution"),
    ],
    "category": [
        ("law", "Jura og regler", "Law and regulation"),
        ("procurement", "Udbud og indkøb", "Procurement"),
        ("economy", "Økonomi og gevinster", "Economy and benefits"),
        ("organisation", "Organisation og ledelse", "Organisation and leadership"),
        ("culture", "Kultur og faglighed", "Culture and professional identity"),
        ("skills", "Kompetencer og kapacitet", "Skills and capacity"),
        ("technology", "Teknologi og data", "Technology and data"),
        ("ethics", "Etik og persondata", "Ethics and personal data"),
        ("market", "Marked og leverandører", "Market and suppliers"),
        ("users", "Borgere og brugere", "Citizens and users"),
        ("spreading", "Spredning og implementering", "Spreading and implementation"),
    ],
    "phase": [
        ("need", "Behovsafklaring", "Needs assessment"),
        ("market_dialogue", "Markedsdialog", "Market dialogue"),
        ("procurement", "Udbud og kontrakt", "Tender and contract"),
        ("development", "Udvikling og afprøvning", "Development and testing"),
        ("implementation", "Implementering", "Implementation"),
        ("spreading", "Spredning", "Spreading and scaling"),
        ("evaluation", "Evaluering", "Evaluation"),
    ],
    "technology": [
        ("welfare", "Velfærdsteknologi, digitale velfærdsløsninger",
         "Welfare technology / digital welfare solutions"),
        ("rpa", "Softwarerobotter (RPA)", "Software robots (RPA)"),
        ("ai", "Maskinlæring og kunstig intelligens", "Machine learning and AI"),
        ("data", "Data og platforme", "Data and platforms"),
        ("other", "Andet", "Other"),
    ],
    "template": [
        ("onion", "Aktørkort (løg)", "Actor onion"),
        ("power_interest", "Magt og interesse", "Power–interest grid"),
        ("barrier_board", "Barrierekort", "Barrier board"),
        ("impact_effort", "Mulighedsmatrix", "Impact–effort matrix"),
        ("phases", "Procesforløb", "Process lanes"),
        ("blank", "Blankt lærred", "Blank canvas"),
    ],
    "closeness": [
        ("core", "Kerne", "Core"),
        ("direct", "Direkte", "Direct"),
        ("indirect", "Indirekte", "Indirect"),
    ],
    "status": [
        ("open", "Åben", "Open"),
        ("in_progress", "I gang", "In progress"),
        ("done", "Færdig", "Done"),
    ],
}

#: Taxonomies a facilitator may edit per workshop (kinds, templates and statuses are fixed).
EDITABLE_TAXONOMIES = ("sector", "role", "category", "phase", "technology", "relation")

#: Relation types whose links have no direction (as declared when this module was loaded).
UNDIRECTED_RELATIONS = frozenset(r.id for r in REGISTRY.relations if not r.directed)

#: The default relation between two card kinds (source kind, target kind).
DEFAULT_RELATIONS: dict[tuple[str, str], str] = {
    pair: r.id for r in REGISTRY.relations for pair in r.default_for}


def _rows(taxonomy: str) -> list[tuple[str, str, str]]:
    """(key, da, en) of a default taxonomy; kinds and relations as registered right now."""
    if taxonomy == "card_kind":
        return [(k.id, k.da, k.en) for k in REGISTRY.kinds]
    if taxonomy == "relation":
        return [(r.id, r.da, r.en) for r in REGISTRY.relations]
    return _RAW.get(taxonomy, [])


#: Every taxonomy of a workshop, in DOMAIN.md order.
TAXONOMIES = ("card_kind", "sector", "role", "category", "phase", "technology", "relation",
              "template", "closeness", "status")


def default_terms() -> list[Term]:
    """Every default term, in DOMAIN.md order."""
    return [
        Term(taxonomy, key, da, en, position)
        for taxonomy in TAXONOMIES
        for position, (key, da, en) in enumerate(_rows(taxonomy))
    ]


def default_label(taxonomy: str, key: str, language: str) -> str:
    """The default label of a key, or the key itself when unknown."""
    for k, da, en in _rows(taxonomy):
        if k == key:
            return da if language == "da" else en
    return key


def default_relation(source_kind: str, target_kind: str) -> str:
    """The relation a new link gets from the kinds of its ends (DOMAIN.md)."""
    return REGISTRY.default_relation(source_kind, target_kind)


def is_directed(relation: str) -> bool:
    """Whether links of this relation type are drawn with an arrowhead."""
    return REGISTRY.is_directed(relation)


__all__ = ["CARD_KINDS", "DEFAULT_RELATIONS", "UNDIRECTED_RELATIONS", "Term", "default_label",
           "default_relation", "default_terms", "is_directed"]
