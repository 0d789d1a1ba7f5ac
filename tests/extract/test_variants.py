"""A known node's name written another way is the node's, not a new node's."""

from graphkit.extract import article_from_text, extract_article
from tests.conftest import DATA
from tests.extract.helpers import claims


def test_a_name_with_its_words_in_another_order_is_the_known_node():
    assert claims("Belarus joined the International Research Lunar Station in 2023.") == \
        [("BLR", "MEMBER_OF", "ilrs", "2023")]


def test_a_name_in_the_other_number_is_the_known_node():
    assert claims("Rwanda signed the Artemis Accord on May 5, 2024.") == \
        [("RWA", "SIGNED", "artemis-accords", "2024-05-05")]
    assert claims("Thailand signed agreements on international lunar research stations "
                  "in April 2024.") == [("THA", "SIGNED", "ilrs", "2024-04")]


def test_a_name_sharing_only_some_words_stays_a_new_node():
    found = extract_article(article_from_text("Russia joined the International Space Station in 1998."),
                            source_url="https://example.org/a", published="2024", data=(DATA,),
                            reader=False)
    assert [n["id"] for n in found.nodes] == ["international-space-station"]
    assert [(r["subject"], r["object"]) for r in found.rows] == [("RUS", "international-space-station")]
