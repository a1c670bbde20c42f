"""What the accounts API reads and writes."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import msgspec
from msgspec import UNSET, Meta, UnsetType

from vuga.accounts.models import Role
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


@body_example({"name": "Kids", "is_kids": True, "max_maturity": "7+", "avatar": "default-3"})
class ProfileCreate(msgspec.Struct, forbid_unknown_fields=True):
    name: ProfileName
    is_kids: bool = False
    max_maturity: Maturity | None = None  # default: 18+ for adults, 7+ for kids
    avatar: DefaultAvatar = "default-1"


@body_example({"name": "Teen", "is_kids": False, "max_maturity": "13+"})
class ProfileUpdate(msgspec.Struct, forbid_unknown_fields=True):
    name: ProfileName | UnsetType = UNSET
    is_kids: bool | UnsetType = UNSET
    max_maturity: Maturity | UnsetType = UNSET
    avatar: DefaultAvatar | UnsetType = UNSET
