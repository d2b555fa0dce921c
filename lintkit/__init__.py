"""lintkit: a content linter and quality scorer for article corpora."""

__version__ = "0.1.0"
