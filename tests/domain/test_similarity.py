"""Offline similarity hints: Swedish words, duplicates and theme suggestions."""

import itertools
import json
import random
import subprocess
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator.domain.entities import Contribution, Theme
from facilitator.domain.similarity import (
    SimilarityIndex,
    ThemeMatcher,
    ThemeReason,
    find_pairs,
    find_similar,
    fold,
    stem,
    suggest_pairs,
    suggest_theme,
    terms,
)

ROOT = Path(__file__).resolve().parents[2]


def c(id_, text, meeting_id=1, **kw):
    return Contribution(id=id_, meeting_id=meeting_id, text=text, **kw)


def test_words_are_folded_the_swedish_way():
    assert fold("ÅSA Öberg ÄR idé") == "åsa öberg är ide"
    assert terms("Fler bostäder till unga!") == {"bostäd", "ung"}
    assert terms("Bostäder för unga behövs.") == {"bostäd", "ung", "behöv"}
    assert terms("Det är inte så att vi kan, men...") == frozenset()  # only stop words
    assert terms("The city should act") == {"city", "act"}


def test_a_o_and_a_ring_are_different_letters():
    assert terms("bostad") != terms("bastad")
    assert terms("bostad") != terms("båstad")
    assert terms("öga") != terms("oga")
    assert stem("båstad") != stem("bastad")


def test_the_stemmer_joins_inflections_and_leaves_short_words():
    assert stem("bostäder") == stem("bostäderna")
    assert stem("ungdomar") == stem("ungdomarna") == "ungdom"
    assert stem("diskriminering") == stem("diskriminera") == stem("diskriminerad")
    assert stem("mötesplats") == stem("mötesplatser")
    assert stem("skolan") == stem("skolor") == stem("skola")
    assert stem("trygghet") == stem("tryggheten")
    assert stem("kvinna") == stem("kvinnor")
    assert stem("hus") == "hus" and stem("plan") == "plan"  # too short to lose an ending


def test_the_example_pair_is_found_and_unrelated_ones_are_not():
    contributions = [
        c(1, "Fler bostäder till unga"),
        c(2, "Utbildning om rasism för lärare"),
        c(3, "Bostäder för unga behövs"),
        c(4, "Lärare behöver utbildning om rasism"),
        c(5, "Bättre belysning i parken"),
    ]
    pairs = suggest_pairs(contributions, 0.5)
    assert {(p.first_id, p.second_id) for p in pairs} == {(1, 3), (2, 4)}
    assert [p.score for p in pairs] == sorted((p.score for p in pairs), reverse=True)
    housing = next(p for p in pairs if p.first_id == 1)
    assert housing.second_id == 3 and housing.shared == ("bostäd", "ung") and 0.5 <= housing.score <= 1
    assert all(5 not in (p.first_id, p.second_id) for p in pairs)


def test_merged_contributions_and_other_meetings():
    contributions = [c(1, "Fler bostäder till unga"), c(2, "Bostäder för unga behövs", merged_into_id=1)]
    assert suggest_pairs(contributions) == []
    assert suggest_pairs(contributions, include_merged=True) == []  # already merged with each other
    apart = [c(1, "Fler bostäder till unga", 1), c(2, "Bostäder för unga behövs", 2)]
    assert len(suggest_pairs(apart)) == 1
    assert suggest_pairs(apart, same_meeting_only=True) == []


def test_find_similar_while_typing():
    contributions = [c(1, "Fler bostäder till unga"), c(2, "Bättre belysning i parken")]
    assert [i for i, _score in find_similar("bostäder unga", contributions)] == [1]
    assert find_similar("bostäder unga", contributions, exclude_id=1) == []


