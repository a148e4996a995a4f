"""Recurring items: similar card titles across workshops proposed as one canonical item.

A title is normalised for Danish (casefold, a light Snowball-style Danish stemmer so
"udbudsreglerne", "udbudsregler" and "udbudsregel" meet, stopwords dropped, æ/ø/å written
as ae/oe/aa, accents and punctuation removed, tokens sorted). Compounds are split against
the vocabulary of the run ("udbudsregl" → "udbud regl" when both parts occur on their own),
so "regler for udbud" meets "udbudsregler". The score is the share of tokens two texts have
in common (Dice, one to one; a token also matches its near-equal form, by rapidfuzz's
`ratio`, or a form three letters longer). Token overlap rather than rapidfuzz's
`token_set_ratio` on the whole text: the set ratio called "IT og digitalisering" equal to
"Digitaliseringsstyrelsen" (one shared long word) and "budget" equal to "manglende budget
efter piloten". Only pairs that can reach the threshold are compared (prefix filtering, see
`_candidates`), so thousands of distinct titles stay fast. Grouping is star clustering: the
most frequent text leads and claims every unclaimed text scoring at least the threshold
against *it* (no chaining through intermediate texts), so the result is deterministic and a
group never drifts.

Meaning words are not stop words: a negation ("ikke", "not", "aldrig") must agree for two
texts to match at all ("X er en barriere" and "X er ikke en barriere" are different), and a
lack ("mangler", "manglende", "ingen", "uden", "lack", "no", …) is one shared token, so
"Manglende budget" and "Intet budget" meet while "Budget på plads" does not. Place names
(municipalities, regions, "kommune") are left out of the comparison: the subject weighs,
not where it was raised ("Manglende budget i Aarhus Kommune" = "… i Odense Kommune").
`explain` says which tokens two texts share and which not; `explain_titles` says the same in
the words of the titles, for the analyst's review (the proposals view shows it).
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.fuzz import ratio as _ratio

from ...models.registry import ACTION, ACTOR, BARRIER, OPPORTUNITY

DEFAULT_THRESHOLD = 80.0

#: Card kinds grouped into canonical items (notes are free text, not items).
GROUPED_KINDS = (BARRIER, OPPORTUNITY, ACTOR, ACTION)

# Snowball's Danish stopwords, plus a few English ones for English-language workshops.
_STOPWORD_TEXT = """
og i jeg det at en den til er som på de med han af for ikke der var mig sig men et har om vi
min havde ham hun nu over da fra du ud sin dem os op man hans hvor eller hvad skal selv her
alle vil blev kunne ind når være dog noget ville jo deres efter ned skulle denne end dette mit
også under have dig anden hende mine alt meget sit sine vor mod disse hvis din nogle hos blive
ad bliver hendes været thi jer sådan alt for nok helt
kan får gør
the a an of and or in on for is are be too with by at from as this that very
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

#: The token every negation becomes; texts whose negations disagree never match.
NOT = "0not"
#: The token every way of saying "there is no / lack of" becomes.
LACK = "0lack"
_NEGATIONS = ("ikke", "not", "never", "aldrig", "hverken", "nor", "isn't", "aren't",
              "doesn't", "don't", "can't", "cannot", "won't")
# A lack, and a deficiency said another way ("uklar lovhjemmel" = "manglende lovhjemmel").
_LACKS = ("ingen", "intet", "mangler", "manglende", "mangel", "mangle", "savner", "uden",
          "no", "lack", "lacks", "lacking", "missing", "without", "absence", "uklar", "uklart",
          "uklare", "unclear", "utilstrækkelig", "utilstrækkeligt", "utilstrækkelige",
          "insufficient", "inadequate")
_MEANING = {**dict.fromkeys(_NEGATIONS, NOT), **dict.fromkeys(_LACKS, LACK)}

#: "have": a negated "have" is a lack, not a negation of the statement.
_HAVE = frozenset(["har", "have", "has", "havde", "had", "findes", "fandtes"])

