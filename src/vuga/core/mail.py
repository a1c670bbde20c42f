"""Outgoing mail behind one interface: ``Mailer.send(message)``.

Two backends, chosen by ``VUGA_MAIL_BACKEND``:

- ``smtp``: aiosmtplib, one connection per message (mails are rare: resets, verifications), with STARTTLS
  or implicit TLS and optional login. A refused or unreachable server raises ``MailNotSent``; callers run
  sends as background jobs, whose retries make delivery at least once.
- ``console`` (the embedded default): nothing leaves the machine. The message is written to
  ``var/mail/`` as an ``.eml`` file and its plain-text part is logged, so that whoever runs a first server
  can follow a link without setting up mail.

A message always has a plain-text and an HTML part (``multipart/alternative``).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Protocol

import aiosmtplib

from vuga.core.clock import utcnow
from vuga.settings import MailSettings

logger = logging.getLogger("vuga.mail")


class MailNotSent(Exception):
    """The mail server refused the message or could not be reached."""


@dataclass(frozen=True, slots=True)
class MailMessage:
    to: str
    subject: str
    text: str
    html: str

    def to_email(self, sender: str) -> EmailMessage:
        message = EmailMessage()
        message["From"] = sender
        message["To"] = self.to
        message["Subject"] = self.subject
        message["Date"] = formatdate(localtime=False)
        message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip(">") or None)
        message.set_content(self.text)
        message.add_alternative(self.html, subtype="html")
        return message


class Mailer(Protocol):
    async def send(self, message: MailMessage) -> None:
        """Hand the message over for delivery; raise ``MailNotSent`` if that failed."""


class SmtpMailer:
    def __init__(self, settings: MailSettings) -> None:
        self.settings = settings

    async def send(self, message: MailMessage) -> None:
        settings = self.settings
        try:
            await aiosmtplib.send(
                message.to_email(settings.from_address),
                hostname=settings.smtp_host,
                port=settings.smtp_port,
                username=settings.smtp_username,
                password=settings.smtp_password.get_secret_value() if settings.smtp_password else None,
                use_tls=settings.smtp_tls,
                start_tls=settings.smtp_starttls and not settings.smtp_tls,
                timeout=settings.smtp_timeout_s,
            )
        except (aiosmtplib.SMTPException, OSError) as exc:
            raise MailNotSent(f"{settings.smtp_host}:{settings.smtp_port}: {exc}") from exc


class ConsoleMailer:
    def __init__(self, settings: MailSettings, directory: Path) -> None:
        self.settings = settings
        self.directory = directory

    async def send(self, message: MailMessage) -> None:
        email = message.to_email(self.settings.from_address)
        name = f"{utcnow():%Y%m%dT%H%M%S}-{secrets.token_hex(4)}.eml"
        path = self.directory / name
        await asyncio.to_thread(self._write, path, email.as_bytes())
        # The embedded mode's whole delivery: the operator reads the link here.
        logger.info("mail to %s, %r (%s):\n%s", message.to, message.subject, path, message.text)

    def _write(self, path: Path, content: bytes) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def create_mailer(settings: MailSettings, var_dir: Path) -> Mailer:
    if settings.backend == "smtp":
        return SmtpMailer(settings)
    return ConsoleMailer(settings, var_dir / "mail")
