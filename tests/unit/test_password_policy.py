"""The password rule (BSSN Peraturan No. 4/2021): long enough, four classes, nothing to misread."""

from __future__ import annotations

import string

import pytest

from daemon.core.password_policy import AMBIGUOUS, DEFAULT_ALPHABET, alphabet_problems, grouped, meets_policy
from daemon.credentials import generate_password
from daemon.errors import ConfigError
from daemon.setup import config


def test_generated_passwords_meet_the_rule_and_avoid_look_alikes() -> None:
    for _ in range(500):
        pw = generate_password()
        assert len(pw) == 16 and meets_policy(pw)
        assert not set(pw) & set("0Oo1lI|5S2Z8B'\"`,.;: \\")
        assert all(c in DEFAULT_ALPHABET for c in pw)


def test_length_and_alphabet_are_the_configured_ones() -> None:
    alphabet = "ACDEFGHJKLMNPQRTUVWXYabcdefghijk34679#$%"
    pw = generate_password(20, alphabet)
    assert len(pw) == 20 and set(pw) <= set(alphabet) and meets_policy(pw)


def test_the_default_alphabet_has_every_class_and_no_ambiguous_character() -> None:
    assert alphabet_problems(DEFAULT_ALPHABET, 16) == []
    assert not set(DEFAULT_ALPHABET) & AMBIGUOUS
    for chars in (string.ascii_uppercase, string.ascii_lowercase, string.digits, string.punctuation):
        assert set(DEFAULT_ALPHABET) & set(chars)


@pytest.mark.parametrize(
    ("alphabet", "length", "says"),
    [
        (DEFAULT_ALPHABET, 11, "at least 12"),
        (DEFAULT_ALPHABET + "0", 16, "ambiguous"),
        (DEFAULT_ALPHABET + "é", 16, "not allowed"),
        ("".join(c for c in DEFAULT_ALPHABET if c.isalnum()), 16, "lacks simbol"),
        ("ACDabc34#$", 16, "at least 32"),
    ],
)
def test_a_weak_configuration_is_refused_with_the_reason(alphabet: str, length: int, says: str) -> None:
    assert any(says in p for p in alphabet_problems(alphabet, length))


def test_the_config_names_the_key_of_a_weak_rule() -> None:
    with pytest.raises(ConfigError) as err:
        config.from_dict({"credentials": {"password_length": 10}})
    assert err.value.key == "credentials.password_length" and "BSSN" in str(err.value)
    with pytest.raises(ConfigError) as err:
        config.from_dict({"credentials": {"password_alphabet": DEFAULT_ALPHABET + "O"}})
    assert err.value.key == "credentials.password_alphabet"


def test_a_short_or_one_sided_password_fails_the_rule() -> None:
    assert not meets_policy("aB3#aB3#aB3")  # 11
    assert not meets_policy("aB3xaB3xaB3x")  # no symbol
    assert meets_policy("aB3#aB3#aB3#")


def test_grouping_keeps_every_character() -> None:
    assert grouped("aB3#xY7%kM") == "aB3# xY7% kM"
    assert grouped("aB3#xY7%kM").replace(" ", "") == "aB3#xY7%kM"
