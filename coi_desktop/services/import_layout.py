"""Automatic layout of imported cards: a force-directed sketch snapped to a grid.

networkx's layouts need numpy, which COI Desktop does not ship, so this is a small
deterministic Fruchterman–Reingold in pure Python (a fixed seed: the same network lands the
same way every time). Its positions are then snapped to a grid of card-sized cells, each card
taking the nearest free cell, so no two cards ever overlap.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence

from ..models.entities import CARD_HEIGHT, CARD_WIDTH

CELL_W = CARD_WIDTH + 80.0
CELL_H = CARD_HEIGHT + 60.0
ORIGIN = 60.0
#: Above this many cards the force sketch is skipped (it is quadratic) for a plain grid.
FORCE_LIMIT = 400


def force_positions(nodes: Sequence[str], edges: Sequence[tuple[str, str]],
                    iterations: int = 80, seed: int = 0) -> dict[str, tuple[float, float]]:
    """Positions in [0, 1]² from a Fruchterman–Reingold simulation."""
    rnd = random.Random(seed)
    pos = {n: [rnd.random(), rnd.random()] for n in nodes}
    if len(nodes) < 2:
        return {n: (0.5, 0.5) for n in nodes}
    k = math.sqrt(1.0 / len(nodes))
    temperature = 0.1
    index = list(nodes)
    for _ in range(iterations):
        disp = {n: [0.0, 0.0] for n in index}
        for i, a in enumerate(index):
            pa, da = pos[a], disp[a]
            for b in index[i + 1:]:
                pb = pos[b]
                dx, dy = pa[0] - pb[0], pa[1] - pb[1]
                dist2 = max(dx * dx + dy * dy, 1e-6)
                f = k * k / dist2
                da[0] += dx * f
                da[1] += dy * f
                disp[b][0] -= dx * f
                disp[b][1] -= dy * f
        for a, b in edges:
            pa, pb = pos[a], pos[b]
            dx, dy = pa[0] - pb[0], pa[1] - pb[1]
            dist = max(math.hypot(dx, dy), 1e-3)
            f = dist / k
            disp[a][0] -= dx * f
            disp[a][1] -= dy * f
            disp[b][0] += dx * f
            disp[b][1] += dy * f
        for n in index:
            dx, dy = disp[n]
            length = max(math.hypot(dx, dy), 1e-9)
            step = min(length, temperature)
            pos[n][0] += dx / length * step
            pos[n][1] += dy / length * step
        temperature *= 0.95
    xs = [p[0] for p in pos.values()]
    ys = [p[1] for p in pos.values()]
    w = max(max(xs) - min(xs), 1e-9)
    h = max(max(ys) - min(ys), 1e-9)
    return {n: ((p[0] - min(xs)) / w, (p[1] - min(ys)) / h) for n, p in pos.items()}


def grid_positions(nodes: Sequence[str], edges: Sequence[tuple[str, str]]
                   ) -> dict[str, tuple[float, float]]:
    """Top-left card positions on a grid: near their force position, never overlapping."""
    n = len(nodes)
    if n == 0:
        return {}
    cols = max(1, math.ceil(math.sqrt(n * 2.4 * 1.5)))
    rows = max(1, math.ceil(n * 2.4 / cols))
    if n > FORCE_LIMIT:
        return {node: (ORIGIN + (i % cols) * CELL_W, ORIGIN + (i // cols) * CELL_H)
                for i, node in enumerate(nodes)}
    sketch = force_positions(nodes, edges)
    taken: set[tuple[int, int]] = set()
    out: dict[str, tuple[float, float]] = {}
    # Place the most connected cards first so hubs keep their spot.
    degree = {node: 0 for node in nodes}
    for a, b in edges:
        degree[a] += 1
        degree[b] += 1
    for node in sorted(nodes, key=lambda x: (-degree[x], x)):
        fx, fy = sketch[node]
        cell = _nearest_free(round(fx * (cols - 1)), round(fy * (rows - 1)), taken)
        taken.add(cell)
        out[node] = (ORIGIN + cell[0] * CELL_W, ORIGIN + cell[1] * CELL_H)
    return out


def _nearest_free(col: int, row: int, taken: set[tuple[int, int]]) -> tuple[int, int]:
    if (col, row) not in taken:
        return col, row
    radius = 1
    while True:
        ring = [(col + dc, row + dr) for dc in range(-radius, radius + 1)
                for dr in range(-radius, radius + 1) if max(abs(dc), abs(dr)) == radius]
        free = [c for c in ring if c not in taken and c[0] >= 0 and c[1] >= 0]
        if free:
            return min(free, key=lambda c: ((c[0] - col) ** 2 + (c[1] - row) ** 2, c))
        radius += 1
