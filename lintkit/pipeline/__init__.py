"""The engine in parts: discover -> analyse (stage A, per file) -> finish (stage B,
with the corpus) -> results, in worker processes when there are many files.

- settings: what a run is asked to do (Settings), the rules it runs, the cache key;
- discover: the files to lint, and the files of the configured corpus;
- stages: the two stages of one file, pure functions of their inputs;
- workers: the worker pools and their per-process state;
- run: one run, from targets to results, with the caches and the corpus index.
"""
