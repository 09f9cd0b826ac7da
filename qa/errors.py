"""The index error every stage raises and the CLI and app report (kept apart so the record store,
below the index module, can raise it too)."""


class IndexError_(Exception):
    """The index is missing, unreadable or does not match the corpus/model."""
