"""Requests as the VUGA apps send them, read into typed values: one place for every leniency they need.

Every app call is a POST whose fields come as a form (Retrofit's ``@FormUrlEncoded``, Alamofire's URL
encoding), a multipart form (Android's sign-up and photo edit), JSON (``watch/sync``, the TV's profile
calls), or no body at all; Laravel merged them all, so one handler must take any of them. Values arrive as
strings whatever their type: numbers as decimal strings, booleans as ``true``/``false`` (Java, Kotlin),
``"true"``/``"false"`` or ``1``/``0`` (Alamofire). Fields have aliases (``user_id``/``app_user_id``,
``search``/``keyword``, ``genre_id``/``category_id``): a getter names them all, the first present wins.

A value that cannot be what its field is raises ``FieldError``; the endpoint layer answers it in the
apps' envelope (``vuga.compat_v2.envelope``), never as a 500.
"""

from __future__ import annotations

import math
import urllib.parse
from typing import Any

import msgspec
from litestar import Request
from litestar.datastructures import UploadFile

from vuga.core.bounds import MAX_ID

_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}
MAX_TEXT = 10_000  # a form value longer than this is refused (the longest the apps send is a base64 avatar)


class FieldError(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class Fields:
    """A request's fields, by name, with getters that coerce the apps' encodings."""

    def __init__(self, values: dict[str, Any], files: dict[str, UploadFile] | None = None) -> None:
        self.values = values
        self.files = files or {}

    def _first(self, names: tuple[str, ...]) -> tuple[str, Any]:
        for name in names:
            value = self.values.get(name)
            if value is not None:  # Retrofit and Kotlin omit nulls; a JSON null is the same absence
                return name, value
        return names[0], None

    def present(self, *names: str) -> bool:
        return self._first(names)[1] is not None

    def integer(
        self, *names: str, default: int | None = None, minimum: int = 0, maximum: int = MAX_ID
    ) -> int | None:
        name, value = self._first(names)
        if value is None or value == "":
            return default
        if isinstance(value, bool):
            raise FieldError(name, "must be a whole number")
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, str):
            text = value.strip()
            if not (text.isascii() and text.lstrip("-").isdigit()) or len(text) > 20:
                raise FieldError(name, "must be a whole number")
            value = int(text)
        if not isinstance(value, int):
            raise FieldError(name, "must be a whole number")
        if not minimum <= value <= maximum:
            raise FieldError(name, f"must be between {minimum} and {maximum}")
        return value

    def required_int(self, *names: str, minimum: int = 1, maximum: int = MAX_ID) -> int:
        found = self.integer(*names, minimum=minimum, maximum=maximum)
        if found is None:
            raise FieldError(names[0], "is required")
        return found

    def id(self, *names: str) -> int:
        """A positive id the request must carry."""
        return self.required_int(*names)

    def optional_id(self, *names: str) -> int | None:
        """An id that may be absent; 0 (the apps' "none", e.g. a guest's ``user_id``) is absence too."""
        found = self.integer(*names, minimum=0)
        return found or None

    def number(self, *names: str, minimum: float, maximum: float) -> float | None:
        name, value = self._first(names)
        if value is None or value == "":
            return None
        if isinstance(value, bool):
            raise FieldError(name, "must be a number")
        try:
            number = float(value.strip() if isinstance(value, str) else value)
        except (TypeError, ValueError) as exc:
            raise FieldError(name, "must be a number") from exc
        if not math.isfinite(number) or not minimum <= number <= maximum:
            raise FieldError(name, f"must be between {minimum:g} and {maximum:g}")
        return number

    def flag(self, *names: str, default: bool | None = None) -> bool | None:
        name, value = self._first(names)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        raise FieldError(name, "must be true or false (or 1 or 0)")

    def text(self, *names: str, default: str = "", max_length: int = 500) -> str:
        name, value = self._first(names)
        if value is None:
            return default
        if isinstance(value, bool | dict | list):
            raise FieldError(name, "must be text")
        text = str(value)
        if "\x00" in text:
            raise FieldError(name, "must not hold a NUL character")
        if len(text) > max_length:
            raise FieldError(name, f"must be at most {max_length} characters")
        return text

    def id_list(self, *names: str, max_items: int = 100) -> list[int]:
        """Ids as a JSON array or a comma-separated string (``content/by-ids``)."""
        name, value = self._first(names)
        if value is None or value == "":
            return []
        items = value if isinstance(value, list) else str(value).split(",")
        if len(items) > max_items:
            raise FieldError(name, f"at most {max_items} ids")
        ids = []
        for item in items:
            one = Fields({name: item.strip() if isinstance(item, str) else item}).integer(name, minimum=1)
            if one is not None:
                ids.append(one)
        return list(dict.fromkeys(ids))

    def rows(self, name: str, max_items: int) -> list[Fields]:
        """A JSON array of objects (``watch/sync``'s ``watch_history``), each read like a request."""
        value = self.values.get(name)
        if value is None:
            return []
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise FieldError(name, "must be a list of objects")
        if len(value) > max_items:
            raise FieldError(name, f"at most {max_items} rows")
        return [Fields(item) for item in value]


def _form_values(pairs: list[tuple[str, Any]]) -> tuple[dict[str, Any], dict[str, UploadFile]]:
    values: dict[str, Any] = {}
    files: dict[str, UploadFile] = {}
    for key, value in pairs:
        name = key[:-2] if key.endswith("[]") else key  # Laravel's array fields: content_ids[]=1&...
        if isinstance(value, UploadFile):
            files[name] = value
        elif key.endswith("[]"):
            values.setdefault(name, []).append(value)
        else:
            values[name] = value
    return values, files


async def read_fields(request: Request[Any, Any, Any]) -> Fields:
    """The request's fields, whatever the encoding: JSON, a form, a multipart form or nothing."""
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type.startswith("multipart/") or content_type == "application/x-www-form-urlencoded":
        form = await request.form()
        values, files = _form_values(list(form.multi_items()))
        return Fields(values, files)
    body = await request.body()
    if not body.strip():
        return Fields({})
    if content_type.endswith("json") or body.lstrip()[:1] in (b"{", b"["):
        try:
            decoded = msgspec.json.decode(body)
        except msgspec.DecodeError as exc:
            raise FieldError("body", "is not valid JSON") from exc
        if not isinstance(decoded, dict):
            raise FieldError("body", "must be a JSON object")
        return Fields(decoded)
    # No or another content type: read it as the form the apps' clients send by default.
    try:
        pairs = urllib.parse.parse_qsl(body.decode(), keep_blank_values=True, max_num_fields=1000)
    except (UnicodeDecodeError, ValueError) as exc:
        raise FieldError("body", "is neither JSON nor a form") from exc
    return Fields(dict(pairs))
