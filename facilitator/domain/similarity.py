"""Offline hints for the harvest: which contributions say the same thing, which theme fits.

Only hints: the coordinator decides. Everything runs on the laptop without a network, is
deterministic (the same input gives the same answer in the same order) and stays fast for
a whole process of thousands of contributions.

Words are compared the Swedish way: case is folded, å, ä and ö stay letters of their own
("bostad" is not "båstad"), other accents are dropped (idé = ide), punctuation separates
words, Swedish and English stop words are ignored, and a light Swedish stemmer (after the
Snowball Swedish stemmer, with a few more endings such as -ning) joins "bostäder",
"bostäderna" and "unga", "ungas". An ending is only removed from the part of a word after
its first syllable (at least three letters stay), so short words are left alone. Unlike
Snowball, "-an" (skolan), "-ende", "-ning" and "-ing" are removed as well, and an "-s" left
in front of a removed ending goes too ("mötesplatser" and "mötesplats" meet).

Two texts are scored with a weighted Dice coefficient over their word stems: words that are
rare in the collection weigh more than words that everybody uses (1 + ln((N+1)/(df+1))).
Pairs are found with an inverted index and prefix filtering, which never misses a pair at
or above the threshold but looks at only a small share of all pairs (5,000 varied notes take
about half a second). A work bound stops degenerate collections, where nearly every note is
like every other, and says so (``PairSearch.complete``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Generic, TypeVar

from .entities import Contribution, Theme, stored_id

#: What a document of a SimilarityIndex is known by.
_K = TypeVar("_K", bound=Hashable)

# -- words -------------------------------------------------------------------------------------

SWEDISH_STOP_WORDS = frozenset(
    """
    och det att i en ett jag hon som han på den med var sig för så till är men om hade de av
    icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde
    något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under
    någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli
    blev oss din dessa några deras blir mina samma vilken er sådan vår blivit dess inom
    mellan sådant varför varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert
    era vilkas mer mera fler flera fleras ska skall bör borde måste också även genom hos
    enligt bara få fått många mest mindre minst man hela helt inga inget annan annat andra
    dock ännu redan väl där dit därför eftersom medan både sitt sin sina vårt dom dej mej
    """.split()
)

ENGLISH_STOP_WORDS = frozenset(
    """
    a an the and or but if of to in on at by for with from into about as is are was were be
    been being it its this that these those there here we you they he she i me my our your
    their them his her not no nor so than too very can could should would will shall must may
    might do does did done have has had more most many much some any all each every other
    such only own same just also how what which who whom why when where
    """.split()
)

STOP_WORDS = SWEDISH_STOP_WORDS | ENGLISH_STOP_WORDS

_KEEP = {"å": "\x01", "ä": "\x02", "ö": "\x03", "æ": "\x02", "ø": "\x03"}
_KEEP_TABLE = str.maketrans(_KEEP)
_BACK_TABLE = str.maketrans({"\x01": "å", "\x02": "ä", "\x03": "ö"})
_WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Case-folded, with accents removed except on å, ä and ö (æ → ä, ø → ö)."""
    folded = unicodedata.normalize("NFC", text).casefold()
    if folded.isascii():
        return folded
    protected = folded.translate(_KEEP_TABLE)
    stripped = "".join(c for c in unicodedata.normalize("NFD", protected) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", stripped).translate(_BACK_TABLE)


def words(text: str) -> list[str]:
    """The folded words of ``text``, stop words included, in order."""
    return _WORD.findall(fold(text))


# -- a light Swedish stemmer ------------------------------------------------------------------

_VOWELS = frozenset("aeiouyäåö")
_STEP1 = sorted(
    """
    a arna erna heterna orna ad e ade ande arne are aste en anden aren heten ern ar er heter or
    as arnas ernas ornas es ades andes ens arens hetens erns at andet het ast s
    an ende endet ning ningen ningar ningarna ing ingen ingar ingarna
    """.split(),
    key=lambda suffix: (-len(suffix), suffix),
)
_S_ENDING = frozenset("bcdfghjklmnoprtvy")
_STEP2 = ("dd", "gd", "nn", "dt", "gt", "kt", "tt")
_STEP3 = (("fullt", "full"), ("löst", "lös"), ("lig", ""), ("els", ""), ("ig", ""))


def _r1(word: str) -> int:
    for index in range(1, len(word)):
        if word[index] not in _VOWELS and word[index - 1] in _VOWELS:
            return max(index + 1, 3)
    return len(word)


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The stem of one folded word. Words with digits and short words are kept as they are."""
    if len(word) < 4 or not word.isalpha():
        return word
    r1 = _r1(word)
    for suffix in _STEP1:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            if suffix != "s":
                word = word[: -len(suffix)]
                # A genitive or compound -s before the ending ("platser" → "plats") goes
                # too, so the word and its inflections meet ("plats" → "plat").
                if word.endswith("s") and len(word) - 1 >= r1 and word[-2] in _S_ENDING:
                    word = word[:-1]
            elif word[-2] in _S_ENDING:
                word = word[:-1]
            break
    if len(word) - 2 >= r1 and word.endswith(_STEP2):
        word = word[:-1]
    for suffix, replacement in _STEP3:
        if word.endswith(suffix) and len(word) - len(suffix) >= r1:
            word = word[: -len(suffix)] + replacement
            break
    return word


def terms(text: str) -> frozenset[str]:
    """The stems a text is compared by: no stop words, no one-letter words."""
    return frozenset(stem(w) for w in words(text) if len(w) > 1 and w not in STOP_WORDS)


# -- scoring --------------------------------------------------------------------------------------


WEIGHT_SCALE = 1_000_000  # weights are kept as integers: sums are then exact in any order


class SimilarityIndex(Generic[_K]):
    """Documents (any hashable key → text) with their stems, weights and an inverted index.

    A stem's weight is 1 + ln((N+1)/(df+1)) for N documents, df of which contain it, held
    as an integer (× WEIGHT_SCALE) so that every sum is exact whatever the order.
    """

    def __init__(self, documents: Iterable[tuple[_K, str]]):
        self.keys: list[_K] = []
        self.terms: list[frozenset[str]] = []
        for key, text in documents:
            self.keys.append(key)
            self.terms.append(terms(text))
        self.document_frequency: Counter[str] = Counter()
        for document_terms in self.terms:
            self.document_frequency.update(document_terms)
        self.postings: dict[str, list[int]] = defaultdict(list)
        for index, document_terms in enumerate(self.terms):
            for term in document_terms:
                self.postings[term].append(index)
        n = len(self.keys)
        self._weights = {
            term: round((1.0 + math.log((n + 1) / (df + 1))) * WEIGHT_SCALE)
            for term, df in self.document_frequency.items()
        }
        self._unknown_weight = round((1.0 + math.log(n + 1)) * WEIGHT_SCALE)
        self._totals = [self.total(document_terms) for document_terms in self.terms]

    def __len__(self) -> int:
        return len(self.keys)

    def weight(self, term: str) -> int:
        return self._weights.get(term, self._unknown_weight)

    def total(self, document_terms: Iterable[str]) -> int:
        return sum(map(self.weight, document_terms))

    def dice(
        self, a: frozenset[str], b: frozenset[str], total_a: int | None = None, total_b: int | None = None
    ) -> tuple[float, tuple[str, ...]]:
        """Weighted Dice coefficient of two sets of stems, and the shared stems (sorted)."""
        shared = a & b
        if not shared:
            return 0.0, ()
        total_a = self.total(a) if total_a is None else total_a
        total_b = self.total(b) if total_b is None else total_b
        return _score(2 * self.total(shared), total_a + total_b), tuple(sorted(shared))

    def containment(self, part: frozenset[str], whole: frozenset[str]) -> tuple[float, tuple[str, ...]]:
        """The weighted share of ``part``'s stems that ``whole`` has too."""
        shared = part & whole
        if not shared:
            return 0.0, ()
        return _score(self.total(shared), self.total(part)), tuple(sorted(shared))

    def candidates(self, document_terms: Iterable[str]) -> list[int]:
        """Indexes of documents sharing at least one stem, in index order."""
        found: set[int] = set()
        for term in document_terms:
            found.update(self.postings.get(term, ()))
        return sorted(found)

    def overlaps(self, document_terms: Iterable[str]) -> dict[int, int]:
        """The shared weight with every document that shares a stem (one pass over the
        postings, no per-document comparison)."""
        shared: dict[int, int] = defaultdict(int)
        for term in document_terms:
            weight = self._weights.get(term)
            if weight is not None:
                for document in self.postings[term]:
                    shared[document] += weight
        return shared

    def pairs(
        self,
        threshold: float,
        *,
        groups: Sequence[Hashable] | None = None,
        max_checks: int | None = None,
        max_pairs: int | None = None,
    ) -> tuple[list[tuple[int, int, float, tuple[str, ...]]], bool]:
        """Every pair of documents (i < j) with a Dice score ≥ ``threshold`` (0 < t ≤ 1),
        best first, and whether the search was complete.

        Prefix filtering: stems are ordered rarest first; a pair reaching the threshold must
        share a stem within both documents' prefixes, the shortest prefixes whose remaining
        weight is below t·W/(2−t). Only stems in prefixes are indexed, and partners whose
        total weight is out of reach (below t·W/(2−t) or above (2−t)·W/t) are skipped.

        ``groups`` (one key per document) restricts pairs to documents of the same group.
        ``max_checks`` bounds the work: once more candidate pairs than that were met, the
        search stops and reports itself incomplete; so it does once more than ``max_pairs``
        pairs were found. Ordinary notes never come near either; they are there for
        degenerate collections in which nearly everything is alike.
        """
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        t = threshold
        ranked_terms = sorted(self.document_frequency, key=lambda term: (self.document_frequency[term], term))
        rank = {term: k for k, term in enumerate(ranked_terms)}
        weight = self._weights.__getitem__
        prefix_postings: dict[tuple[Hashable, str], list[int]] = defaultdict(list)
        found: list[tuple[float, int, int]] = []
        checks, complete = 0, True
        for i, document_terms in enumerate(self.terms):
            if not document_terms:
                continue
            ordered = sorted(document_terms, key=rank.__getitem__)  # rarest first
            total = self._totals[i]
            needed = t * total / (2 - t)  # the least overlap any partner can have with it
            rest, length = total, 0
            while length < len(ordered) and rest >= needed - 1:
                rest -= weight(ordered[length])
                length += 1
            group = groups[i] if groups is not None else None
            candidates: set[int] = set()
            for term in ordered[:length]:
                candidates.update(prefix_postings[(group, term)])
            checks += len(candidates)
            if (max_checks is not None and checks > max_checks) or (max_pairs is not None and len(found) > max_pairs):
                complete = False
                break
            for term in ordered[:length]:
                prefix_postings[(group, term)].append(i)
            smallest, largest = needed - 1, (2 - t) * total / t + 1  # partner sizes in reach
            for j in candidates:
                other_total = self._totals[j]
                if smallest <= other_total <= largest:
                    score = _score(2 * sum(map(weight, self.terms[j] & document_terms)), other_total + total)
                    if score >= t:
                        found.append((-score, j, i))
        found.sort()
        return [(j, i, -negative, tuple(sorted(self.terms[j] & self.terms[i]))) for negative, j, i in found], complete

    def query(self, text: str, threshold: float = 0.0, limit: int | None = None) -> list[tuple[_K, float, tuple[str, ...]]]:
        """The documents most like ``text`` (score > 0 and ≥ threshold), best first."""
        query_terms = terms(text)
        own_total = self.total(query_terms)
        results = []
        for index, overlap in self.overlaps(query_terms).items():
            score = _score(2 * overlap, own_total + self._totals[index])
            if score > 0 and score >= threshold:
                results.append((-score, index))
        results.sort()
        return [
            (self.keys[i], -negative, tuple(sorted(query_terms & self.terms[i]))) for negative, i in results[:limit]
        ]


def _score(part: int, whole: int) -> float:
    return round(part / whole, 6) if whole else 0.0


# -- what the harvest asks ------------------------------------------------------------------------

DEFAULT_PAIR_THRESHOLD = 0.5
DEFAULT_THEME_THRESHOLD = 0.2


@dataclass(frozen=True)
class SimilarPair:
    """Two contributions that probably say the same thing. ``first_id`` came first in the
    list given (a natural one to keep). ``shared`` are the shared word stems."""

    first_id: int
    second_id: int
    score: float
    shared: tuple[str, ...]


#: Enough for any real process (5,000 varied notes need about half); about a second of work.
DEFAULT_MAX_CHECKS = 1_000_000
#: More likely duplicates than anyone reads: the texts are too alike for the list to help.
DEFAULT_MAX_PAIRS = 20_000


@dataclass(frozen=True)
class PairSearch:
    pairs: list[SimilarPair]
    complete: bool  # False: the texts were so alike that the search stopped early


def find_pairs(
    contributions: Sequence[Contribution],
    threshold: float = DEFAULT_PAIR_THRESHOLD,
    *,
    same_meeting_only: bool = False,
    include_merged: bool = False,
    limit: int | None = None,
    max_checks: int | None = DEFAULT_MAX_CHECKS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
) -> PairSearch:
    """Likely duplicates among ``contributions``, best first (ties by list order).

    Contributions already merged into another are left out unless ``include_merged``; a pair
    that is already merged (one into the other) is never suggested. Word weights come from
    all the contributions given, also with ``same_meeting_only``.
    """
    chosen = [c for c in contributions if include_merged or c.merged_into_id is None]
    index = SimilarityIndex((c.id, c.text) for c in chosen)
    groups = [c.meeting_id for c in chosen] if same_meeting_only else None
    found, complete = index.pairs(threshold, groups=groups, max_checks=max_checks, max_pairs=max_pairs)
    pairs = []
    for i, j, score, shared in found:
        first, second = chosen[i], chosen[j]
        if first.merged_into_id == second.id or second.merged_into_id == first.id:
            continue
        pairs.append(SimilarPair(stored_id(first), stored_id(second), score, shared))
        if limit is not None and len(pairs) >= limit:
            break
    return PairSearch(pairs, complete)


def suggest_pairs(
    contributions: Sequence[Contribution],
    threshold: float = DEFAULT_PAIR_THRESHOLD,
    *,
    same_meeting_only: bool = False,
    include_merged: bool = False,
    limit: int | None = None,
    max_checks: int | None = DEFAULT_MAX_CHECKS,
    max_pairs: int | None = DEFAULT_MAX_PAIRS,
) -> list[SimilarPair]:
    """``find_pairs(...).pairs``: the likely duplicates, best first."""
    return find_pairs(
        contributions, threshold, same_meeting_only=same_meeting_only, include_merged=include_merged,
        limit=limit, max_checks=max_checks, max_pairs=max_pairs,
    ).pairs


def find_similar(
    text: str,
    contributions: Sequence[Contribution],
    threshold: float = DEFAULT_PAIR_THRESHOLD,
    limit: int | None = 5,
    *,
    exclude_id: int | None = None,
) -> list[tuple[int, float]]:
    """Contributions like ``text`` (while it is being typed, say): (id, score), best first."""
    index = SimilarityIndex((stored_id(c), c.text) for c in contributions if exclude_id is None or c.id != exclude_id)
    return [(key, score) for key, score, _shared in index.query(text, threshold, limit)]


class ThemeReason(StrEnum):
    TITLE = "title"  # the theme's title words are in the contribution
    DESCRIPTION = "description"  # it is like the theme's title and description together
    MEMBER = "member"  # it is like a contribution already in the theme


@dataclass(frozen=True)
class ThemeSuggestion:
    theme_id: int
    score: float
    reason: ThemeReason
    member_id: int | None  # the most similar member, when the reason is MEMBER
    shared: tuple[str, ...]


#: A ThemeMatcher document: ("title" | "header" | "member", the theme's position, the member's id).
_ThemeDocument = tuple[str, int, int | None]


class ThemeMatcher:
    """Themes with their members, indexed once, to suggest a theme for many contributions."""

    def __init__(self, themes_with_members: Iterable[tuple[Theme, Iterable[Contribution]]]):
        self.themes: list[Theme] = []
        documents: list[tuple[_ThemeDocument, str]] = []
        for position, (theme, members) in enumerate(themes_with_members):
            self.themes.append(theme)
            documents.append((("title", position, None), theme.title))
            documents.append((("header", position, None), f"{theme.title}\n{theme.description}"))
            documents.extend((("member", position, member.id), member.text) for member in members)
        self.index = SimilarityIndex(documents)

    def suggest(
        self, contribution: Contribution, *, threshold: float = DEFAULT_THEME_THRESHOLD, limit: int | None = 3
    ) -> list[ThemeSuggestion]:
        """Themes ``contribution`` may belong to, best first (ties in the order given).

        A theme scores the best of: the share of its title's words found in the
        contribution, the likeness to its title and description together, and the likeness
        to its most similar member (the contribution itself does not count as a member).
        """
        index = self.index
        own = terms(contribution.text)
        own_total = index.total(own)
        best: dict[int, tuple[float, ThemeReason, int | None, int]] = {}
        for document, overlap in sorted(index.overlaps(own).items()):
            kind, position, member_id = index.keys[document]
            if kind == "title":  # how much of the title the contribution has
                score, reason = _score(overlap, index._totals[document]), ThemeReason.TITLE
            elif kind == "header":
                score, reason = _score(2 * overlap, own_total + index._totals[document]), ThemeReason.DESCRIPTION
            else:
                if member_id is not None and member_id == contribution.id:
                    continue
                score, reason = _score(2 * overlap, own_total + index._totals[document]), ThemeReason.MEMBER
            current = best.get(position)
            if score > 0 and (current is None or score > current[0]):
                best[position] = (score, reason, member_id, document)
        suggestions = [
            (
                position,
                ThemeSuggestion(
                    stored_id(self.themes[position]), score, reason, member_id, tuple(sorted(own & index.terms[document]))
                ),
            )
            for position, (score, reason, member_id, document) in best.items()
            if score >= threshold
        ]
        suggestions.sort(key=lambda pair: (-pair[1].score, pair[0]))
        return [suggestion for _position, suggestion in suggestions[:limit]]


def suggest_theme(
    contribution: Contribution,
    themes_with_members: Iterable[tuple[Theme, Iterable[Contribution]]],
    *,
    threshold: float = DEFAULT_THEME_THRESHOLD,
    limit: int | None = 3,
) -> list[ThemeSuggestion]:
    """Themes that ``contribution`` may belong to, best first; ``themes_with_members`` holds
    (theme, its contributions) pairs. For many contributions, build one ``ThemeMatcher``."""
    return ThemeMatcher(themes_with_members).suggest(contribution, threshold=threshold, limit=limit)
