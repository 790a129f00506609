from summarizer import given_names


def test_a_common_given_name_is_known_and_a_word_for_a_job_is_not() -> None:
    assert given_names.is_given("Gareth")
    assert given_names.is_given("catherine")
    assert not given_names.is_given("Organiser")
    assert not given_names.is_given("Holidaymaker")


def test_a_name_gives_a_gender_only_where_nearly_everyone_with_it_has_it() -> None:
    assert given_names.gender("Catherine") == "f"
    assert given_names.gender("Daniel") == "m"
    assert given_names.gender("Jordan") is None  # many of either
    assert given_names.gender("Andrea") is None  # a man's name in Italy, a woman's elsewhere
    assert given_names.gender("Zzyzx") is None
