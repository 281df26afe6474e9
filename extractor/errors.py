"""Every error the tool raises on purpose, with the message a user sees, and how input is shown in messages.

Messages of the knowledge files and the pipeline components carry a code, as spaCy's do:
``raise KnowledgeError(Errors.E003.format(...))`` reads ``[E003] vendors.jsonl:4: ...``.
"""

import re


class ExtractorError(Exception):
    """Base class: a problem the user can fix, reported in one line."""


class UsageError(ExtractorError):
    """The command line asks for something that cannot be done."""


class InputError(ExtractorError):
    """An input file or stream cannot be opened or read at all."""


class KnowledgeError(ExtractorError):
    """A knowledge data file is malformed."""


class SnapshotError(ExtractorError):
    """A leaderboard snapshot file is malformed."""


class EngineError(ExtractorError):
    """The Dask engine cannot run: not installed, no scheduler, workers without the package, a
    partition the cluster fails on."""


class OutputError(ExtractorError):
    """An output file cannot be written (full disk, missing folder, another run holds it)."""


class ComponentError(ExtractorError):
    """A pipeline component was given data it cannot use (a saved pipeline's bytes, a doc it cannot align)."""


class ErrorsWithCodes(type):
    """``Errors.E001`` reads as ``'[E001] ' + message``, as spaCy's error catalogue does."""

    def __getattribute__(cls, code: str) -> str:
        msg = super().__getattribute__(code)
        return msg if code.startswith("__") else f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    """The coded messages, filled in with ``str.format``."""

    # knowledge files: reading them (E001-E009)
    E001 = "{path}:{line}: not JSON: {msg}"
    E002 = "{path}:{line}: expected a JSON object, not {kind}"
    E003 = "{path}:{line}: unknown key {key!r}{hint}"
    E004 = "{path}:{line}: {key!r}: {msg}"
    E005 = "{path}:{line}: lacks the key {key!r}"
    E006 = "{path}: cannot read: {msg}"
    E007 = "{folder}: not a knowledge folder ({msg})"
    E008 = "{folder}: unknown knowledge file {name!r}; knowledge files are {known}"
    E009 = "{folder}: lacks the knowledge file {name!r} (the bundled and a saved pipeline's knowledge have every file)"
    # knowledge files: what the rows say (E010-E019)
    E010 = "{path}:{line}: duplicate {what} {name!r} (first on line {first})"
    E011 = "{path}:{line}: {what} {name!r} is already taken by {other!r} ({where})"
    E012 = "{path}:{line}: {name!r} is no known {what}"
    E013 = "{path}:{line}: not a Matcher pattern: {msg}"
    E014 = "{path}:{line}: 'kind' must be one of {kinds}, not {kind!r}"
    # pipeline components (E020-E029)
    E020 = "{component}: cannot read the saved knowledge: {msg}"
    E021 = "extractor_entities: mention {mention!r} at {start}-{end} does not fall on token boundaries"


# -- showing input in messages ----------------------------------------------------------
# Messages repeat input (file names, URLs, ids, dates): a crafted archive must not be able to
# send terminal escape sequences or megabyte lines through them.

MESSAGE_LIMIT = 300
_CONTROLS = "\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
_UNSAFE = re.compile(f"[\x00-\x1f{_CONTROLS}]")
_UNSAFE_IN_LINE = re.compile(f"[\x00-\x08\x0b-\x1f{_CONTROLS}]")  # tabs may stay


def _escape(match: re.Match) -> str:
    code = ord(match[0])
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def shown(value: object, limit: int = MESSAGE_LIMIT) -> str:
    """``value`` as a message may repeat it: control, bidi and lone surrogate characters escaped,
    at most ``limit`` characters (then a mark saying how long it was)."""
    if isinstance(value, (bytes, bytearray)):
        value = bytes(value).decode("utf-8", errors="backslashreplace")
    text = str(value)
    if len(text) <= limit:
        return _UNSAFE.sub(_escape, text)
    return _UNSAFE.sub(_escape, text[:limit]) + f"\u2026 ({len(text):,} characters)"


class SafeStream:
    """A text stream that escapes control characters (line breaks and tabs aside) and cuts lines
    after ``limit`` characters: whatever a library prints about a crafted input reaches the
    terminal harmless and bounded."""

    def __init__(self, stream, limit: int = 4 * MESSAGE_LIMIT):
        self.stream, self.limit, self._column = stream, limit, 0

    def write(self, text: str) -> int:
        out = []
        for piece in re.split("(\n)", text):
            if piece == "\n":
                out.append(piece)
                self._column = 0
            elif piece:
                room = self.limit - self._column
                if room > 0:
                    out.append(_UNSAFE_IN_LINE.sub(_escape, piece[:room]) + ("\u2026" if len(piece) > room else ""))
                self._column += len(piece)
        self.stream.write("".join(out))
        return len(text)

    def __getattr__(self, name: str):
        return getattr(self.stream, name)
