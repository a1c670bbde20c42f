"""Signed playback URLs: what a token opens, and how a forged, altered or expired one is told apart."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from vuga.media.delivery.signing import (
    SIGNING_LABEL,
    ExpiredUrl,
    TamperedUrl,
    UrlSigner,
    derive,
    key_id,
)
from vuga.settings import DeliverySettings

NOW = 1_800_000_000.0
SECRET = b"s" * 32
ASSET = "a1b2c3d4e5f6"


def signer(secret: bytes = SECRET, previous: tuple[bytes, ...] = (), now: float = NOW) -> UrlSigner:
    return UrlSigner(secret, previous, ttl_s=3600, clock=lambda: now)


def test_a_token_opens_its_asset_for_its_session_and_height() -> None:
    token = signer().sign(ASSET, "s42", max_height=720)
    expires, height, session, kid, signature = token.split(".")
    assert (int(expires), height, session, kid) == (int(NOW) + 3600, "720", "s42", key_id(SECRET))
    assert len(signature) == 43
    assert len(token) < 100  # compact, url-safe, no padding

    opened = signer().verify(token, ASSET)
    assert (opened.asset_key, opened.session, opened.max_height) == (ASSET, "s42", 720)
    assert opened.prefix == f"assets/{ASSET}/"
    assert opened.allows_height(720)
    assert not opened.allows_height(1080)
    assert signer().verify(signer().sign(ASSET, "s42"), ASSET).allows_height(2160)  # 0: no ceiling


@pytest.mark.parametrize("field", [0, 1, 2, 3])
def test_changing_any_signed_field_is_tampering(field: int) -> None:
    parts = signer().sign(ASSET, "s42", max_height=720).split(".")
    parts[field] = {0: str(int(NOW) + 999_999), 1: "2160", 2: "s43", 3: "00000000"}[field]
    with pytest.raises(TamperedUrl):
        signer().verify(".".join(parts), ASSET)


def test_another_asset_or_a_forged_signature_is_tampering() -> None:
    token = signer().sign(ASSET, "s42")
    with pytest.raises(TamperedUrl):
        signer().verify(token, "another-asset")  # a token opens its own prefix only
    with pytest.raises(TamperedUrl):
        signer().verify(token[:-2] + ("AA" if not token.endswith("AA") else "BB"), ASSET)
    with pytest.raises(TamperedUrl):
        signer(secret=b"t" * 32).verify(token, ASSET)


@pytest.mark.parametrize(
    "token",
    [
        "",
        "x",
        "1.2.3.4.5",
        "a" * 500,
        "1800003600.720.s42.zzzzzzzz." + "A" * 43,
        "1.0.s/../x.abcdef01." + "A" * 43,
    ],
)
def test_malformed_tokens_are_tampering(token: str) -> None:
    with pytest.raises(TamperedUrl):
        signer().verify(token, ASSET)


def test_an_expired_token_is_told_apart_from_a_forged_one() -> None:
    token = signer().sign(ASSET, "s42")
    assert signer(now=NOW + 3599).verify(token, ASSET)
    with pytest.raises(ExpiredUrl):
        signer(now=NOW + 3600).verify(token, ASSET)
    # An expiry pushed forward by hand is a forgery, not a renewal.
    later = token.replace(str(int(NOW) + 3600), str(int(NOW) + 7200), 1)
    with pytest.raises(TamperedUrl):
        signer(now=NOW + 3600).verify(later, ASSET)


def test_previous_secrets_verify_during_a_rotation() -> None:
    old_token = signer(secret=b"old" * 11).sign(ASSET, "s42")
    rotated = signer(secret=b"new" * 11, previous=(b"old" * 11,))
    assert rotated.verify(old_token, ASSET).session == "s42"
    assert rotated.sign(ASSET, "s42").split(".")[3] == key_id(b"new" * 11)  # new tokens use the new one
    with pytest.raises(TamperedUrl):
        signer(secret=b"new" * 11).verify(old_token, ASSET)  # once retired, it no longer opens anything


@pytest.mark.parametrize(("asset", "session"), [("../x", "s"), ("a", "has space"), ("a", ""), ("", "s")])
def test_signing_refuses_what_a_url_could_not_carry(asset: str, session: str) -> None:
    with pytest.raises(ValueError, match=r"key|session"):
        signer().sign(asset, session)


def test_the_secret_is_derived_from_the_signing_key_under_its_own_label_or_configured() -> None:
    signing_key = b"k" * 48
    derived = UrlSigner.from_settings(DeliverySettings(), signing_key, [b"p" * 48])
    token = derived.sign(ASSET, "s1")
    assert token.split(".")[3] == key_id(derive(signing_key, SIGNING_LABEL)) != key_id(signing_key)
    # A URL signed under the previous signing key's derivation still verifies during its rotation.
    previous = UrlSigner(derive(b"p" * 48, SIGNING_LABEL), ttl_s=60).sign(ASSET, "s1")
    assert derived.verify(previous, ASSET).session == "s1"

    configured = UrlSigner.from_settings(
        DeliverySettings(secret=SecretStr("edge-secret-" + "x" * 20), url_ttl_s=120), signing_key
    )
    assert configured.sign(ASSET, "s1").split(".")[3] == key_id(("edge-secret-" + "x" * 20).encode())
    with pytest.raises(TamperedUrl):
        configured.verify(token, ASSET)
