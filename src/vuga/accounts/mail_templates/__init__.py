"""Every mail viewers get, in one place: ``<name>.txt`` (a ``Subject:`` line, then the plain-text body) and
``<name>.html``, each a ``string.Template``. Values are HTML-escaped for the HTML part."""

from __future__ import annotations

import html
from functools import cache
from importlib.resources import files
from string import Template

from vuga.core.mail import MailMessage


@cache
def _template(file_name: str) -> Template:
    return Template(files("vuga.accounts.mail_templates").joinpath(file_name).read_text(encoding="utf-8"))


def render(name: str, to: str, **values: str) -> MailMessage:
    subject_line, _, text = _template(f"{name}.txt").substitute(values).partition("\n")
    escaped = {key: html.escape(value, quote=True) for key, value in values.items()}
    return MailMessage(
        to=to,
        subject=subject_line.removeprefix("Subject:").strip(),
        text=text,
        html=_template(f"{name}.html").substitute(escaped),
    )
