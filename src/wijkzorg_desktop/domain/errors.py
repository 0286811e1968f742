"""Errors a user can meet, each with a sentence that says what happened and what to do."""

from __future__ import annotations

from .text import QT_TRANSLATE_NOOP, Message, MessageList, Translate, untranslated

CTX = "errors"


class WijkzorgError(Exception):
    """Base of every error meant for a person; ``message`` is the English source text."""

    message = QT_TRANSLATE_NOOP("errors", "Something went wrong.")
    context = CTX  # the translation context of ``message``

    def __init__(self, **params: object) -> None:
        self.params = params
        super().__init__(self.text())

    def as_message(self) -> Message:
        return Message(self.context, self.message, dict(self.params))

    def text(self, translate: Translate = untranslated) -> str:
        return self.as_message().render(translate)


class WrongCredentials(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "Incorrect combination of user and passphrase.")


class UnlockDelayed(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Too many failed attempts. Wait {seconds} seconds before trying again."
    )


class WrongRecoveryKey(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "This recovery key does not fit this vault.")


class NoVault(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "There is no vault in {path}.")


class VaultExists(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "There is already a vault in {path}; nothing was changed.")


class KeyFileMissing(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "The key file {path} is missing. Without it the vault cannot be opened: restore it from a backup.",
    )


class KeyFileCorrupt(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The key file {path} is damaged or is not a Wijkzorg key file ({reason})."
    )


class NotAVault(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "{path} is not a Wijkzorg vault, is damaged at its start, or belongs to another key file.",
    )


class VaultCorrupt(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The vault is damaged ({problems}). Restore it from a backup and call your IT support."
    )


class VaultTooNew(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "This vault was made by a newer version of Wijkzorg Desktop (schema {found}; this program "
        "knows up to {supported}). Install the newer version; nothing was changed.",
    )


class MigrationFailed(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "Updating the vault to schema {version} ({name}) failed: {reason}. The vault stays at schema "
        "{current}; a copy from before the update is in {backup}.",
    )


class VaultInUse(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The vault is already open: user {login} on workstation {host} (process {pid})."
    )


class StorageFailed(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "Could not write {path}: {reason}. Nothing that was saved has been lost."
    )


class PassphraseTooShort(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "The passphrase must have at least {minimum} characters.")


class PassphraseMismatch(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "The two passphrases are not the same.")


class InvalidLogin(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors",
        "A login name has 2 to 32 characters: lower-case letters, digits, dot, hyphen or underscore.",
    )


class MissingField(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "Fill in: {field}.")


class InvalidValue(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "{field} is not valid: {reason}.")


class UserExists(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "There is already a user with login {login}.")


class UnknownUser(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "There is no active user with login {login}.")


class LastAdministrator(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{login} is the last active administrator and cannot be deactivated or demoted."
    )


class NotAllowed(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "Your role ({role}) may not do this: {what}.")


class VaultLocked(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "The vault is locked.")


class FormInvalid(WijkzorgError):
    """Some fields of a form are wrong; ``errors`` maps each field's key to what is wrong with it."""

    message = QT_TRANSLATE_NOOP("errors", "Not saved: correct the marked fields ({fields}).")

    def __init__(self, errors: dict[str, Message], labels: list[Message]) -> None:
        self.errors = errors
        super().__init__(fields=MessageList(tuple(labels)))


class NotFound(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "{what} no longer exists; perhaps someone else removed it.")


class PersonLinked(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} is involved in a case and cannot be deleted. Mark the person as departed instead."
    )


class DepartureInFuture(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The departure date {day} lies in the future; mark the person as departed on or after that day."
    )


class SuccessorIsSelf(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "A person cannot succeed themselves; choose someone else or no one.")


class OrganisationHasPeople(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} still has {count} people on the contact map; delete or move them first."
    )


class UnreadableContactFile(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{path} cannot be imported as contacts: {reason}. Nothing was imported."
    )


class ImportFailed(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The import stopped at row {number}: {reason}. Nothing was imported."
    )


class CaseClosed(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "{label} is closed and can only be read. Reopen it to change it.")


class ReasonRequired(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "Give the reason: {what}.")


class SharingRefused(WijkzorgError):
    """The consent service said no; ``reasons`` says why, one message per missing consent or basis."""

    message = QT_TRANSLATE_NOOP(
        "errors", "This case may not be shared with {recipient} for this purpose: {reasons}. Record consent, or a "
        "basis for sharing without consent, first."
    )

    def __init__(self, recipient: str, reasons: list[Message]) -> None:
        self.reasons = reasons
        super().__init__(recipient=recipient, reasons=MessageList(tuple(reasons)))


class NoPracticeCertificate(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "The practice has no signing certificate yet. An administrator sets one up under Beheer."
    )


class PartyHasWork(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "{name} still has {count} promises or plan items in this case; they keep who promised what, "
        "so the party stays. Mark them done or give them to someone else first."
    )


class IdentifiableRefused(WijkzorgError):
    """The meeting gate said no for a herkenbaar item; ``reasons`` names each attendee and what is missing."""

    message = QT_TRANSLATE_NOOP(
        "errors", "This case may be discussed only anonymously: {reasons}. Record consent for discussion in a "
        "meeting, or a weighing, first; or discuss it anonymously."
    )

    def __init__(self, reasons: list[Message]) -> None:
        self.reasons = reasons
        super().__init__(reasons=MessageList(tuple(reasons)))


class NotAnonymous(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "An anonymous item may not name {details}: in a small neighbourhood that is enough to "
        "recognise the family. Leave them out, or discuss the case identifiably with consent."
    )


class MeetingFinal(WijkzorgError):
    message = QT_TRANSLATE_NOOP("errors", "The minutes of this meeting are final; nothing in them can be changed.")


class MeetingHasItems(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This meeting has {count} agenda items or actions and cannot be deleted. Remove them first."
    )


class MeetingHeld(WijkzorgError):
    message = QT_TRANSLATE_NOOP(
        "errors", "This meeting has been held; who came is kept, so it cannot be deleted."
    )
