"""What the accounts API reads and writes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, Meta, UnsetType

from vuga.accounts.models import Role
from vuga.core.images import Image
from vuga.core.maturity import Maturity
from vuga.core.openapi import body_example

# Lengths are checked here; what makes an email valid or a password strong is the service's rule, so that
# its message can say why.
Email = Annotated[str, Meta(min_length=3, max_length=254)]
Password = Annotated[str, Meta(min_length=1, max_length=1024)]
DisplayName = Annotated[str, Meta(max_length=100)]
ProfileName = Annotated[str, Meta(min_length=1, max_length=50)]
DefaultAvatar = Annotated[
    str, Meta(pattern=r"^default-[1-8]$", description="One of default-1 ... default-8.")
]


@body_example({"email": "ada@example.com", "password": "correct-horse-battery", "display_name": "Ada"})
class RegisterIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email
    password: Password
    display_name: DisplayName = ""


@body_example({"email": "ada@example.com", "password": "correct-horse-battery"})
class LoginIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email
    password: Password


@body_example({"refresh_token": "dGhlIHJlZnJlc2ggdG9rZW4gZnJvbSBsb2dpbg"})
class RefreshIn(msgspec.Struct, forbid_unknown_fields=True):
    refresh_token: Annotated[str, Meta(min_length=1, max_length=200)]


@body_example({"current_password": "correct-horse-battery", "new_password": "staple-lantern-orbit"})
class PasswordChangeIn(msgspec.Struct, forbid_unknown_fields=True):
    current_password: Password
    new_password: Password


class TokenPair(msgspec.Struct):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = "bearer"  # noqa: S105 (the OAuth 2 token type, not a secret)


class AccountOut(msgspec.Struct):
    id: int
    email: str
    display_name: str
    role: Role
    created_at: datetime
    email_verified: bool = False


@body_example({"display_name": "Ada L."})
class AccountUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """Only what a viewer may change about their account; role, id and email are refused as unknown."""

    display_name: DisplayName | UnsetType = UNSET


class ProfileOut(msgspec.Struct):
    id: int
    name: str
    is_kids: bool
    max_maturity: Maturity
    avatar_url: str
    avatar: Image  # with its variants and blurhash once uploaded; a default picture by its URL only
    locked: bool = False  # has a PIN: its routes need the token POST .../unlock returns


@body_example({"name": "Kids", "is_kids": True, "max_maturity": "7+", "avatar": "default-3"})
class ProfileCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: ProfileName
    is_kids: bool = False
    max_maturity: Maturity | None = None  # default: 18+ for adults, 7+ for kids
    avatar: DefaultAvatar = "default-1"


Pin = Annotated[str, Meta(pattern=r"^[0-9]{4,6}$", description="4 to 6 digits.")]


@body_example({"name": "Teen", "is_kids": False, "max_maturity": "13+"})
class ProfileUpdate(msgspec.Struct, forbid_unknown_fields=True):
    """``pin`` or ``password`` prove the change is allowed: for a locked profile (without its unlock token)
    and for loosening a kids profile (a higher ceiling, or no longer kids)."""

    name: ProfileName | UnsetType = UNSET
    is_kids: bool | UnsetType = UNSET
    max_maturity: Maturity | UnsetType = UNSET
    avatar: DefaultAvatar | UnsetType = UNSET
    pin: Pin | UnsetType = UNSET
    password: Password | UnsetType = UNSET


@body_example({"pin": "4821", "password": "correct-horse-battery"})
class PinIn(msgspec.Struct, forbid_unknown_fields=True):
    pin: Pin
    password: Password


@body_example({"password": "correct-horse-battery"})
class PinRemoveIn(msgspec.Struct, forbid_unknown_fields=True):
    password: Password


@body_example({"pin": "4821"}, {"password": "correct-horse-battery"})
class UnlockIn(msgspec.Struct, forbid_unknown_fields=True):
    """The profile's PIN, or the account password (for a forgotten PIN): one of them."""

    pin: Pin | None = None
    password: Password | None = None


class ProfileToken(msgspec.Struct):
    """An access token that also opens one locked profile; send it as the bearer token on its routes."""

    access_token: str
    expires_in: int
    profile_id: int
    token_type: str = "bearer"  # noqa: S105 (the OAuth 2 token type, not a secret)


# --- account recovery -----------------------------------------------------------------------------------

MailedToken = Annotated[
    str, Meta(min_length=16, max_length=200, description="The token from the mailed link.")
]


@body_example({"email": "viewer@example.com"})
class PasswordResetIn(msgspec.Struct, forbid_unknown_fields=True):
    email: Email


@body_example({"token": "vrs_3f1c9a7e2b8d4c6f0a1e5b7d9c3f2a8e", "new_password": "a new long passphrase"})
class PasswordResetConfirmIn(msgspec.Struct, forbid_unknown_fields=True):
    token: MailedToken
    new_password: Password


@body_example({"token": "vev_9d2e7c4a1f8b3e6d0c5a2f7b4e1d8c3a"})
class VerifyEmailIn(msgspec.Struct, forbid_unknown_fields=True):
    token: MailedToken


class Accepted(msgspec.Struct):
    """202: the request is taken; what follows happens by mail."""

    detail: str


class DeviceOut(msgspec.Struct):
    """One signed-in device: a live session of the account."""

    id: int
    name: str
    kind: str  # web, app or tv
    signed_in_at: datetime
    last_seen_at: datetime  # its last sign-in or token refresh (an access token lives 15 minutes)
    last_address: str  # where: the address it was last seen from
    user_agent: str  # what it said it was when it signed in
    current: bool  # the device asking
