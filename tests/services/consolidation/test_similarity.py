"""Danish normalisation and grouping: variants of one barrier meet, different barriers don't."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coi_desktop.services.consolidation.similarity import (
    group_texts,
    item_key,
    normalise,
    score,
    stem,
)

# (phrasings of one barrier) per line; no two lines are the same barrier.
BARRIERS = [
    ["Udbudsreglerne er for stive", "stive udbudsregler", "For stive udbudsregler!",
     "Regler for udbud er alt for stive", "Udbudsreglerne er stive og ufleksible"],
    ["Intet budget efter piloten", "Ingen budget når piloten slutter",
     "Manglende budget efter pilotprojektet"],
    ["Mellemledere mangler fokus på innovation",
     "Mellemlederne har ikke fokus på innovation"],
    ["GDPR og samtykkeregler", "Samtykkereglerne i GDPR er uklare"],
    ["Leverandørmarkedet er umodent", "Umodent marked for leverandører"],
    ["Manglende kompetencer i indkøb", "Manglende indkøbskompetencer"],
    ["Uklar lovhjemmel til automatisk sagsbehandling",
     "Manglende lovhjemmel til automatisk sagsbehandling"],
    ["Stive regler for tilskud"],
    ["IT og Digitalisering"],
    ["Digitaliseringsstyrelsen"],
    ["Data kan ikke deles mellem systemer"],
    ["Medarbejdere frygter spareøvelser"],
]


def _grouping(texts: list[str]) -> dict[str, int]:
    normals = [normalise(t) for t in texts]
    groups = group_texts(normals)
    where = {m: i for i, g in enumerate(groups) for m in g.members}
    return {t: where[n] for t, n in zip(texts, normals, strict=True)}


def test_normalise_danish() -> None:
    assert normalise("Udbudsreglerne er for stive") == normalise("stive udbudsregler")
    assert normalise("Leverandørmarkedet") == "leverandoermarked"
    assert normalise("Pårørende, ÆBLER!") == normalise("paaroerende aebler")
    assert stem("udbudsreglerne") == stem("udbudsregler") == "udbudsregl"
    assert normalise("er for og i") == ""


def test_variants_grouped_and_unrelated_barriers_kept_apart() -> None:
    texts = [t for line in BARRIERS for t in line]
    group_of = _grouping(texts)
    for line in BARRIERS:
        assert len({group_of[t] for t in line}) == 1, line
    leaders = [group_of[line[0]] for line in BARRIERS]
    assert len(set(leaders)) == len(BARRIERS)


def test_scores() -> None:
    assert score(normalise("Regler for udbud er stive"), normalise("stive udbudsregler")) == 100
    assert score(normalise("IT og Digitalisering"), normalise("Digitaliseringsstyrelsen")) < 80
    assert score(normalise("Budget"), normalise("Manglende budget efter piloten")) < 80


def test_grouping_is_deterministic_whatever_the_order() -> None:
    texts = [normalise(t) for line in BARRIERS for t in line]
    a = group_texts(texts)
    b = group_texts(list(reversed(texts)))
    assert a == b


@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=6))
def test_item_key_ignores_order_and_duplicates(variants: list[str]) -> None:
    assert item_key("barrier", variants) == item_key("barrier", sorted(variants) + variants)
    assert item_key("barrier", variants) != item_key("actor", variants)


@given(st.text(max_size=40))
def test_normalise_never_fails_and_is_stable(text: str) -> None:
    once = normalise(text)
    assert once == normalise(text)
    assert all(ch not in once for ch in "æøåÆØÅ")


WORDS = ["budg", "budget", "budgett", "pilot", "piloten", "regl", "regler", "udbud", "stiv",
         "stive", "data", "datadel", "marked", "markeder", "it", "gdpr", "leverandoer"]


@given(st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5), min_size=2,
                max_size=12))
def test_candidate_filter_never_misses_a_pair(texts: list[list[str]]) -> None:
    from itertools import combinations

    from coi_desktop.services.consolidation.similarity import _candidates, token_dice

    keys = [" ".join(sorted(set(t))) for t in texts]
    candidates = _candidates(keys, 80.0)
    for i, j in combinations(range(len(keys)), 2):
        if keys[i] != keys[j] and token_dice(keys[i], keys[j]) >= 80.0:
            assert j in candidates[i], (keys[i], keys[j])  # (i < j: from the earlier text)


def test_many_distinct_titles_group_quickly_enough() -> None:
    import random

    rng = random.Random(3)
    letters = "abdefgiklmnoprstuvy"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(5, 10)))
             for _ in range(3000)]
    texts = [" ".join(sorted(set(rng.sample(vocab, 3)))) for _ in range(4000)]
    groups = group_texts(texts)  # all-pairs would be 8 million comparisons
    assert sum(len(g.members) for g in groups) == len(set(texts))


@given(st.text(max_size=30))
def test_fts_query_is_always_valid(text: str) -> None:
    import sqlite3

    from coi_desktop.services.consolidation.stats import fts_query

    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(x)")
    conn.execute("INSERT INTO t VALUES ('udbudsreglerne er stive')")
    query = fts_query(text)
    if query:
        conn.execute("SELECT * FROM t WHERE t MATCH ?", (query,)).fetchall()
    conn.close()
