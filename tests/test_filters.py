"""The URL contract: parse never fails, bad values fall back with a notice, round trips hold."""

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard import filters as flt
from dashboard.filters import Filters

SECTORS = ["construction", "trade", "agriculture"]


def test_defaults_from_an_empty_query():
    assert flt.parse("", SECTORS) == (Filters(), [])
    assert flt.parse(None, SECTORS) == (Filters(), [])


def test_a_full_query_is_read():
    f, notices = flt.parse("?sector=construction&gender=women&year=2019&lang=ru", SECTORS)
    assert f == Filters("construction", "women", 2019, "ru") and notices == []
    assert f.sex == "women"


def test_bad_values_fall_back_with_a_notice_each():
    f, notices = flt.parse("sector=mining&gender=x&year=20x9&lang=fr", SECTORS)
    assert f == Filters()
    assert {n.name for n in notices} == {"sector", "gender", "year", "lang"}
    assert next(n for n in notices if n.name == "sector").given == "mining"


def test_year_out_of_range_and_latest():
    assert flt.parse("year=1800", SECTORS)[0].year is None
    assert flt.parse("year=latest", SECTORS) == (Filters(), [])


def test_to_query_leaves_defaults_out_and_round_trips():
    assert flt.to_query(Filters()) == ""
    f = Filters("trade", "men", 2015, "ky")
    assert flt.parse(flt.to_query(f), SECTORS)[0] == f
    assert flt.to_query(Filters(lang="ru"), peers="TJK") == "?lang=ru&peers=TJK"


def test_nearest_year():
    assert flt.nearest_year([1990, 2000, 2019], None) == 2019
    assert flt.nearest_year([1990, 2000, 2019], 2005) == 2000
    assert flt.nearest_year([1990, 2000], 1985) == 1990
    assert flt.nearest_year([], 2000) is None


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["sector", "gender", "year", "lang", "other"]),
                       st.text(max_size=60)))
def test_parse_never_fails_and_always_yields_valid_filters(query):
    f, notices = flt.parse(query, SECTORS)
    assert f.sector in {"all", *SECTORS}
    assert f.gender in flt.GENDERS and f.lang in flt.LANGS
    assert f.year is None or flt.YEAR_MIN <= f.year <= flt.YEAR_MAX
    assert all(len(n.given) <= 40 for n in notices)
