"""One small exception hierarchy; the CLI maps each class to an exit code in one place."""

from __future__ import annotations


class TranscheckError(Exception):
    """Base class: a problem the user can act on. The message says what to do."""

    exit_code = 2


class UsageError(TranscheckError):
    """Raised for bad or conflicting options, unknown language codes, missing credit lines."""

    exit_code = 2


class InputError(TranscheckError):
    """Raised for unreadable, binary, empty or too-short input files and malformed memories."""

    exit_code = 2


class OutputError(TranscheckError):
    """Raised when the report cannot be written to -o (missing folder, no permission, disk full)."""

    exit_code = 2


class FetchError(TranscheckError):
    """Raised when the source cannot be fetched (network, HTTP status, size, content type)."""

    exit_code = 3


class ExtractionError(TranscheckError):
    """Raised when no article text could be extracted from a fetched page."""

    exit_code = 4


class ModelError(TranscheckError):
    """Raised for language or MT-model problems made fatal (e.g. by --require-mt)."""

    exit_code = 5