#: Danish municipalities and regions (and the words for them): where, not what.
_PLACE_TEXT = """
københavn kobenhavn frederiksberg ballerup brøndby dragør gentofte gladsaxe glostrup herlev
albertslund hvidovre taastrup lyngby taarbæk rødovre ishøj tårnby vallensbæk furesø allerød
fredensborg helsingør hillerød hørsholm rudersdal egedal frederikssund gribskov halsnæs
bornholm christiansø greve køge roskilde solrød lejre odsherred kalundborg holbæk sorø
slagelse stevns ringsted faxe næstved vordingborg guldborgsund lolland middelfart assens
faaborg midtfyn kerteminde nyborg odense svendborg nordfyns langeland ærø haderslev billund
sønderborg tønder esbjerg fanø varde vejen aabenraa fredericia horsens kolding vejle herning
holstebro lemvig struer syddjurs norddjurs favrskov odder randers silkeborg samsø
skanderborg aarhus århus ikast brande ringkøbing skjern hedensted morsø skive thisted viborg
brønderslev frederikshavn vesthimmerlands vesthimmerland læsø rebild mariagerfjord
jammerbugt aalborg ålborg hjørring hovedstaden sjælland syddanmark midtjylland nordjylland
kommune kommunen kommunens kommuner region regionen regionens regioner danmark
municipality municipalities
"""

_VOWELS = frozenset("aeiouyæåø")
_S_ENDING = frozenset("abcdfghjklmnoprtvyzå")
_STEP1_TEXT = """hed ethed ered e erede ende erende ene erne ere en heden eren er heder erer
heds es endes erendes enes ernes eres ens hedens erens ers ets erets et eret"""
_STEP1 = sorted(_STEP1_TEXT.split(), key=len, reverse=True)
_STEP3 = ("elig", "løst", "lig", "els", "ig")
_TRANSLIT = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "ß": "ss"})
_WORD = re.compile(r"[^\W_]+")


def _r1(word: str) -> int:
    """Start of the Snowball R1 region (at least 3 letters before it)."""
    for i in range(1, len(word)):
        if word[i] not in _VOWELS and word[i - 1] in _VOWELS:
            return max(i + 1, 3)
    return len(word)


def stem(word: str) -> str:
    """A Danish stem in the manner of the Snowball Danish stemmer (casefolded input)."""
    if len(word) < 4:
        return word
    r1 = _r1(word)
    for suffix in _STEP1:  # step 1: inflectional endings
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[: -len(suffix)]
            break
    else:
        if word.endswith("s") and len(word) - 1 >= r1 and len(word) > 1 \
                and word[-2] in _S_ENDING:
            word = word[:-1]

    def step2(w: str) -> str:
        if len(w) - 2 >= r1 and w[-2:] in ("gd", "dt", "gt", "kt"):
            return w[:-1]
        return w

    word = step2(word)
    if word.endswith("igst"):
        word = word[:-2]
    for suffix in _STEP3:  # step 3: derivational endings
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[:-1] if suffix == "løst" else step2(word[: -len(suffix)])
            break
    if len(word) - 2 >= r1 and word[-1] == word[-2] and word[-1] not in _VOWELS \
            and word[-1].isalpha():  # step 4: undouble a final consonant
        word = word[:-1]
    return word


