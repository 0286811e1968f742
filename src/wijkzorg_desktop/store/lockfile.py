"""One writer per vault: a lock file naming host, login and process."""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..domain.errors import StorageFailed, VaultInUse
from ..domain.os_errors import os_reason
from .atomic import atomic_write


@dataclass(frozen=True)
class LockOwner:
    host: str
    login: str
    pid: int
    since: str


def workstation() -> str:
    return socket.gethostname() or "onbekend"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_owner(path: Path) -> LockOwner | None:
    try:
        doc = json.loads(path.read_text("utf-8"))
        return LockOwner(str(doc["host"]), str(doc["login"]), int(doc["pid"]), str(doc["since"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return LockOwner("?", "?", -1, "")  # half-written by a crash: stale


class VaultLock:
    """Held while a vault is open in this process; a stale lock of a dead process is taken over."""

    def __init__(self, path: Path, login: str) -> None:
        self.path = path
        self.login = login
        self.held = False

    def _payload(self) -> bytes:
        owner = {"host": workstation(), "login": self.login, "pid": os.getpid(),
                 "since": datetime.now(UTC).isoformat(timespec="seconds")}
        return json.dumps(owner).encode("utf-8")

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            owner = read_owner(self.path)
            if owner is not None and owner.pid > 0:
                mine = owner.host == workstation() and owner.pid == os.getpid()
                stale = owner.host == workstation() and not _alive(owner.pid)
                if not (mine or stale):
                    raise VaultInUse(login=owner.login, host=owner.host, pid=owner.pid) from None
            atomic_write(self.path, self._payload())
        except OSError as exc:
            raise StorageFailed(path=str(self.path), reason=os_reason(exc)) from exc
        else:
            try:
                os.write(fd, self._payload())
                os.fsync(fd)
            finally:
                os.close(fd)
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        owner = read_owner(self.path)
        if owner is not None and owner.pid == os.getpid() and owner.host == workstation():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self.held = False
