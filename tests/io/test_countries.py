"""Country names and codes go through country_converter: one node per country."""

import pytest

from graphkit.errors import NodeNotFound
from graphkit.io.countries import country_info, is_iso3, to_iso3
from graphkit.io.lookup import find_node, resolve_node
from graphkit.io.read import read_dataset


@pytest.mark.parametrize("text", ["Türkiye", "Turkey", "TUR", "tur", "Republic of Türkiye", "  Turkey "])
def test_to_iso3_maps_every_spelling_of_turkey_to_tur(text):
    assert to_iso3(text) == "TUR"


@pytest.mark.parametrize("text, code", [("Russia", "RUS"), ("Russian Federation", "RUS"),
                                        ("South Korea", "KOR"), ("United Kingdom", "GBR"),
                                        ("Côte d'Ivoire", "CIV"), ("Ivory Coast", "CIV")])
def test_to_iso3_knows_common_and_official_names(text, code):
    assert to_iso3(text) == code


def test_to_iso3_returns_none_for_non_countries():
    assert to_iso3("Atlantis") is None
    assert to_iso3("") is None


def test_is_iso3_rejects_unassigned_codes():
    assert is_iso3("RUS") and not is_iso3("XXX") and not is_iso3("rus")


def test_country_info_gives_short_name_and_region():
    info = country_info("CHN")
    assert (info.name, info.continent, info.un_region) == ("China", "Asia", "Eastern Asia")


def test_turkey_spellings_in_data_become_one_node(small_data):
    ds = read_dataset(small_data)
    assert [n for n in ds.nodes if n in ("TUR",)] == ["TUR"]
    assert sum(1 for n in ds.nodes.values() if n.kind == "Country") == 5


def test_resolve_node_accepts_ids_names_aliases_and_case(small_data):
    ds = read_dataset(small_data)
    assert resolve_node(ds.nodes, "Türkiye") == "TUR"
    assert resolve_node(ds.nodes, "turkey") == "TUR"
    assert resolve_node(ds.nodes, "MB") == "moonbase"
    assert resolve_node(ds.nodes, "lunar base") == "moonbase"
    assert resolve_node(ds.nodes, "MOON_ACCORDS") == "moon-accords"
    assert resolve_node(ds.nodes, "The Club") == "club"


def test_find_node_names_close_matches_when_nothing_matches(small_data):
    ds = read_dataset(small_data)
    with pytest.raises(NodeNotFound, match="no node matches 'Moon Bas'.*did you mean 'Moon Base'"):
        find_node(ds.nodes, "Moon Bas")


def test_the_rows_read_without_pandas_are_the_libraries_own_table():
    """graphkit reads country_converter's file itself (no pandas import for a code check);
    every column it uses must equal what the library's CountryConverter holds."""
    import country_converter as coco
    import pandas as pd

    from graphkit.io.countries import _rows

    data = coco.CountryConverter().data
    theirs = [{column: "" if pd.isna(value) else str(value)
               for column, value in zip(data.columns, row)} for row in data.itertuples(index=False)]
    ours = list(_rows())
    assert len(ours) == len(theirs) > 240
    for column in ("name_short", "name_official", "regex", "ISO2", "ISO3", "continent", "UNregion"):
        assert [r[column] for r in ours] == [r[column] for r in theirs], column
    gw = [str(int(float(r["GWcode"]))) if r["GWcode"] else "" for r in ours]
    assert gw == [str(int(float(r["GWcode"]))) if r["GWcode"] else "" for r in theirs]


def test_a_code_check_does_not_import_pandas():
    import subprocess
    import sys

    code = ("import sys; from graphkit.io.countries import is_iso3, country_codes; "
            "assert is_iso3('TUR') and 'SUN' in country_codes(); print('pandas' in sys.modules)")
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"
