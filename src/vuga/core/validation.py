"""Every problem of a request at once, named by the request's own structure.

msgspec stops at a body's first invalid field, and names it only inside its English message ("... - at
`$.score`"). A client filling in a form wants every field it got wrong in one answer, and a field name it
can rely on. So when a body fails, its decoded JSON is walked along the handler's declared type: structs
field by field (missing, unknown, invalid), lists item by item, and each leaf value converted on its own. The
names come from the types' fields (their JSON names); msgspec's messages are used as messages only, and a
leaf converted alone carries no location in them.

The same goes for query and path parameters: the required ones the request lacks are found from the
handler's signature, and each is reported by its name, as a 422 like any other invalid parameter.
"""

from __future__ import annotations

import types
from typing import Annotated, Any, Union, get_args, get_origin

import msgspec
from litestar import Request
from litestar.handlers import HTTPRouteHandler
from litestar.params import ParameterKwarg, QueryParameter

# Where ``BoundedJsonRequest`` leaves the body it decoded, for the error handler (``request.state``).
DECODED_BODY = "vuga_decoded_body"


def body_problems(value: Any, annotation: Any, path: str = "") -> list[tuple[str, str]]:
    """(field path, message) for each invalid part of ``value`` as an instance of ``annotation``."""
    base = _unannotated(annotation)
    if isinstance(base, type) and issubclass(base, msgspec.Struct) and isinstance(value, dict):
        return _struct_problems(value, base, path) or _leaf_problems(value, annotation, path)
    if get_origin(base) is list and isinstance(value, list):
        (item_type,) = get_args(base) or (Any,)
        found = [
            problem
            for index, item in enumerate(value)
            for problem in body_problems(item, item_type, f"{path}[{index}]")
        ]
        return found or _leaf_problems(value, annotation, path)  # the list's own bounds (its length)
    if _is_optional(base) and value is not None:
        (present,) = [member for member in get_args(base) if member is not type(None)]
        return body_problems(value, present, path)
    return _leaf_problems(value, annotation, path)


def _struct_problems(value: dict[str, Any], struct: type[msgspec.Struct], path: str) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    fields = msgspec.structs.fields(struct)
    known = {field.encode_name for field in fields}
    for field in fields:
        where = f"{path}.{field.encode_name}" if path else field.encode_name
        if field.encode_name in value:
            found += body_problems(value[field.encode_name], field.type, where)
        elif field.required:
            found.append((where, "is required"))
    if struct.__struct_config__.forbid_unknown_fields:
        for name in value:
            if name not in known:
                found.append((f"{path}.{name}" if path else name, "is not a field of this body"))
    return found


def _leaf_problems(value: Any, annotation: Any, path: str) -> list[tuple[str, str]]:
    try:
        msgspec.convert(value, type=annotation, strict=False)
    except msgspec.ValidationError as exc:
        return [(path or "body", str(exc))]
    return []


def _unannotated(annotation: Any) -> Any:
    return get_args(annotation)[0] if get_origin(annotation) is Annotated else annotation


def _is_optional(annotation: Any) -> bool:
    members = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else ()
    return len(members) == 2 and type(None) in members  # X | None


def request_body_problems(request: Request[Any, Any, Any]) -> list[tuple[str, str]] | None:
    """The problems of the body the request's handler refused, or None when it cannot tell (no decoded body,
    or a body type this walk does not know)."""
    handler = request.scope.get("route_handler")
    decoded = request.state.get(DECODED_BODY, msgspec.UNSET)
    if not isinstance(handler, HTTPRouteHandler) or decoded is msgspec.UNSET:
        return None
    data = handler.parsed_data_field
    if data is None:
        return None
    return body_problems(decoded, data.annotation) or None


def missing_parameters(request: Request[Any, Any, Any]) -> list[str]:
    """The required query parameters of the request's handler that the request does not carry."""
    handler = request.scope.get("route_handler")
    if not isinstance(handler, HTTPRouteHandler):
        return []
    missing = []
    for name, parameter in handler.parsed_fn_signature.parameters.items():
        definition = parameter.kwarg_definition
        declared = isinstance(definition, QueryParameter) or (
            isinstance(definition, ParameterKwarg) and definition.query is not None
        )
        if not declared or parameter.has_default or parameter.is_optional:
            continue
        alias = getattr(definition, "query", None) or name
        if alias not in request.query_params:
            missing.append(alias)
    return missing
