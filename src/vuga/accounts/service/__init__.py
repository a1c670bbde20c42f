"""The accounts' rules: ``sessions`` (registration, login, tokens, the account) and ``profiles`` (profiles and
their parental lock). Other features use them through this package."""

from vuga.accounts.service.devices import AccountDevices
from vuga.accounts.service.profiles import ProfileService
from vuga.accounts.service.sessions import (
    AuthService,
    Client,
    Refused,
    SessionCleanup,
    check_password_strength,
    normalise_email,
)

__all__ = [
    "AccountDevices",
    "AuthService",
    "Client",
    "ProfileService",
    "Refused",
    "SessionCleanup",
    "check_password_strength",
    "normalise_email",
]
