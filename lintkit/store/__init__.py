"""The results cache (`.lintkit_cache/results.sqlite3`): each file's analysis and
final result between runs, as records of the one codec (lintkit.records)."""
