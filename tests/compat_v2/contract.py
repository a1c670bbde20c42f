"""The VUGA apps' contract (``vuga-contract.json``, reference data beside the checkout, never copied into it)
and a checker that decodes an answer by one app's rules:

- iOS (``JSONDecoder``, strict): a present key of the wrong JSON type fails the whole response; fields
  marked ``REQUIRED-non-null`` must be present and not null; enums must be inside their range;
- Gson (Android, Android TV; lenient): numbers and numeric strings are interchangeable, but a ``bool``
  takes only JSON booleans or ``"true"``/``"false"``; Android TV's Kotlin non-null strings must not be null.
"""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest

CONTRACT = Path(__file__).resolve().parents[3] / "shared" / "reference" / "vuga-v4" / "vuga-contract.json"
_ENUM = re.compile(r"enum (\d+)\.\.(\d+)")


@cache
def _contract() -> dict[str, dict[str, Any]] | None:
    path = Path(os.environ.get("VUGA_TEST_VUGA_CONTRACT", CONTRACT))
    if not path.is_file():
        return None
    return {endpoint["path"]: endpoint for endpoint in json.loads(path.read_text())}


def contract() -> dict[str, dict[str, Any]]:
    found = _contract()
    if found is None:
        pytest.skip(f"VUGA's contract is not at {CONTRACT} (set VUGA_TEST_VUGA_CONTRACT to its path)")
    return found


def callers(path: str) -> list[str]:
    """The apps that call ``path`` (its ``used_by``)."""
    return list(contract()[path]["used_by"])


def sample_request(path: str, app: str, values: dict[str, Any]) -> dict[str, Any]:
    """The fields ``app`` sends to ``path``, each from ``values`` (a field the test has no value for is
    left out, as Retrofit leaves out a null)."""
    fields = contract()[path]["clients"][app]["fields"]
    return {name: values[name] for name in fields if name in values}


def encoding(path: str, app: str) -> str:
    return str(contract()[path]["clients"][app]["encoding"])


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _numeric_string(value: Any) -> bool:
    return isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value.strip() or "x") is not None


def _check_ios(spec: str, value: Any, where: str, problems: list[str]) -> None:
    kind = spec.split(" ", 1)[0].split("|", 1)[0]
    if value is None:
        if "REQUIRED" in spec:
            problems.append(f"{where}: required, got null or nothing")
        return
    ok = {
        "int": _is_int(value),
        "long": _is_int(value),
        "double": isinstance(value, int | float) and not isinstance(value, bool),
        "string": isinstance(value, str),
        "bool": isinstance(value, bool),
    }.get(kind, True)
    if spec.startswith("int|string"):
        ok = _is_int(value) or isinstance(value, str)
    if not ok:
        problems.append(f"{where}: iOS wants {kind}, got {json.dumps(value)[:40]}")
    elif (enum := _ENUM.search(spec)) and not int(enum[1]) <= value <= int(enum[2]):
        problems.append(f"{where}: {value} outside iOS's enum {enum[1]}..{enum[2]}")


_ABSENT = object()


def _check_gson(spec: str, value: Any, where: str, problems: list[str], app: str) -> None:
    kind = spec.split(" ", 1)[0].split("|", 1)[0]
    if value is _ABSENT:
        return  # Gson leaves an absent field at its default
    if value is None:
        if app == "tv" and kind == "string" and "|null" not in spec:
            problems.append(f"{where}: a Kotlin non-null String got null")
        return
    if kind in ("int", "long"):
        ok = _is_int(value) or (_numeric_string(value) and "." not in value)
    elif kind == "double":
        ok = (isinstance(value, int | float) and not isinstance(value, bool)) or _numeric_string(value)
    elif kind == "string":
        ok = not isinstance(value, dict | list)
    elif kind == "bool":
        ok = isinstance(value, bool) or value in ("true", "false")
    else:
        ok = True
    if not ok:
        problems.append(f"{where}: Gson cannot read {json.dumps(value)[:40]} as {kind}")


def _walk(model: Any, value: Any, where: str, app: str, problems: list[str]) -> None:
    if isinstance(model, str):
        if app == "ios":
            _check_ios(model, None if value is _ABSENT else value, where, problems)
        else:
            _check_gson(model, value, where, problems, app)
        return
    if value is None or value is _ABSENT:
        return  # a nested object or list absent or null: every app declares them optional
    if isinstance(model, list):
        if not isinstance(value, list):
            problems.append(f"{where}: wants a list, got {type(value).__name__}")
            return
        for index, item in enumerate(value):
            _walk(model[0], item, f"{where}[{index}]", app, problems)
        return
    if not isinstance(value, dict):
        problems.append(f"{where}: wants an object, got {type(value).__name__}")
        return
    for key, spec in model.items():
        if not key.startswith("_"):
            _walk(spec, value.get(key, _ABSENT), f"{where}.{key}", app, problems)


def decode_problems(path: str, app: str, body: Any) -> list[str]:
    """What stops ``app`` from decoding ``body`` as the answer of ``path`` (empty: it decodes)."""
    client = contract()[path]["clients"][app]
    structure = client["model_structure"]
    if not isinstance(structure, dict) or not structure:
        return []  # decoded by hand (raw JSON): nothing typed to check
    model = structure.get(client["model"]) or next(iter(structure.values()))
    if not isinstance(model, dict):
        return []
    problems: list[str] = []
    _walk(model, body, "$", app, problems)
    return problems


def assert_decodes(path: str, body: Any, apps: list[str] | None = None) -> None:
    for app in apps or callers(path):
        problems = decode_problems(path, app, body)
        assert not problems, f"{app} cannot decode {path}: {problems[:5]}"
