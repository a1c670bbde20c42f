"""The codes of a TV sign-in (RFC 8628 §6.1): a long secret device code, and a short user code a person
types on a phone.

User codes are 8 letters of 20 consonants (``BCDFGHJKLMNPQRSTVWXZ``, RFC 8628's example alphabet: no vowels,
so no words; no digits, so no 0/O or 1/I to confuse), shown as ``WDJB-MJHT``: 20^8 = 2.56e10 codes, about 34
bits. Typed input is read leniently — case, spaces and dashes do not matter — before it is compared.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

ALPHABET = "BCDFGHJKLMNPQRSTVWXZ"
USER_CODE_LENGTH = 8
_TYPED_SEPARATORS = str.maketrans("", "", " -_.")


def new_user_code() -> str:
    letters = "".join(secrets.choice(ALPHABET) for _ in range(USER_CODE_LENGTH))
    return f"{letters[:4]}-{letters[4:]}"


def normalised_user_code(typed: str) -> str | None:
    """The code's 8 letters, or None when ``typed`` cannot be a user code at all."""
    letters = typed.translate(_TYPED_SEPARATORS).upper()
    if len(letters) != USER_CODE_LENGTH or any(letter not in ALPHABET for letter in letters):
        return None
    return letters


def new_device_code() -> str:
    return secrets.token_urlsafe(32)


class CodeDigests:
    """What is stored of each code. A user code's digest is keyed (HMAC): unkeyed, its 34 bits could be
    reversed from a leaked table by trying them all."""

    def __init__(self, secret: bytes) -> None:
        self._key = hmac.new(secret, b"vuga device user codes", hashlib.sha256).digest()

    def user_code(self, letters: str) -> str:
        return hmac.new(self._key, letters.encode(), hashlib.sha256).hexdigest()

    @staticmethod
    def device_code(code: str) -> str:
        return hashlib.sha256(code.encode()).hexdigest()

    @staticmethod
    def same(stored: str, computed: str) -> bool:
        """Digests compared in constant time, so that timing says nothing of how much of one matched."""
        return hmac.compare_digest(stored.encode(), computed.encode())
