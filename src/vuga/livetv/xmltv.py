"""Reading XMLTV, the format EPG sources speak, with a parser that trusts nothing in the document.

lxml (libxml2) parses it incrementally with entity expansion off, no network, no DTD loading and libxml2's
own size limits kept (``huge_tree=False``). A document that declares entities (the billion-laughs bomb and
external-entity files both need a declaration) is refused before its first element is read, and so is one
past the byte, programme-count or parse-time bounds: ``XmltvRefused`` names the reason, and the caller
writes nothing. What this module returns is only the document's programmes as it states them; matching
them to channels and fixing overlaps is ``vuga.livetv.planning``'s.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from lxml import etree

from vuga.livetv.models import NAME_LENGTH, URL_LENGTH


class XmltvRefused(Exception):
    """The document is not one this server takes: hostile, malformed or past a bound. Nothing was written."""


@dataclass(slots=True)
class ParsedProgramme:
    channel: str  # the XMLTV channel id
    starts_at: datetime
    ends_at: datetime | None  # XMLTV allows a missing stop: the channel's next programme's start
    title: str
    subtitle: str | None
    description: str | None
    category: str | None
    rating: str | None
    episode: str | None
    image_url: str | None


@dataclass(slots=True)
class ParsedGuide:
    programmes: list[ParsedProgramme]
    # What the document held that could not be read as a programme, by reason (no channel, a bad time).
    unreadable: dict[str, int]


@dataclass(frozen=True, slots=True)
class XmltvLimits:
    max_bytes: int
    max_programmes: int
    max_parse_s: float


def parse_xmltv_time(value: str) -> datetime:
    """``20261204183000 +0100`` (or without seconds, or without a zone, which XMLTV says is UTC) in UTC."""
    value = value.strip()
    digits_end = next((i for i, char in enumerate(value) if not char.isdigit()), len(value))
    stamp, zone = value[:digits_end], value[digits_end:].strip()
    if len(stamp) not in (12, 14) or not stamp.isascii():
        raise ValueError(f"not an XMLTV time: {value[:40]!r}")
    moment = datetime(
        int(stamp[0:4]),
        int(stamp[4:6]),
        int(stamp[6:8]),
        int(stamp[8:10]),
        int(stamp[10:12]),
        int(stamp[12:14] or 0),
        tzinfo=UTC,
    )
    if zone:
        if len(zone) != 5 or zone[0] not in "+-" or not zone[1:].isdigit():
            raise ValueError(f"not an XMLTV time zone: {zone[:10]!r}")
        offset = timedelta(hours=int(zone[1:3]), minutes=int(zone[3:5]))
        moment = moment - offset if zone[0] == "+" else moment + offset
    return moment


def _text(element: etree._Element | None, limit: int) -> str | None:
    if element is None:
        return None
    text = element.text if len(element) == 0 else "".join(element.itertext())
    text = (text or "").strip()
    return text[:limit] if text else None


def _programme(element: etree._Element) -> ParsedProgramme:
    """One ``<programme>``; a ``ValueError`` names what is missing or unreadable. Its children are walked
    once (the first of each kind counts), which is most of an import's parsing time."""
    channel = (element.get("channel") or "").strip()
    if not channel:
        raise ValueError("no channel")
    start = element.get("start")
    if not start:
        raise ValueError("no start time")
    stop = element.get("stop")
    found: dict[str, etree._Element] = {}
    onscreen: etree._Element | None = None
    for child in element:
        tag = child.tag
        if not isinstance(tag, str):
            continue
        if tag == "episode-num" and child.get("system") == "onscreen":
            onscreen = child
        found.setdefault(tag, child)
    title = _text(found.get("title"), NAME_LENGTH)
    if title is None:
        raise ValueError("no title")
    rating = found.get("rating")
    icon = found.get("icon")
    image = (icon.get("src") or "").strip() if icon is not None else ""
    return ParsedProgramme(
        channel=channel[:200],
        starts_at=parse_xmltv_time(start),
        ends_at=parse_xmltv_time(stop) if stop else None,
        title=title,
        subtitle=_text(found.get("sub-title"), NAME_LENGTH),
        description=_text(found.get("desc"), 10_000),
        category=_text(found.get("category"), 100),
        rating=_text(rating.find("value"), 32) if rating is not None else None,
        episode=_text(onscreen if onscreen is not None else found.get("episode-num"), 64),
        image_url=image if image.startswith(("https://", "http://")) and len(image) <= URL_LENGTH else None,
    )


def parse_xmltv(
    document: bytes, limits: XmltvLimits, clock: Callable[[], float] = time.monotonic
) -> ParsedGuide:
    """Every programme of ``document``; ``XmltvRefused`` for a hostile, malformed or oversized one."""
    if len(document) > limits.max_bytes:
        raise XmltvRefused(f"the document is larger than {limits.max_bytes} bytes")
    deadline = clock() + limits.max_parse_s
    programmes: list[ParsedProgramme] = []
    unreadable: dict[str, int] = {}
    # Only <programme> ends are reported (the C parser skips the rest): half the time of seeing every event.
    events = etree.iterparse(
        io.BytesIO(document),
        events=("end",),
        tag="programme",
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    checked = False
    try:
        for _, element in events:
            if not checked:
                checked = True
                _check_document(element.getroottree())
            try:
                programmes.append(_programme(element))
            except ValueError as exc:
                reason = str(exc) if str(exc).startswith("no ") else "unreadable time"
                unreadable[reason] = unreadable.get(reason, 0) + 1
            # Keep memory flat: what was read is dropped, with the siblings before it.
            element.clear(keep_tail=False)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]
            if len(programmes) > limits.max_programmes:
                raise XmltvRefused(f"the document holds more than {limits.max_programmes} programmes")
            if len(programmes) % 1000 == 0 and clock() > deadline:
                raise XmltvRefused(f"the document took longer than {limits.max_parse_s:g} s to read")
    except etree.XMLSyntaxError as exc:
        raise XmltvRefused(f"not well-formed XML: {exc.msg}") from exc
    if not checked:  # no programme at all: the document's prologue and root are still checked
        root = events.root
        if root is None:
            raise XmltvRefused("the document is empty")
        _check_document(root.getroottree())
    return ParsedGuide(programmes, unreadable)


def _check_document(tree: etree._ElementTree) -> None:
    """An XMLTV document needs no entity of its own (``<!DOCTYPE tv SYSTEM "xmltv.dtd">`` is fine): one that
    declares any, internal (the billion-laughs bomb) or external (a file or URL to read), is refused. Its
    root is ``<tv>``. Nothing declared is ever expanded (``resolve_entities=False``): the refusal is for a
    clear answer, not the defence."""
    dtd = tree.docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        raise XmltvRefused("the document declares XML entities, which an XMLTV guide never needs")
    root = tree.getroot()
    if root is None or root.tag != "tv":
        tag = root.tag if root is not None else None
        raise XmltvRefused(f"not an XMLTV document: its root is {tag!r}, not tv")
