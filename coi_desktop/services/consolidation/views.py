"""Named SQL views of the consolidated database: the analysts' common questions.

Views keep taxonomy *keys* (join `labels` for Danish/English names). A barrier's phase is
the card's own phase, or the workshop's phase focus when the card has none. A barrier's
sectors are those of the actors linked to it on the canvas and of the participant who
contributed it. Items come from `canonical_variants`/`canonical_items` (see canonical.py);
a rejected proposal has no members, so it never shows up in a statistic. The order of the
dictionary is the order of creation (later views use earlier ones).

An item placed on several canvases of one workshop counts once: `card_items` holds one row
per item (its first placement, `cards.item_card_id`, with the votes of all its placements),
and `link_ends` maps every link onto the items it joins, so the same link drawn on two
canvases is one link (as `services.analysis` reads a workshop).
"""

from __future__ import annotations

from ...models.registry import ACTOR, BARRIER, BLOCKS, OPPORTUNITY

VIEWS: dict[str, str] = {
    # every item (its first placement) with its workshop's context and its canonical item
    "card_items": """
SELECT c.workshop_id, c.card_id, c.kind, c.title, c.description, c.category,
       c.phase AS card_phase, COALESCE(NULLIF(c.phase, ''), w.phase) AS phase,
       c.sector, c.role, c.organisation,
       (SELECT SUM(p.votes) FROM cards AS p WHERE p.workshop_id = c.workshop_id
        AND p.item_card_id = c.card_id) AS votes, c.participant_id,
       w.title AS workshop_title, w.date, w.quarter, w.technology AS workshop_technology,
       w.phase AS workshop_phase, m.item_key, i.name AS item_name, i.status AS item_status,
       c.source_file, c.source_sha256, c.canvas_id, c.canvas_name
FROM cards AS c
JOIN workshops AS w ON w.workshop_id = c.workshop_id
LEFT JOIN canonical_variants AS m ON m.kind = c.kind AND m.variant = c.variant
LEFT JOIN canonical_items AS i ON i.item_key = m.item_key
WHERE c.card_id = c.item_card_id""",
    # each link between items once from each end: (card_a, card_b) covers both directions;
    # the ends are the items' first placements, a link repeated on another canvas is one
    "link_ends": """
SELECT l.workshop_id, l.relation, a.item_card_id AS card_a, b.item_card_id AS card_b
FROM links AS l
JOIN cards AS a ON a.workshop_id = l.workshop_id AND a.card_id = l.source_card_id
JOIN cards AS b ON b.workshop_id = l.workshop_id AND b.card_id = l.target_card_id
WHERE a.item_card_id != b.item_card_id
UNION
SELECT l.workshop_id, l.relation, b.item_card_id, a.item_card_id
FROM links AS l
JOIN cards AS a ON a.workshop_id = l.workshop_id AND a.card_id = l.source_card_id
JOIN cards AS b ON b.workshop_id = l.workshop_id AND b.card_id = l.target_card_id
WHERE a.item_card_id != b.item_card_id""",
    "canonical_barriers": f"""
SELECT item_key, item_name AS barrier, item_status AS status,
       COUNT(DISTINCT workshop_id) AS workshops, COUNT(*) AS cards, SUM(votes) AS votes,
       GROUP_CONCAT(DISTINCT NULLIF(category, '')) AS categories,
       GROUP_CONCAT(DISTINCT NULLIF(phase, '')) AS phases
FROM card_items WHERE kind = '{BARRIER}'
GROUP BY item_key ORDER BY workshops DESC, votes DESC, barrier""",
    "recurring_barriers": """
SELECT * FROM canonical_barriers WHERE workshops >= 2""",
    "barriers_by_category_phase": f"""
SELECT category, phase, COUNT(DISTINCT workshop_id) AS workshops,
       COUNT(DISTINCT item_key) AS items, COUNT(*) AS cards, SUM(votes) AS votes
FROM card_items WHERE kind = '{BARRIER}'
GROUP BY category, phase ORDER BY workshops DESC, votes DESC, category, phase""",
    "barrier_categories": f"""
SELECT category, COUNT(DISTINCT workshop_id) AS workshops, COUNT(DISTINCT item_key) AS items,
       COUNT(*) AS cards, SUM(votes) AS votes
FROM card_items WHERE kind = '{BARRIER}'
GROUP BY category ORDER BY workshops DESC, votes DESC, category""",
    "barrier_sectors": f"""
SELECT b.workshop_id, b.card_id, a.sector
FROM link_ends AS e
JOIN cards AS b ON b.workshop_id = e.workshop_id AND b.card_id = e.card_a
JOIN cards AS a ON a.workshop_id = e.workshop_id AND a.card_id = e.card_b
WHERE b.kind = '{BARRIER}' AND a.kind = '{ACTOR}' AND a.sector != ''
UNION
SELECT c.workshop_id, c.item_card_id, p.sector
FROM cards AS c
JOIN participants AS p ON p.workshop_id = c.workshop_id AND p.participant_id = c.participant_id
WHERE c.kind = '{BARRIER}' AND p.sector != ''""",
    # one long table: dimension is phase / sector / technology / quarter
    "barrier_breakdown": f"""
SELECT 'phase' AS dimension, phase AS value, item_key, item_name AS barrier, category,
       COUNT(DISTINCT workshop_id) AS workshops, COUNT(*) AS cards, SUM(votes) AS votes
FROM card_items WHERE kind = '{BARRIER}' GROUP BY phase, item_key
UNION ALL
SELECT 'sector', s.sector, ci.item_key, ci.item_name, ci.category,
       COUNT(DISTINCT ci.workshop_id), COUNT(*), SUM(ci.votes)
FROM barrier_sectors AS s
JOIN card_items AS ci ON ci.workshop_id = s.workshop_id AND ci.card_id = s.card_id
GROUP BY s.sector, ci.item_key
UNION ALL
SELECT 'technology', workshop_technology, item_key, item_name, category,
       COUNT(DISTINCT workshop_id), COUNT(*), SUM(votes)
FROM card_items WHERE kind = '{BARRIER}' GROUP BY workshop_technology, item_key
UNION ALL
SELECT 'quarter', quarter, item_key, item_name, category,
       COUNT(DISTINCT workshop_id), COUNT(*), SUM(votes)
FROM card_items WHERE kind = '{BARRIER}' GROUP BY quarter, item_key""",
    "category_breakdown": f"""
SELECT 'phase' AS dimension, phase AS value, category,
       COUNT(DISTINCT workshop_id) AS workshops, COUNT(DISTINCT item_key) AS items,
       COUNT(*) AS cards, SUM(votes) AS votes
FROM card_items WHERE kind = '{BARRIER}' GROUP BY phase, category
UNION ALL
SELECT 'sector', s.sector, ci.category, COUNT(DISTINCT ci.workshop_id),
       COUNT(DISTINCT ci.item_key), COUNT(*), SUM(ci.votes)
FROM barrier_sectors AS s
JOIN card_items AS ci ON ci.workshop_id = s.workshop_id AND ci.card_id = s.card_id
GROUP BY s.sector, ci.category
UNION ALL
SELECT 'technology', workshop_technology, category, COUNT(DISTINCT workshop_id),
       COUNT(DISTINCT item_key), COUNT(*), SUM(votes)
FROM card_items WHERE kind = '{BARRIER}' GROUP BY workshop_technology, category
UNION ALL
SELECT 'quarter', quarter, category, COUNT(DISTINCT workshop_id),
       COUNT(DISTINCT item_key), COUNT(*), SUM(votes)
FROM card_items WHERE kind = '{BARRIER}' GROUP BY quarter, category""",
    "opportunities_per_barrier": f"""
SELECT b.item_key AS barrier_key, b.item_name AS barrier, o.item_key AS opportunity_key,
       o.item_name AS opportunity, COUNT(DISTINCT e.workshop_id) AS workshops,
       SUM(o.votes) AS opportunity_votes, GROUP_CONCAT(DISTINCT e.relation) AS relations
FROM link_ends AS e
JOIN card_items AS b ON b.workshop_id = e.workshop_id AND b.card_id = e.card_a
JOIN card_items AS o ON o.workshop_id = e.workshop_id AND o.card_id = e.card_b
WHERE b.kind = '{BARRIER}' AND o.kind = '{OPPORTUNITY}' AND e.relation != '{BLOCKS}'
GROUP BY b.item_key, o.item_key ORDER BY barrier, workshops DESC, opportunity""",
    "recurring_actors": f"""
SELECT item_key, item_name AS actor, COUNT(DISTINCT workshop_id) AS workshops,
       COUNT(*) AS cards, GROUP_CONCAT(DISTINCT NULLIF(role, '')) AS roles,
       GROUP_CONCAT(DISTINCT NULLIF(sector, '')) AS sectors,
       GROUP_CONCAT(DISTINCT NULLIF(organisation, '')) AS organisations
FROM card_items WHERE kind = '{ACTOR}'
GROUP BY item_key HAVING COUNT(DISTINCT workshop_id) >= 2
ORDER BY workshops DESC, actor""",
    "actor_barrier_links": f"""
SELECT a.item_key AS actor_key, a.item_name AS actor, b.item_key AS barrier_key,
       b.item_name AS barrier, COUNT(DISTINCT e.workshop_id) AS workshops, COUNT(*) AS links
FROM link_ends AS e
JOIN card_items AS a ON a.workshop_id = e.workshop_id AND a.card_id = e.card_a
JOIN card_items AS b ON b.workshop_id = e.workshop_id AND b.card_id = e.card_b
WHERE a.kind = '{ACTOR}' AND b.kind = '{BARRIER}'
GROUP BY a.item_key, b.item_key""",
    "proposals": """
SELECT item_key, kind, name, status, score, n_variants, n_cards, n_workshops, votes, variants
FROM canonical_items WHERE n_variants > 1
ORDER BY kind, n_workshops DESC, n_cards DESC, name""",
    "sources": """
SELECT workshop_id, title, date, source_file, source_path, source_sha256, merged_at,
       (SELECT COUNT(*) FROM cards AS c WHERE c.workshop_id = w.workshop_id
        AND c.card_id = c.item_card_id) AS cards, saved_at
FROM workshops AS w ORDER BY source_file""",
}
