"""Opening the SQLCipher database: the raw key first, then a test query, then the pragmas. And SQLCipher's
page check (``cipher_integrity_check``), whole or in pieces."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from ..domain.errors import NotAVault

Connection = sqlcipher.Connection
DatabaseError = sqlcipher.DatabaseError
IntegrityError = sqlcipher.IntegrityError


class _Connection(sqlcipher.Connection):
    def close(self) -> None:
        """The last close folds the WAL into the database file while holding the interpreter lock (0.2 s
        after a large write, a stall of the window whichever thread closes); as a statement first, the
        same checkpoint runs without holding it."""
        with contextlib.suppress(DatabaseError):
            self.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        super().close()


PAGE_HMAC = "HMAC_SHA256"
"""The HMAC over each page of the vaults this program makes. SHA-256, which current processors compute
in hardware (SHA-NI) where they do not SHA-512, SQLCipher 4's default: each page written costs about a
third less, and a typical write, which touches some ten pages, stays within 1.3 times plain SQLite."""

LEGACY_PAGE_HMAC = "HMAC_SHA512"
"""The HMAC of vaults made before version 8 of the schema (SQLCipher 4's default); such a vault is
re-encrypted when it is opened (``store.vault.reencrypt``), and its backups still open."""


def connect(path: Path, data_key: bytes | bytearray, *, page_hmac: str | None = None) -> Connection:
    """An open connection, or ``NotAVault`` when the file does not open with this key.

    A new file gets ``PAGE_HMAC``; an existing one opens with whichever of ``PAGE_HMAC`` and
    ``LEGACY_PAGE_HMAC`` it was made with (``page_hmac`` names the one to make or open it with)."""
    choices = [page_hmac] if page_hmac else [PAGE_HMAC, LEGACY_PAGE_HMAC] if path.exists() else [PAGE_HMAC]
    for choice in choices[:-1]:
        with contextlib.suppress(NotAVault):
            return _connect(path, data_key, choice)
    return _connect(path, data_key, choices[-1])


def page_hmac(conn: Connection) -> str:
    return _pragma(conn, "cipher_hmac_algorithm")


def _connect(path: Path, data_key: bytes | bytearray, hmac_algorithm: str) -> Connection:
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False, factory=_Connection)
    try:
        # SQLCipher's own log goes to stderr; failures reach the user as our messages instead.
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(f"PRAGMA key = \"x'{bytes(data_key).hex()}'\"")
        conn.execute(f"PRAGMA cipher_hmac_algorithm = {hmac_algorithm}")
        # Not cipher_memory_security: wiping every allocation made each read about four times slower (the
        # cases list at 10x: 1.55 s against 0.40 s), while the same rows live on unwiped in Python's objects.
        # The data key is wiped by the session at lock; SQLCipher wipes its own key material either way.
        conn.execute("SELECT count(*) FROM sqlite_schema").fetchone()
        conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
    except DatabaseError as exc:
        sqlcipher.Connection.close(conn)  # no checkpoint through a key that did not open the file
        raise NotAVault(path=str(path)) from exc
    return conn


def cipher_problems(conn: Connection) -> list[str]:
    """Pages whose HMAC fails (an altered or damaged file), as SQLCipher reports them."""
    return [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


PAGES_PER_STEP = 1024
"""Pages one piece of ``PageCheck`` reads: 4 MB, some milliseconds."""

_HMACS = {"HMAC_SHA512": "sha512", "HMAC_SHA256": "sha256", "HMAC_SHA1": "sha1"}
_KDFS = {"PBKDF2_HMAC_SHA512": "sha512", "PBKDF2_HMAC_SHA256": "sha256", "PBKDF2_HMAC_SHA1": "sha1"}
_IV, _BLOCK, _SALT = 16, 16, 16


def _pragma(conn: Connection, name: str) -> str:
    row = conn.execute(f"PRAGMA {name}").fetchone()
    return str(row[0]) if row else ""


@dataclass
class PageCheck:
    """``cipher_integrity_check`` in pieces: each page's HMAC computed as SQLCipher does it (the same
    key derivation, the page number appended), ``PAGES_PER_STEP`` pages at a time, so it can run between
    other work and stop at any piece. Findings are worded as SQLCipher's."""

    path: Path
    page_size: int
    reserve: int
    mac_size: int
    byteorder: str
    _mac: object = field(repr=False)
    next_page: int = 1
    pages: int = 0

    @staticmethod
    def start(conn: Connection, path: Path, data_key: bytes | bytearray) -> PageCheck | None:
        """The check of this connection's file, or None when its cipher settings are not the ones this
        check knows (or page 1, which opened, does not check out): then run ``cipher_problems`` whole."""
        algorithm = _HMACS.get(_pragma(conn, "cipher_hmac_algorithm"))
        kdf = _KDFS.get(_pragma(conn, "cipher_kdf_algorithm"))
        order = {"le": "little", "be": "big", "native": "little"}.get(_pragma(conn, "cipher_hmac_pgno"))
        try:
            page_size = int(_pragma(conn, "cipher_page_size"))
            iterations = int(_pragma(conn, "fast_kdf_iter"))
            mask = int(_pragma(conn, "cipher_hmac_salt_mask"), 16)
            plain = int(_pragma(conn, "cipher_plaintext_header_size") or 0)
        except ValueError:
            return None
        if (not algorithm or not kdf or not order or plain or len(data_key) != 32
                or _pragma(conn, "cipher_use_hmac") != "1"):
            return None
        try:
            with open(path, "rb") as handle:
                salt = handle.read(_SALT)
        except OSError:
            return None
        if len(salt) != _SALT:
            return None
        key = hashlib.pbkdf2_hmac(kdf, bytes(data_key), bytes(b ^ mask for b in salt), iterations, 32)
        mac_size = hashlib.new(algorithm).digest_size
        reserve = -(-(_IV + mac_size) // _BLOCK) * _BLOCK
        check = PageCheck(path, page_size, reserve, mac_size, order, hmac.new(key, digestmod=algorithm))
        check.pages = check._count()
        first = check._read(1, 1)
        if not first or not check._page_ok(1, memoryview(first)):
            return None
        return check

    @property
    def done(self) -> bool:
        return self.next_page > self.pages

    def _size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def _count(self) -> int:
        return -(-self._size() // self.page_size)

    def _read(self, first: int, count: int) -> bytes:
        with open(self.path, "rb") as handle:
            handle.seek((first - 1) * self.page_size)
            return handle.read(count * self.page_size)

    def _page_ok(self, number: int, page: memoryview) -> bool:
        start = _SALT if number == 1 else 0
        end = self.page_size - self.reserve + _IV
        mac = self._mac.copy()  # type: ignore[attr-defined]
        mac.update(page[start:end])
        mac.update(number.to_bytes(4, self.byteorder))  # type: ignore[arg-type]
        return bool(mac.digest() == page[end:end + self.mac_size])

    def step(self, pages: int = PAGES_PER_STEP) -> list[str]:
        """Check the next ``pages`` pages; what is wrong with them. The file may have grown or shrunk
        since the piece before (the program goes on writing between pieces)."""
        size = self._size()
        self.pages = -(-size // self.page_size)
        if self.done:
            return []
        first = self.next_page
        count = min(pages, self.pages - first + 1)
        data = memoryview(self._read(first, count))
        self.next_page = first + count
        problems = []
        for offset in range(count):
            number = first + offset
            page = data[offset * self.page_size:(offset + 1) * self.page_size]
            if len(page) < self.page_size:
                if page and len(data) == size - (first - 1) * self.page_size and size % self.page_size:
                    problems.append(f"page {number} has an invalid size of {len(page)} bytes "
                                    f"(expected {self.page_size} bytes)")
                break
            if not self._page_ok(number, page):
                problems.append(f"HMAC verification failed for page {number}")
        return problems


def sqlite_problems(conn: Connection) -> list[str]:
    rows = [str(row[0]) for row in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """One write transaction: everything inside commits together or not at all."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
