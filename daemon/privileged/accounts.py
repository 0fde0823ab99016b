"""The account changes themselves, with shadow's own tools: useradd, usermod, chpasswd, passwd, pkill.

Every change is idempotent (create on a managed account brings it to the request; disable on a closed
or missing account is done) and happens only to an account in the marker group, except `create` of a
name that does not exist yet. The password goes to `chpasswd` on stdin, never in argv. The system
expiry is a whole UTC day (a backstop: the daemon closes at the exact minute); a key carries
`expiry-time` to the minute. `authorized_keys` is written through directory descriptors without
following links, since the account's owner controls its home.
"""

from __future__ import annotations

import errno
import grp
import os
import pwd
import subprocess
from pathlib import Path

from daemon.core.account_request import AccountRequest, Refused, authorized_keys_line, backstop_day
from daemon.privileged.settings import HelperSettings

ENV = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "LC_ALL": "C"}
EXPIRED_DAY = "1"  # 1970-01-02: expired for PAM's account stage, which also stops SSH keys
LOCK_BUSY = 1  # useradd/usermod: "cannot lock /etc/passwd; try again later"


class ToolFailed(Exception):
    def __init__(self, message: str, *, retry: bool) -> None:
        super().__init__(message)
        self.retry = retry


def run(argv: list[str], stdin: str = "", *, ok: tuple[int, ...] = (0,)) -> int:
    done = subprocess.run(argv, input=stdin.encode(), capture_output=True, env=ENV, timeout=60, check=False)
    if done.returncode not in ok:
        err = (done.stderr or done.stdout).decode("utf-8", "replace").strip()[-300:]
        raise ToolFailed(f"{argv[0]} exited with {done.returncode}: {err}", retry=done.returncode == LOCK_BUSY)
    return done.returncode


def exists(username: str) -> bool:
    try:
        pwd.getpwnam(username)
    except KeyError:
        return False
    return True


def is_managed(username: str, marker: str) -> bool:
    try:
        return username in grp.getgrnam(marker).gr_mem
    except KeyError:
        return False


def missing_groups(settings: HelperSettings) -> list[str]:
    missing = []
    for name in settings.every_group:
        try:
            grp.getgrnam(name)
        except KeyError:
            missing.append(name)
    return missing


def _require_managed(username: str, settings: HelperSettings) -> None:
    if not is_managed(username, settings.marker_group):
        raise Refused(f"account {username} exists but is not in {settings.marker_group}: not made by lpse-akses, left alone")


def _groups(req: AccountRequest, settings: HelperSettings) -> str:
    return ",".join((settings.marker_group, *req.groups))


def write_keys(username: str, lines: str) -> None:
    """~/.ssh/authorized_keys holds exactly `lines` (nothing when empty); no symlink is followed."""
    user = pwd.getpwnam(username)
    flags = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW
    home = os.open(user.pw_dir, flags)
    try:
        if not lines:
            ssh = _open_dir(home, ".ssh", create=False)
            if ssh is not None:
                _unlink(ssh, "authorized_keys")
                os.close(ssh)
            return
        ssh = _open_dir(home, ".ssh", create=True)
        assert ssh is not None
        try:
            os.fchown(ssh, user.pw_uid, user.pw_gid)
            os.fchmod(ssh, 0o700)
            _unlink(ssh, "authorized_keys.lpse-akses")
            fd = os.open("authorized_keys.lpse-akses", os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600, dir_fd=ssh)
            with os.fdopen(fd, "w", encoding="ascii") as out:
                out.write(lines)
                out.flush()
                os.fchown(out.fileno(), user.pw_uid, user.pw_gid)
                os.fsync(out.fileno())
            os.rename("authorized_keys.lpse-akses", "authorized_keys", src_dir_fd=ssh, dst_dir_fd=ssh)
        finally:
            os.close(ssh)
    finally:
        os.close(home)


def _open_dir(parent: int, name: str, *, create: bool) -> int | None:
    if create:
        try:
            os.mkdir(name, 0o700, dir_fd=parent)
        except FileExistsError:
            pass
    try:
        return os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=parent)
    except FileNotFoundError:
        return None
    except OSError as exc:
        if exc.errno in (errno.ELOOP, errno.ENOTDIR):
            raise ToolFailed(f"~/{name} is not a directory (a link?): refused", retry=False) from None
        raise


def _unlink(dir_fd: int, name: str) -> None:
    try:
        os.unlink(name, dir_fd=dir_fd)
    except FileNotFoundError:
        pass


def _keys(req: AccountRequest) -> str:
    assert req.expires is not None
    return authorized_keys_line(req.ssh_public_key, req.expires, req.number) if req.ssh_public_key else ""


def create(req: AccountRequest, settings: HelperSettings) -> str:
    assert req.expires is not None
    day = str(backstop_day(req.expires))
    if exists(req.username):
        _require_managed(req.username, settings)
        run(["usermod", "-G", _groups(req, settings), "-e", day, "--", req.username])
        done = "updated"
    else:
        home = str(Path(settings.home_base) / req.username)
        comment = f"lpse-akses {req.number}".strip()
        run(["useradd", "-m", "-U", "-d", home, "-s", settings.shell, "-G", _groups(req, settings), "-e", day,
             "-c", comment, "--", req.username])  # fmt: skip
        done = "created"
    run(["chpasswd"], f"{req.username}:{req.password}\n")
    write_keys(req.username, _keys(req))
    return done


def extend(req: AccountRequest, settings: HelperSettings) -> str:
    assert req.expires is not None
    if not exists(req.username):
        raise Refused(f"account {req.username} does not exist")
    _require_managed(req.username, settings)
    run(["usermod", "-e", str(backstop_day(req.expires)), "--", req.username])
    write_keys(req.username, _keys(req))
    return "extended"


def set_password(req: AccountRequest, settings: HelperSettings) -> str:
    if not exists(req.username):
        raise Refused(f"account {req.username} does not exist")
    _require_managed(req.username, settings)
    run(["chpasswd"], f"{req.username}:{req.password}\n")
    return "password set"


def disable(req: AccountRequest, settings: HelperSettings) -> str:
    """Lock the password, expire the account (keys too, through PAM), drop the key file, end sessions."""
    if not exists(req.username):
        return "absent"
    _require_managed(req.username, settings)
    run(["passwd", "-l", req.username])
    run(["usermod", "-e", EXPIRED_DAY, "--", req.username])
    write_keys(req.username, "")
    uid = str(pwd.getpwnam(req.username).pw_uid)
    if Path("/run/systemd/system").is_dir():
        run(["loginctl", "terminate-user", uid], ok=(0, 1))  # logind's sessions; 1: none or no logind
    run(["pkill", "-KILL", "-U", uid], ok=(0, 1))  # whatever is left; 1: no process
    return "disabled"


ACTIONS = {"create": create, "extend": extend, "set_password": set_password, "disable": disable}