def _fold(token: str) -> str:
    """æ/ø/å as ae/oe/aa, other accents dropped."""
    token = token.translate(_TRANSLIT)
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def tokens(text: str) -> list[str]:
    """The stemmed, folded, stopword-free tokens of `text`, in order: negations and lacks
    as `NOT` and `LACK`, place names left out (unless the text names nothing else)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    out = []
    previous = ""
    for word in words:
        token = _word_meaning(word)
        if token == NOT and previous in _HAVE:
            token = LACK  # "har ikke fokus" says what "mangler fokus" says
        previous = word
        if token:
            out.append(token)
    subject = [t for t in out if t not in _PLACES]
    return subject if any(t not in (NOT, LACK) for t in subject) else out


@lru_cache(maxsize=1 << 16)
def _word_meaning(word: str) -> str:
    """A word's token as `tokens` takes it: its meaning (`NOT`, `LACK`) or `_word_token`.
    Cached whole, so a word met before costs one look-up (titles are re-tokenised for every
    run: this loop was most of grouping's own time)."""
    return _MEANING.get(word) or _MEANING.get(word.replace("\u2019", "'")) \
        or _word_token(word)


@lru_cache(maxsize=1 << 16)
def _word_token(word: str) -> str:
    """One casefolded word's token ("" for a stop word). Cached: a season's titles are
    made of a few thousand words, and stemming each occurrence again was the largest cost
    of a consolidation run (benchmarks/consolidate.py)."""
    word = _unfold(word)  # "aa/oe/ae" typed for å/ø/æ stem like the letters they stand for
    return "" if word in STOPWORDS else _fold(stem(word))


def _unfold(word: str) -> str:
    return word.replace("aa", "å").replace("oe", "ø").replace("ae", "æ")


_PLACES = frozenset(_fold(stem(_unfold(w))) for w in _PLACE_TEXT.split())


def normalise(text: str) -> str:
    """The comparison form of a title: its distinct tokens, sorted, space separated."""
    return " ".join(sorted(set(tokens(text))))


def variant(text: str) -> str:
    """How a title is told apart from another: casefolded, whitespace collapsed."""
    return " ".join(text.split()).casefold()


def item_key(kind: str, variants: Iterable[str]) -> str:
    """Stable key of a canonical item: a hash of its kind and sorted distinct variants."""
    body = "\x1f".join([kind, *sorted(set(variants))])
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:20]


def split_compounds(normal: str, vocabulary: set[str],
                    known: dict[str, list[str]] | None = None) -> str:
    """Split each token that is two vocabulary words joined (with an optional -s-/-e-);
    `known` caches the splits of one vocabulary (tokens recur across many texts)."""
    out: list[str] = []
    for token in normal.split():
        if known is None:
            out.extend(_split(token, vocabulary))
            continue
        parts = known.get(token)
        if parts is None:
            parts = known[token] = _split(token, vocabulary)
        out.extend(parts)
    return " ".join(sorted(set(out)))


def _split(token: str, vocabulary: set[str]) -> list[str]:
    if len(token) < 7:
        return [token]
    for i in range(len(token) - 3, 2, -1):  # longest head first
        head, tail = token[:i], token[i:]
        if tail not in vocabulary:
            continue
        for h in (head, head[:-1] if head[-1:] in ("s", "e") else None):
            if h and len(h) >= 3 and h in vocabulary:
                return [h, tail]
    for i in range(len(token) - 4, 3, -1):  # a known head with an unknown tail
        if token[:i] in vocabulary:
            return [token[:i], token[i:]]
    return [token]


def _same_token(a: str, b: str) -> bool:
    """Equal, one a prefix of the other by at most three letters (endings the stemmer
    missed: "budg"/"budget"), or nearly equal with the same first four letters (so
    `_candidates` can find every pair by those four letters)."""
    if a == b:
        return True
    short = min(len(a), len(b))
    if short >= 4 and abs(len(a) - len(b)) <= 3 and (a.startswith(b) or b.startswith(a)):
        return True
    return short >= 5 and a[:4] == b[:4] and _ratio(a, b) >= 85


def token_dice(a: str, b: str) -> float:
    """0–100: how many tokens two texts share (one-to-one, near-equal tokens count)."""
    ta, tb = a.split(), b.split()
    if not ta or not tb or (NOT in ta) != (NOT in tb):
        return 0.0
    left = [t for t in ta if t not in tb]
    right = [t for t in tb if t not in ta]
    matched = len(ta) - len(left)
    for t in left:
        for k, u in enumerate(right):
            if _same_token(t, u):
                matched += 1
                del right[k]
                break
    return 200.0 * matched / (len(ta) + len(tb))