def test_theme_suggestions():
    housing = Theme(id=10, title="Bostäder", description="Bostadsmarknad och segregation")
    school = Theme(id=11, title="Skolan", description="Utbildning och lärare")
    safety = Theme(id=12, title="Trygghet")
    members = {
        10: [c(1, "Hyresrätter för unga saknas")],
        11: [c(2, "Lärare behöver utbildning om rasism")],
        12: [],
    }
    themes = [(housing, members[10]), (school, members[11]), (safety, members[12])]
    by_member = suggest_theme(c(5, "Fler hyresrätter åt unga"), themes)
    assert by_member[0].theme_id == 10 and by_member[0].reason == ThemeReason.MEMBER and by_member[0].member_id == 1
    by_title = suggest_theme(c(6, "Skolan borde arbeta mer med normer"), themes)
    assert by_title[0].theme_id == 11 and by_title[0].reason == ThemeReason.TITLE and by_title[0].score == 1.0
    assert suggest_theme(c(7, "Bättre belysning i parken"), themes) == []
    # a contribution already in a theme is not its own evidence
    assert suggest_theme(c(1, "Hyresrätter för unga saknas"), [(housing, members[10])]) == []


texts = st.lists(
    st.lists(st.sampled_from("bostäder unga skola lärare rasism park belysning trygghet kvinnor hatbrott".split()),
             min_size=0, max_size=5).map(" ".join),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(texts, st.sampled_from([0.3, 0.5, 0.7, 0.9, 1.0]))
def test_the_inverted_index_finds_exactly_the_pairs_a_full_comparison_finds(documents, threshold):
    index = SimilarityIndex(enumerate(documents))
    brute = set()
    for i, j in itertools.combinations(range(len(documents)), 2):
        score, _shared = index.dice(index.terms[i], index.terms[j])
        if score >= threshold:
            brute.add((i, j))
    found, complete = index.pairs(threshold)
    assert complete and {(i, j) for i, j, _s, _shared in found} == brute


SYLLABLES = "bo stä der ung a sko la lä ra ras ism park bel ys ning tryg het kvin nor hat brott för en ing ar".split()


def synthetic(n, seed=1):
    """Notes like a big process's: a few thousand different words, some far more common
    than others (Zipf), 4 to 12 words each."""
    rng = random.Random(seed)
    vocabulary = sorted({"".join(rng.sample(SYLLABLES, rng.randint(2, 4))) for _ in range(4000)})
    rng.shuffle(vocabulary)
    weights = [1 / rank for rank in range(1, len(vocabulary) + 1)]
    return [
        c(i, " ".join(rng.choices(vocabulary, weights, k=rng.randint(4, 12))), meeting_id=1 + i % 7)
        for i in range(1, n + 1)
    ]


def test_five_thousand_contributions_finish_and_planted_duplicates_are_found():
    contributions = synthetic(5000)
    contributions.append(c(5001, "Gratis simskola för nyanlända barn i Rinkeby"))
    contributions.append(c(5002, "Simskola för nyanlända barn, gratis!"))
    pairs = suggest_pairs(contributions)
    assert (5001, 5002) in {(p.first_id, p.second_id) for p in pairs}


def test_degenerate_collections_stop_early_and_say_so():
    rng = random.Random(2)
    words = "bostäder skola rekrytering stöd information språk förtroende anmälan utbildning fritid".split()
    alike = [c(i, " ".join(rng.choice(words) for _ in range(rng.randint(5, 30)))) for i in range(1, 3001)]
    search = find_pairs(alike, max_checks=20_000)
    assert not search.complete and search.pairs
    small = find_pairs(alike[:50])
    assert small.complete and len(small.pairs) > 1000  # nearly every pair is alike here


def test_results_do_not_depend_on_the_hash_seed():
    code = (
        "import json; from tests.domain.test_similarity import synthetic; "
        "from facilitator.domain.similarity import suggest_pairs; "
        "print(json.dumps([(p.first_id, p.second_id, p.score) for p in suggest_pairs(synthetic(400), 0.5)]))"
    )
    outputs = []
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        )
        assert result.returncode == 0, result.stderr
        outputs.append(json.loads(result.stdout))
    assert outputs[0] == outputs[1] and outputs[0]


def test_one_matcher_serves_many_contributions():
    contributions = synthetic(5000)
    themes = [(Theme(id=1000 + t, title=f"Tema {t}"), contributions[t::50]) for t in range(50)]
    matcher = ThemeMatcher(themes)
    for contribution in contributions[:100]:
        suggestions = matcher.suggest(contribution, threshold=0.01, limit=None)
        if suggestions:
            assert suggestions[0].score >= suggestions[-1].score
    own_theme = matcher.suggest(contributions[0], threshold=0.01, limit=None)
    assert all(s.member_id != contributions[0].id for s in own_theme)
