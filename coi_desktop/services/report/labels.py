"""The report's own words in Danish and English (services have no Qt tr()).

Taxonomy labels (kinds, categories, sectors, …) come from the workshop itself via
`workshop.terms.label()`; this table holds only the fixed headings and captions of the report.
"""

from __future__ import annotations

from datetime import datetime

from ... import phrasebook

WORDS: dict[str, tuple[str, str]] = {
    # key: (da, en)
    "report": ("Workshoprapport", "Workshop report"),
    "date": ("Dato", "Date"),
    "place": ("Sted", "Place"),
    "facilitator": ("Facilitator", "Facilitator"),
    "organiser": ("Arrangør", "Organiser"),
    "focus_technology": ("Teknologi", "Technology"),
    "focus_phase": ("Fase", "Phase"),
    "made_with": ("Lavet med COI Desktop", "Made with COI Desktop"),
    "contents": ("Indhold", "Contents"),
    "page": ("Side", "Page"),
    "summary": ("Sammenfatning", "Summary"),
    "counts": ("Workshoppen i tal", "The workshop in numbers"),
    "canvases": ("Lærreder", "Canvases"),
    "cards": ("Kort", "Cards"),
    "links": ("Forbindelser", "Links"),
    "participants": ("Deltagere", "Participants"),
    "dots": ("Prikker", "Dots"),
    "rounds": ("Afstemningsrunder", "Voting rounds"),
    "top_barriers": ("De fem barrierer med flest prikker",
                     "The five most-voted barriers"),
    "top_opportunities": ("De fem muligheder med flest prikker",
                          "The five most-voted opportunities"),
    "key_findings": ("Hovedfund", "Key findings"),
    "no_votes": ("Ingen stemmer endnu.", "No votes yet."),
    "none": ("Ingen.", "None."),
    "agenda": ("Dagsorden", "Agenda"),
    "item": ("Punkt", "Item"),
    "planned": ("Planlagt", "Planned"),
    "started": ("Start", "Started"),
    "ended": ("Slut", "Ended"),
    "actual": ("Faktisk", "Actual"),
    "minutes": ("min", "min"),
    "canvas": ("Lærred", "Canvas"),
    "name": ("Navn", "Name"),
    "organisation": ("Organisation", "Organisation"),
    "sector": ("Sektor", "Sector"),
    "role": ("Rolle", "Role"),
    "consent_note": ("Navne vises kun for deltagere, der har givet samtykke; "
                     "for de øvrige vises organisation og sektor.",
                     "Names are shown only for participants who consented; for the others, "
                     "organisation and sector are shown."),
    "not_named": ("(ikke navngivet)", "(not named)"),
    "canvases_title": ("Lærrederne", "The canvases"),
    "legend": ("Forklaring", "Legend"),
    "directed": ("rettet forbindelse", "directed link"),
    "undirected": ("forbindelse", "link"),
    "overview": ("Overblik", "Overview"),
    "part": ("Del {n} af {total}", "Part {n} of {total}"),
    "overview_note": ("Lærredet er stort og vises derfor i {total} dele; "
                      "tallene på overblikket viser delene.",
                      "The canvas is large, so it is shown in {total} parts; "
                      "the numbers on the overview mark the parts."),
    "empty_canvas": ("Lærredet er tomt.", "The canvas is empty."),
    "charts": ("Barrierer og prioriteringer", "Barriers and priorities"),
    "barriers_per_category": ("Barrierer pr. kategori", "Barriers per category"),
    "votes_chart": ("Prikker pr. kort (de mest prioriterede)",
                    "Dots per card (the most prioritised)"),
    "no_category": ("(ingen kategori)", "(no category)"),
    "ranked": ("Kortene rangeret", "The cards ranked"),
    "title": ("Titel", "Title"),
    "votes": ("Prikker", "Dots"),
    "power": ("Magt", "Power"),
    "interest": ("Interesse", "Interest"),
    "power_interest": ("Magt / interesse", "Power / interest"),
    "category": ("Kategori", "Category"),
    "severity": ("Alvor", "Severity"),
    "phase": ("Fase", "Phase"),
    "impact": ("Effekt", "Impact"),
    "effort": ("Indsats", "Effort"),
    "technology": ("Teknologi", "Technology"),
    "owner": ("Ansvarlig", "Owner"),
    "due_date": ("Frist", "Due date"),
    "status": ("Status", "Status"),
    "tags": ("Tags", "Tags"),
    "description": ("Beskrivelse", "Description"),
    "findings": ("Fund", "Findings"),
    "score": ("Værdi", "Score"),
    "score_bridges": ("Brobygning", "Bridging"),
    "score_clusters": ("Brobygning", "Bridging"),
    "score_barriers_hit": ("Aktører", "Actors"),
    "score_uncovered": ("Alvor", "Severity"),
    "score_alone": ("Forbindelser", "Links"),
    "score_priorities": ("Prikker", "Dots"),
    "kind": ("Type", "Kind"),
    "actions": ("Handlinger", "Actions"),
    "no_actions": ("Der er ingen handlinger.", "There are no actions."),
    "appendix": ("Bilag: alle kort", "Appendix: every card"),
    "appendix_note": ("Den fulde tekst på hvert kort, lærred for lærred.",
                      "The full text of every card, canvas by canvas."),
    "see_appendix": ("(fuld tekst i bilaget)", "(full text in the appendix)"),
    "appendix_ref": ("Bilag", "Appx."),
    "ranked_note": ("Kort med lige mange prikker og samme vægt deler plads. Kolonnen Bilag "
                    "viser kortets nummer i bilaget, hvor hele teksten står.",
                    "Cards with as many dots and the same weight share a place. The Appx. "
                    "column gives the card's number in the appendix, which has its full text."),
    "contributed_by": ("Bidrag fra", "Contributed by"),
    "hidden": ("skjult", "hidden"),
    "links_to": ("Forbundet med nr.", "Linked to no."),
}

_say = phrasebook.add("report", WORDS)


class Words:
    """The fixed report words in one language."""

    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, key: str, **values: object) -> str:
        return _say(key, self.language, **values)


_say_date = phrasebook.add("report_dates", {
    "long_date": ("{day}. {month} {year}", "{day} {month} {year}"),
    **{f"month_{n}": pair for n, pair in enumerate((
        ("januar", "January"), ("februar", "February"), ("marts", "March"), ("april", "April"),
        ("maj", "May"), ("juni", "June"), ("juli", "July"), ("august", "August"),
        ("september", "September"), ("oktober", "October"), ("november", "November"),
        ("december", "December")), 1)},
})


def long_date(value: str, lang: str) -> str:
    """A YYYY-MM-DD date as the report writes it ("12. marts 2026", "12 March 2026")."""
    if not value:
        return ""
    try:
        d = datetime.fromisoformat(value)
    except ValueError:
        return value
    return _say_date("long_date", lang, day=d.day, month=_say_date(f"month_{d.month}", lang),
                     year=d.year)