def score(a: str, b: str) -> float:
    """Similarity 0–100 of two normalised texts (compounds split against each other)."""
    if a == b:
        return 100.0
    vocabulary = set(a.split()) | set(b.split())
    return token_dice(split_compounds(a, vocabulary), split_compounds(b, vocabulary))


def explain(a: str, b: str) -> tuple[list[str], list[str], list[str]]:
    """Why two titles were (or were not) grouped: the compared words both share, and those
    only in the first and only in the second (negation and lack shown as words)."""
    na, nb = normalise(a), normalise(b)
    vocabulary = set(na.split()) | set(nb.split())
    ta = split_compounds(na, vocabulary).split()
    tb = split_compounds(nb, vocabulary).split()
    shared = [t for t in ta if any(_same_token(t, u) for u in tb)]
    only_a = [t for t in ta if t not in shared]
    only_b = [u for u in tb if not any(_same_token(t, u) for t in shared)]
    word = {NOT: "ikke/not", LACK: "mangler/lack"}
    return ([word.get(t, t) for t in shared], [word.get(t, t) for t in only_a],
            [word.get(t, t) for t in only_b])


@dataclass(frozen=True)
class Explanation:
    """Why two titles were (or were not) grouped, in the words of the titles themselves."""

    shared: tuple[str, ...]  # words of the first title that the second also has
    only_a: tuple[str, ...]  # compared words only the first has
    only_b: tuple[str, ...]  # compared words only the second has
    ignored: tuple[str, ...]  # place names of either title, left out of the comparison
    score: float  # 0–100
    negation_differs: bool  # one says "not" and the other does not: never grouped


def explain_titles(a: str, b: str) -> Explanation:
    """`explain` for a reader: the words as typed (casefolded), not their stems, so a review
    can say "shared: budget, piloten; only in one: pilotprojektet". Stop words are left out;
    a compound is shared when one of its parts is, and different when another is not."""
    na, nb = normalise(a), normalise(b)
    vocabulary = set(na.split()) | set(nb.split())
    ka, kb = split_compounds(na, vocabulary), split_compounds(nb, vocabulary)
    ta, tb = set(ka.split()), set(kb.split())
    words_a, words_b = _words(a, vocabulary), _words(b, vocabulary)

    def sort(words: list[tuple[str, list[str]]], mine: set[str], theirs: set[str]
             ) -> tuple[list[str], list[str], list[str]]:
        shared: list[str] = []
        only: list[str] = []
        ignored: list[str] = []
        for word, parts in words:
            compared = [p for p in parts if p in mine]
            matched = [any(_same_token(p, q) for q in theirs) for p in compared]
            # a compound with one part matched is shared and, for its other part, different
            targets = ([ignored] if not compared else
                       [shared] * any(matched) + [only] * (not all(matched)))
            for target in targets:
                if word not in target:
                    target.append(word)
        return shared, only, ignored

    shared, only_a, ignored_a = sort(words_a, ta, tb)
    _, only_b, ignored_b = sort(words_b, tb, ta)
    return Explanation(tuple(shared), tuple(only_a), tuple(only_b),
                       tuple(dict.fromkeys(ignored_a + ignored_b)),
                       round(score(na, nb), 1), (NOT in ta) != (NOT in tb))


def _words(text: str, vocabulary: set[str]) -> list[tuple[str, list[str]]]:
    """Each compared word of a title (casefolded, as typed) with its tokens (as `tokens`)."""
    words = _WORD.findall(unicodedata.normalize("NFC", text).casefold())
    out = []
    for n, word in enumerate(words):
        meaning = _MEANING.get(word) or _MEANING.get(word.replace("\u2019", "'"))
        if meaning == NOT and n and words[n - 1] in _HAVE:
            meaning = LACK
        token = meaning or _word_token(word)
        if token:
            out.append((word, _split(token, vocabulary) if not meaning else [token]))
    return out


