"""Every error the tool raises on purpose, with the message a user sees."""


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
