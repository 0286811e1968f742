"""What went wrong with a file, in the user's words: the system's own ``strerror`` is English (or the
workstation's language), so a file problem is named from its error number instead."""

from __future__ import annotations

import errno

from .text import QT_TRANSLATE_NOOP, Message

CTX = "files"

FOLDER_NOT_FOUND = QT_TRANSLATE_NOOP("files", "folder not found")

_REASONS = {
    errno.ENOENT: QT_TRANSLATE_NOOP("files", "file not found"),
    errno.EACCES: QT_TRANSLATE_NOOP("files", "no access"),
    errno.EPERM: QT_TRANSLATE_NOOP("files", "no access"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("files", "disk full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("files", "disk full"),
    errno.EISDIR: QT_TRANSLATE_NOOP("files", "is a folder"),
    errno.ENOTDIR: QT_TRANSLATE_NOOP("files", "part of the path is not a folder"),
    errno.EROFS: QT_TRANSLATE_NOOP("files", "the disk is read-only"),
    errno.EEXIST: QT_TRANSLATE_NOOP("files", "already exists"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("files", "name too long"),
    errno.EIO: QT_TRANSLATE_NOOP("files", "read or write error on the disk"),
    errno.EBUSY: QT_TRANSLATE_NOOP("files", "in use by another program"),
    errno.ETXTBSY: QT_TRANSLATE_NOOP("files", "in use by another program"),
    errno.EMFILE: QT_TRANSLATE_NOOP("files", "too many open files"),
    errno.ELOOP: QT_TRANSLATE_NOOP("files", "too many symbolic links"),
    errno.EFBIG: QT_TRANSLATE_NOOP("files", "file too large"),
    errno.EINVAL: QT_TRANSLATE_NOOP("files", "the name is not valid here"),
}
OTHER = QT_TRANSLATE_NOOP("files", "system error {code}")


def os_reason(error: OSError) -> Message:
    """``error`` as a short phrase to put after "Could not write {path}: "."""
    source = _REASONS.get(error.errno or 0)
    if source is not None:
        return Message(CTX, source)
    code = errno.errorcode.get(error.errno or 0) or str(error.errno or type(error).__name__)
    return Message(CTX, OTHER, {"code": code})


def folder_not_found() -> Message:
    return Message(CTX, FOLDER_NOT_FOUND)
