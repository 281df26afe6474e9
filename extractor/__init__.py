"""extractor: turn tech news about AI models into checkable, structured claims."""

__version__ = "0.1.0"
SCHEMA_VERSION = "1.0"
