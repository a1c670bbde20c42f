"""What a viewer typed, made safe and understood once for every backend.

Input is never trusted: NUL and control characters are dropped (PostgreSQL rejects NUL in text), runs of
white space collapse, and only the first ``MAX_WORDS`` words count, so a pasted page cannot make a query with
hundreds of terms. The syntax is the "web search" one PostgreSQL's ``websearch_to_tsquery`` reads, and the
SQLite backend rebuilds the same meaning for FTS5 from ``clauses``:

    star wars          both words (AND)
    "the dark knight"  the words in this order (a phrase)
    batman or superman either word
    -cartoon           without this word

Anything else (``& | ! : * ( )``, quotes left open, SQL, emoji) is just text: it is never passed on as syntax.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

MAX_QUERY_LENGTH = 200
MAX_WORDS = 10

# Letters and digits; everything else separates words, as the PostgreSQL parser and FTS5's unicode61 do.
_WORD = re.compile(r"[^\W_]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_TOKEN = re.compile(r'"[^"]*"?|\S+')
# Letters that do not decompose into a base letter and a mark, folded the way PostgreSQL's unaccent does.
_FOLDS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "\u0131": "i", "þ": "th"}
)


def normalize(text: str) -> str:
    """Case- and accent-insensitive form of ``text``, its words separated by single spaces."""
    if text.isascii():  # most names: nothing to decompose
        return " ".join(_WORD.findall(text.lower()))
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_FOLDS))
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(_WORD.findall(stripped.translate(_FOLDS)))


def words_of(text: str) -> list[str]:
    return _WORD.findall(text)


Phrase = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class SearchText:
    """A parsed query. ``text`` is the cleaned input; ``clauses`` must all match (each clause is a list of
    alternative phrases); ``excluded`` phrases must not."""

    text: str
    clauses: tuple[tuple[Phrase, ...], ...]
    excluded: tuple[Phrase, ...]

    @classmethod
    def parse(cls, raw: str) -> SearchText:
        cleaned = " ".join(_CONTROL.sub(" ", raw).split())
        clauses: list[list[Phrase]] = []
        excluded: list[Phrase] = []
        kept: list[str] = []
        counted = 0
        join_next = False
        for token in _TOKEN.findall(cleaned):
            if counted >= MAX_WORDS:
                break
            if token.lower() == "or" and clauses:
                join_next = True
                kept.append(token)
                continue
            negated = token.startswith("-") and not token.startswith('-"') and len(token) > 1
            words = tuple(words_of(token))
            if not words:
                continue
            words = words[: MAX_WORDS - counted]
            counted += len(words)
            kept.append(token)
            if negated:
                excluded.append(words)
            elif join_next:
                clauses[-1].append(words)
            else:
                clauses.append([words])
            join_next = False
        return cls(
            text=" ".join(kept),
            clauses=tuple(tuple(clause) for clause in clauses),
            excluded=tuple(excluded),
        )

    @property
    def is_empty(self) -> bool:
        """Nothing to look for: no word outside an exclusion."""
        return not self.clauses

    @property
    def words(self) -> list[str]:
        """The positive words, in order."""
        return [word for clause in self.clauses for phrase in clause for word in phrase]

    @property
    def normalized(self) -> str:
        return normalize(" ".join(self.words))

    def tsquery(self) -> str:
        """The query in PostgreSQL's ``to_tsquery`` syntax: every word quoted, so none is read as syntax."""
        clauses = ["(" + " | ".join(_ts_phrase(phrase) for phrase in clause) + ")" for clause in self.clauses]
        clauses += ["!(" + _ts_phrase(phrase) + ")" for phrase in self.excluded]
        return " & ".join(clauses)

    def fts5(self) -> str:
        """The query in SQLite FTS5 syntax, every word quoted."""
        expression = " AND ".join(
            "(" + " OR ".join(_fts_phrase(phrase) for phrase in clause) + ")" for clause in self.clauses
        )
        if self.excluded:
            expression = f"({expression}) NOT (" + " OR ".join(map(_fts_phrase, self.excluded)) + ")"
        return expression


def prefix_tsquery(words: list[str], weight: str = "") -> str:
    """Every word, the last one as a prefix ("star w" finds "Star Wars"), in ``to_tsquery`` syntax."""
    quoted = [f"'{word}':{weight}" if weight else f"'{word}'" for word in words[:-1]]
    return " & ".join([*quoted, f"'{words[-1]}':*{weight}"])


def prefix_fts5(words: list[str]) -> str:
    return " AND ".join([*(f'"{word}"' for word in words[:-1]), f'"{words[-1]}" *'])


def _ts_phrase(phrase: Phrase) -> str:
    return " <-> ".join(f"'{word}'" for word in phrase)


def _fts_phrase(phrase: Phrase) -> str:
    return '"' + " ".join(phrase) + '"'


def trigrams(word: str) -> set[str]:
    """A word's trigrams the way pg_trgm makes them: two spaces before, one after."""
    padded = f"  {word} "
    return {padded[i : i + 3] for i in range(len(padded) - 2)}


# A word of three letters or more must be at least this close to a word of the name, as every word must
# match in full-text search: "dark knight" does not find "Knight Rider".
MIN_WORD_SIMILARITY = 0.3


def similarity(query: str, name: str) -> float:
    """How closely a (normalised) query matches a (normalised) name, 0 to 1: each query word's best trigram
    similarity with a word of the name, averaged; 0 when a word of the query matches nothing. Typos keep
    most trigrams: "godfater" ~ "godfather" 0.58."""
    query_words = query.split()
    name_grams = [trigrams(word) for word in name.split()]
    if not query_words or not name_grams:
        return 0.0
    total = 0.0
    for word in query_words:
        grams = trigrams(word)
        best = max(len(grams & other) / len(grams | other) for other in name_grams)
        if best < MIN_WORD_SIMILARITY and len(word) >= 3:
            return 0.0
        total += best
    return total / len(query_words)
