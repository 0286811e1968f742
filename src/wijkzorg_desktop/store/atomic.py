"""Write files so a crash or a full disk leaves the old file, never a truncated one."""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import StorageFailed
from ..domain.os_errors import folder_not_found, os_reason


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """``data`` as the whole new content of ``path``, or (on any failure) the old content untouched."""
    with atomic_stream(path, mode) as file:
        file.write(data)


def _failed(path: Path, exc: OSError) -> StorageFailed:
    missing = exc.errno == errno.ENOENT and not path.parent.is_dir()
    return StorageFailed(path=str(path), reason=folder_not_found() if missing else os_reason(exc))


@contextlib.contextmanager
def atomic_stream(path: Path, mode: int = 0o600, buffer: int = 1 << 20) -> Iterator[BinaryIO]:
    """``atomic_write`` for a file written a piece at a time: the pieces go to a temporary file beside it,
    which replaces the file only once it is whole and on disk. Whatever stops the writing (a full disk, an
    error while the pieces are made) leaves the old file as it was and no temporary file."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with open(fd, "wb", buffering=buffer) as file:
            yield file
            file.flush()
            os.fsync(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError):
            raise _failed(path, exc) from exc
        raise


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
