"""The taxonomies of a workshop (`workshop.terms`): its own copy of every list of keys.

A read-only mapping (taxonomy, key) → `Term`. `put` adds or renames entries of the editable
taxonomies as one change (hiding one is `hidden=True`; keys never vanish, so no card loses its
meaning); `label` says what a key is called in a language.
"""

from __future__ import annotations

from collections.abc import Iterable

from . import events as ev
from .collection import Collection, Tables
from .errors import ValidationError
from .events import Change
from .taxonomy import EDITABLE_TAXONOMIES, Term, default_label


def label_of(tables: Tables, taxonomy: str, key: str, language: str | None = None) -> str:
    """The workshop's label for a key (in its own language unless told).

    A key the workshop does not list (a kind registered after it was made) gets its default
    label, an unknown one itself.
    """
    term = tables.terms.get((taxonomy, key))
    language = language or tables.info.language
    return term.label(language) if term else default_label(taxonomy, key, language)


class Terms(Collection[tuple[str, str], Term]):
    """Every taxonomy entry of a workshop, keyed by (taxonomy, key)."""

    what = "taxonomy entry"

    def known(self, taxonomy: str, key: str) -> bool:
        return (taxonomy, key) in self._rows

    def of(self, taxonomy: str, include_hidden: bool = False) -> list[Term]:
        """One taxonomy's entries in their order (hidden ones only when asked)."""
        found = [t for t in self._rows.values() if t.taxonomy == taxonomy]
        return sorted((t for t in found if include_hidden or not t.hidden),
                      key=lambda t: t.position)

    def label(self, taxonomy: str, key: str, language: str | None = None) -> str:
        return label_of(self._tables, taxonomy, key, language)

    def put(self, terms: Iterable[Term]) -> Change:
        """Add or rename taxonomy entries (hiding one is `hidden=True`; keys never vanish)."""
        new = list(terms)
        for term in new:
            if term.taxonomy not in EDITABLE_TAXONOMIES:
                raise ValidationError(f"The taxonomy {term.taxonomy!r} cannot be edited.",
                                      f"Taksonomien {term.taxonomy!r} kan ikke redigeres.")
            if not term.key or not (term.da.strip() or term.en.strip()):
                raise ValidationError("A taxonomy entry needs a key and a label.",
                                      "En taksonomi-post skal have en nøgle og en etiket.")
        for term in new:
            self._rows[(term.taxonomy, term.key)] = term
        return self._emit(ev.TERMS_CHANGED, new)