@dataclass(frozen=True)
class Group:
    """Texts judged to be one item: the leader first, with each member's score against it."""

    members: tuple[str, ...]  # normalised texts
    scores: tuple[float, ...]

    @property
    def score(self) -> float:
        return min(self.scores)


def _candidates(keys: Sequence[str], threshold: float) -> list[set[int]]:
    """For each text, the later texts that could reach `threshold` with it (and no others;
    a pair is found from both ends, so its earlier text is enough).

    Prefix filtering as in set-similarity joins: every matched token pair shares its first
    four letters, so two texts can only score `threshold` if they share at least `o` such
    heads; ordering each text's heads rarest first, they then share one within the first
    `len - o + 1`. Only those are indexed, so common words cost little.
    """
    q = threshold / 200.0
    blocks: list[list[str]] = []
    for key in keys:
        seen: dict[str, int] = {}
        heads = []
        for token in key.split():
            head = token[:4]
            n = seen[head] = seen.get(head, 0) + 1
            heads.append(head if n == 1 else f"{head}#{n}")  # ("#" is never in a token)
        blocks.append(heads)
    frequency = Counter(h for heads in blocks for h in heads)
    index: dict[str, list[int]] = defaultdict(list)
    prefixes: list[list[str]] = []
    for i, heads in enumerate(blocks):
        heads.sort(key=lambda h: (frequency[h], h))
        size = len(heads)
        # the shortest partner that could still reach the threshold, then the overlap needed
        partner = size if q >= 0.5 else max(1, math.ceil(size * q / (1 - q) - 1e-9))
        overlap = max(1, math.ceil(q * (size + min(partner, size)) - 1e-9))
        prefix = heads[: max(0, size - overlap + 1)]
        prefixes.append(prefix)
        for h in prefix:
            index[h].append(i)
    heads_of = [frozenset(heads) for heads in blocks]
    sizes = [len(heads) for heads in blocks]
    out: list[set[int]] = []
    for i, prefix in enumerate(prefixes):
        found: set[int] = set()
        for h in prefix:  # each list is in ascending order: the later texts are its tail
            listed = index[h]
            found.update(listed[bisect_right(listed, i):])
        mine, size = heads_of[i], sizes[i]
        out.append({j for j in found  # the overlap bound, exactly, for the survivors
                    if len(mine & heads_of[j]) >= q * (size + sizes[j]) - 1e-9})
    return out


def group_texts(normals: Sequence[str], counts: Counter[str] | None = None,
                threshold: float = DEFAULT_THRESHOLD,
                cancelled: Callable[[], bool] | None = None, chunk: int = 256) -> list[Group]:
    """Star-cluster distinct normalised texts; more frequent texts lead. Deterministic."""
    counts = counts or Counter(normals)
    unique = sorted(set(normals), key=lambda t: (-counts[t], len(t), t))
    vocabulary = {tok for text in unique for tok in text.split()}
    known: dict[str, list[str]] = {}
    keys = [split_compounds(t, vocabulary, known) for t in unique]
    n = len(unique)
    neighbours: list[dict[int, float]] = [{} for _ in range(n)]
    for i, candidates in enumerate(_candidates(keys, threshold)):
        if cancelled is not None and i % chunk == 0 and cancelled():
            from .errors import Cancelled

            raise Cancelled()
        for j in candidates:
            similarity = token_dice(keys[i], keys[j])
            if similarity >= threshold:
                neighbours[i][j] = neighbours[j][i] = round(similarity, 1)
    for i in range(n):  # empty texts (only stopwords) match nothing but themselves
        if not unique[i]:
            neighbours[i] = {}
    claimed = [False] * n
    groups: list[Group] = []
    for i in range(n):
        if claimed[i]:
            continue
        claimed[i] = True
        members, scores = [unique[i]], [100.0]
        for j in sorted(neighbours[i], key=lambda j: (-neighbours[i][j], j)):
            if not claimed[j]:
                claimed[j] = True
                members.append(unique[j])
                scores.append(round(neighbours[i][j], 1))
        groups.append(Group(tuple(members), tuple(scores)))
    return groups
