"""People under posts the domain does not list (``titled_people``), and their countries."""

from __future__ import annotations

from .extract_helpers import extract, kind

DAY = "date 2019-02-08 TOKYO —\n\n"


def people(*articles: str) -> dict[str, tuple]:
    return {
        f.get("name"): (f.get("role"), f.get("country")) for f in kind(extract(*articles), "person")
    }


def test_a_post_read_by_its_english_form_with_a_complement():
    text = DAY + (
        "Russian Presidential Aide Pavel Orlov and Russian Director of the Federal Forestry "
        "Agency Lev Brodsky arrived. Japanese Special Adviser to the Prime Minister Kenji Mori "
        "joined them."
    )
    assert people(text) == {
        "Pavel Orlov": ("Presidential Aide", "Russia"),
        "Lev Brodsky": ("Director of the Federal Forestry Agency", "Russia"),
        # a post that holds a listed one is not that one: he is not the Prime Minister
        "Kenji Mori": ("Special Adviser to the Prime Minister", "Japan"),
    }


def test_an_appositive_post_with_its_country_after_it():
    text = DAY + (
        "The minister summoned Mr. Ivan Sedov, Ambassador Extraordinary and Plenipotentiary of "
        "Russia, and Ms. Aiko Ueda, Director-General of the Japanese Bureau of Fisheries, said."
    )
    found = people(text)
    assert found["Ivan Sedov"] == ("Ambassador Extraordinary and Plenipotentiary", "Russia")


def test_a_list_of_posts_takes_the_side_the_sentence_names():
    text = DAY + (
        "Communications Minister Oleg Rybin, Governor of Amur Region Igor Panin and other "
        "members of the delegation took part in the talks on the Russian side."
    )
    assert people(text) == {
        "Oleg Rybin": ("Communications Minister", "Russia"),
        "Igor Panin": ("Governor of Amur Region", "Russia"),
    }


def test_the_name_ends_the_post_at_an_institutions_noun():
    text = DAY + (
        "Russian Minister of Foreign Affairs Evgeny Maksimovich Tarasov met Japanese Head of "
        "the Fisheries Agency Taro Ono."
    )
    assert people(text) == {
        "Evgeny Maksimovich Tarasov": ("Foreign Minister", "Russia"),
        "Taro Ono": ("Head of the Fisheries Agency", "Japan"),
    }


def test_words_that_are_not_names_make_no_person():
    text = DAY + (
        "Russian Director of the Office of Northeast Asian Affairs said so. Russian General "
        "Order No. 1 was issued. Russian Minister Kenji Sato Lodges Protest."
    )
    assert people(text) == {}


def test_a_post_the_domain_lacks_without_a_country_is_no_fact():
    text = "date 2019-02-08\n\nPress Secretary Ichiro Tanabe spoke to reporters about the weather."
    assert people(text) == {}


def test_the_domain_file_gives_a_known_persons_country():
    text = DAY + "Prime Minister Yoshiro Mori met President Vladimir Putin in Irkutsk."
    assert people(text) == {
        "Yoshiro Mori": ("Prime Minister", "Japan"),
        "Vladimir Putin": ("President", "Russia"),
    }


def test_a_name_written_surname_first_is_read_given_names_first():
    text = DAY + (
        "On February 7, Mr. Kenji Ueda, Minister for Foreign Affairs of Japan, met H.E. Mr. Sedov, Ivan "
        "Petrovich, Minister of Foreign Affairs of the Russian Federation. MORITA Hanako, "
        "Prime Minister of Japan, joined them."
    )
    found = people(text)
    assert found["Ivan Petrovich Sedov"] == ("Foreign Minister", "Russia")
    assert found["Hanako Morita"] == ("Prime Minister", "Japan")
    assert "Ivan Petrovich" not in found
    (event,) = [f for f in kind(extract(text), "event") if "met" in f.get("what")]
    assert "Ivan Petrovich Sedov" in event.get("what")
    assert "Sedov, Ivan" not in event.get("what")


def test_a_surname_alone_after_a_post_names_the_person_the_domain_lists():
    text = "date 2019-02-08\n\nPrime Minister Kishida met President Brek in Tokyo."
    # the domain file lists Fumio Kishida; "Brek" is known by surname only, with no country
    assert people(text) == {"Fumio Kishida": ("Prime Minister", "Japan")}


def test_a_surname_names_a_listed_person_only_after_a_listed_post():
    text = "date 2019-02-08\n\nPrime Minister Kishida met Senior Deputy Minister Kishida's aide."
    assert people(text) == {"Fumio Kishida": ("Prime Minister", "Japan")}
    other = "date 2019-02-08\n\nRussian Senior Deputy Minister Kishida arrived."
    assert people(other) == {"Kishida": ("Senior Deputy Minister", "Russia")}


def test_an_honorific_and_a_surname_before_an_appositive_post():
    text = "date 2019-02-08\n\nThey met Mr. Petrovsky, Senior Deputy Minister, and others."
    assert people(text) == {"Petrovsky": ("Senior Deputy Minister", "Russia")}


def test_a_message_to_a_post_is_not_a_longer_post():
    text = (
        "date 2019-02-08\n\nPlease deliver this message from the Secretary to Foreign "
        "Minister Sergei Lavrov of Russia."
    )
    assert people(text) == {"Sergei Lavrov": ("Foreign Minister", "Russia")}


def test_a_full_name_after_a_long_complement_wins_over_a_surname_inside_it():
    text = (
        "date 2019-02-08\n\nJapanese Director of the Natural Resources and Energy Agency "
        "Kenji Ueda spoke."
    )
    assert people(text) == {
        "Kenji Ueda": ("Director of the Natural Resources and Energy Agency", "Japan")
    }
