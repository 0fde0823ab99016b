"""What the helper accepts (checked in the core, shared by the backend and the root helper), the SSH key
found in a letter, and the schema of [provisioner.linux]."""

from __future__ import annotations

import base64
import struct
import time
from datetime import datetime, timedelta, timezone

import pytest

from daemon.core.account_request import Refused, authorized_keys_line, backstop_day, key_expiry, parse_request
from daemon.core.extract import extract_from_text
from daemon.core.policy import username_for, username_pattern
from daemon.core.sshkey import find_ssh_public_key
from daemon.errors import ConfigError
from daemon.setup import config

ED25519 = "ssh-ed25519 " + base64.b64encode(struct.pack(">I", 11) + b"ssh-ed25519" + struct.pack(">I", 32) + bytes(range(32))).decode()
PATTERN = username_pattern("ra")
GROUPS = frozenset({"ssh-remote"})
SOON = "2026-11-30T10:00:00+00:00"


def rsa(bits: int) -> str:
    def s(b: bytes) -> bytes:
        return struct.pack(">I", len(b)) + b

    n = (1 << (bits - 1)) | 1
    return "ssh-rsa " + base64.b64encode(s(b"ssh-rsa") + s(b"\x01\x00\x01") + s(b"\x00" + n.to_bytes(bits // 8, "big"))).decode()


def parse(**data: object) -> object:
    return parse_request(data, username=PATTERN, allowed_groups=GROUPS)


def test_a_good_create_request() -> None:
    req = parse(action="create", username="ra26_0007", groups=["ssh-remote"], expires=SOON, password="aB3#aB3#aB3#x",
                ssh_public_key=ED25519, number="RA-2026-0007")  # fmt: skip
    assert req.expires == datetime(2026, 11, 30, 10, 0, tzinfo=timezone.utc)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"action": "delete", "username": "ra26_0007"}, "unknown action"),
        ({"action": "disable", "username": "root"}, "request-number pattern"),
        ({"action": "disable", "username": "ra26_0007\n"}, "request-number pattern"),
        ({"action": "disable", "username": "ra26_7"}, "request-number pattern"),
        ({"action": "disable", "username": "ra26_0007", "groups": ["sudo"]}, "not in provisioner.linux.groups"),
        ({"action": "create", "username": "ra26_0007", "expires": "2026-11-30", "password": "aB3#aB3#aB3#x"}, "offset"),
        ({"action": "create", "username": "ra26_0007", "expires": SOON, "password": "short"}, "password breaks the rule"),
        ({"action": "create", "username": "ra26_0007", "expires": SOON, "password": "aB3#aB3#aB3#\nroot:x"}, "password"),
        ({"action": "extend", "username": "ra26_0007", "expires": SOON, "ssh_public_key": 'command="sh" ' + ED25519}, "ssh_public_key"),
        ({"action": "disable", "username": "ra26_0007", "shell": "/bin/sh"}, "unknown field"),
        ({"action": "disable", "username": "ra26_0007", "number": "../x"}, "not a request number"),
    ],
)
def test_everything_else_is_refused_with_its_reason(data: dict[str, object], says: str) -> None:
    with pytest.raises(Refused, match=says):
        parse(**data)


def test_usernames_follow_the_prefix() -> None:
    assert username_for("RA-2026-0007") == "ra26_0007" and username_for("RA-2026-0007", "zt") == "zt26_0007"
    assert username_pattern("zt").fullmatch("zt26_0007") and not username_pattern("zt").fullmatch("ra26_0007")
    with pytest.raises(ValueError):
        username_pattern("r.*")


def test_the_system_expiry_is_the_first_whole_utc_day_after_the_end_and_the_key_has_the_minute() -> None:
    end = datetime(2026, 11, 30, 17, 0, tzinfo=timezone(timedelta(hours=7)))  # 10:00 UTC
    assert backstop_day(end) == (datetime(2026, 12, 1, tzinfo=timezone.utc).timestamp() // 86400)
    assert backstop_day(datetime(2026, 12, 1, tzinfo=timezone.utc)) == backstop_day(end)
    assert key_expiry(end) == "202611301000Z"
    assert authorized_keys_line(ED25519, end, "RA-2026-0007") == f'expiry-time="202611301000Z" {ED25519} lpse-akses RA-2026-0007\n'


def test_a_key_is_found_in_a_letter_even_wrapped_and_a_fake_one_is_not() -> None:
    kind, b64 = ED25519.split()
    assert find_ssh_public_key(f"Kunci publik SSH:\n{ED25519} budi@laptop\nTerima kasih") == ED25519
    assert find_ssh_public_key(f"> {kind} {b64[:30]}\n> {b64[30:]}\nSalam") == ED25519
    assert find_ssh_public_key("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ is our format") is None
    assert find_ssh_public_key(rsa(1024)) is None and find_ssh_public_key(rsa(2048)) == rsa(2048)
    started = time.monotonic()
    find_ssh_public_key(("ssh-rsa AAAA" + "A" * 50_000 + "\n") * 20)
    assert time.monotonic() - started < 2


def test_the_letter_fields_carry_the_key() -> None:
    fields = extract_from_text(f"Nama: Budi\nHak akses: ssh\nKunci publik: {ED25519}\n", datetime(2026, 11, 23).date(), ("ssh",))
    assert fields.ssh_public_key == ED25519
    assert fields.to_json()["ssh_public_key"] == ED25519
    assert type(fields).from_json(fields.to_json()) == fields


def test_the_linux_section_loads_and_names_its_keys() -> None:
    cfg = config.from_dict({"provisioner": {"linux": {"groups": {"ssh": ["ssh-remote"], "database-readonly": ["dbread", "ssh-remote"]}}}})
    linux = cfg.provisioner.linux
    assert linux.groups_for(("ssh", "database-readonly")) == ("ssh-remote", "dbread")
    assert linux.groups_for(("vpn",)) == () and linux.all_groups == {"ssh-remote", "dbread"}
    for data, key in (
        ({"provisioner": {"linux": {"groups": {"root": ["x"]}}}}, "provisioner.linux.groups"),
        ({"provisioner": {"linux": {"groups": {"ssh": ["Bad Group"]}}}}, "provisioner.linux.groups"),
        ({"provisioner": {"linux": {"groups": ["ssh"]}}}, "provisioner.linux.groups"),
        ({"provisioner": {"linux": {"shell": "bash"}}}, "provisioner.linux.shell"),
        ({"provisioner": {"linux": {"marker_group": "a b"}}}, "provisioner.linux.marker_group"),
        ({"provisioner": {"linux": {"sockets": "/x"}}}, "provisioner.linux.sockets"),
        ({"provisioner": {"linux": "yes"}}, "provisioner.linux"),
        ({"access": {"username_prefix": "RA"}}, "access.username_prefix"),
    ):
        with pytest.raises(ConfigError) as err:
            config.from_dict(data)
        assert err.value.key == key, (data, err.value)


def test_the_example_with_a_group_map_loads_back() -> None:
    import tomllib

    from daemon.setup.configfile import render_example

    text = render_example({"provisioner.linux": {"groups": (("ssh", ("ssh-remote",)), ("database-readonly", ("dbread",)))}})
    assert "[provisioner.linux]" in text
    data = tomllib.loads(text)
    assert data["provisioner"]["linux"]["groups"] == {"ssh": ["ssh-remote"], "database-readonly": ["dbread"]}
    assert config.from_dict(data).provisioner.linux.groups_for(("ssh",)) == ("ssh-remote",)
