"""tus 1.0 through the API: creation, offsets, termination, expiry headers, checksums, and every refusal
(each leaving nothing changed), on both database engines."""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import httpx
import pytest
from litestar import Litestar

from tests.media.uploads.conftest import OFFSET_STREAM, TUS, create, creation, metadata, patch_headers
from vuga.media.uploads.service import Uploads
from vuga.media.uploads.staging import staging_path

UPLOADS = "/api/v1/admin/uploads"


def staged(app: Litestar, location: str) -> Path:
    uploads: Uploads = app.state.uploads
    return staging_path(uploads.staging_dir, int(location.rsplit("/", 1)[1]))


async def state_of(client: httpx.AsyncClient, headers: dict[str, str], location: str) -> dict[str, object]:
    response = await client.get(location, headers=headers)
    assert response.status_code == 200, response.text
    found: dict[str, object] = response.json()
    return found


async def test_discovery_names_the_version_extensions_and_limit(client: httpx.AsyncClient) -> None:
    response = await client.options(UPLOADS)
    assert response.status_code == 204
    assert response.headers["Tus-Version"] == "1.0.0"
    assert set(response.headers["Tus-Extension"].split(",")) >= {"creation", "termination", "expiration"}
    assert int(response.headers["Tus-Max-Size"]) > 0
    assert response.headers["Tus-Checksum-Algorithm"] == "sha256"


async def test_an_upload_is_created_appended_in_pieces_and_completed(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str]
) -> None:
    created = await client.post(UPLOADS, headers={**editor, **creation(10)})
    assert created.status_code == 201
    assert created.headers["Tus-Resumable"] == "1.0.0"
    assert "Upload-Expires" in created.headers
    location = created.headers["Location"]
    assert location.startswith(f"{UPLOADS}/")
    head = await client.head(location, headers={**editor, **TUS})
    assert (head.status_code, head.headers["Upload-Offset"], head.headers["Upload-Length"]) == (
        200,
        "0",
        "10",
    )
    assert head.headers["Upload-Metadata"] == metadata()
    assert "no-store" in head.headers["Cache-Control"]
    first = await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"01234")
    assert (first.status_code, first.headers["Upload-Offset"]) == (204, "5")
    assert (await state_of(client, editor, location))["state"] == "receiving"
    second = await client.patch(location, headers={**editor, **patch_headers(5)}, content=b"56789")
    assert (second.status_code, second.headers["Upload-Offset"]) == (204, "10")
    found = await state_of(client, editor, location)
    assert (found["state"], found["offset"], found["filename"], found["filetype"]) == (
        "complete",
        10,
        "film.mp4",
        "video/mp4",
    )
    assert staged(app, location).read_bytes() == b"0123456789"


async def test_creation_with_upload_takes_the_first_bytes(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str]
) -> None:
    response = await client.post(UPLOADS, headers={**editor, **creation(8), **OFFSET_STREAM}, content=b"abcd")
    assert (response.status_code, response.headers["Upload-Offset"]) == (201, "4")
    assert staged(app, response.headers["Location"]).read_bytes() == b"abcd"


async def test_a_matching_checksum_is_taken_and_a_wrong_one_keeps_nothing(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 8)

    def sha256(data: bytes) -> str:
        return "sha256 " + base64.b64encode(hashlib.sha256(data).digest()).decode()

    good = await client.patch(
        location,
        headers={**editor, **patch_headers(0, **{"Upload-Checksum": sha256(b"abcd")})},
        content=b"abcd",
    )
    assert (good.status_code, good.headers["Upload-Offset"]) == (204, "4")
    bad = await client.patch(
        location,
        headers={**editor, **patch_headers(4, **{"Upload-Checksum": sha256(b"other")})},
        content=b"efgh",
    )
    assert bad.status_code == 460
    assert bad.headers["content-type"] == "application/problem+json"
    assert (await state_of(client, editor, location))["offset"] == 4
    assert staged(app, location).read_bytes() == b"abcd"
    unsupported = await client.patch(
        location, headers={**editor, **patch_headers(4, **{"Upload-Checksum": "md5 AAAA"})}, content=b"efgh"
    )
    assert unsupported.status_code == 400


async def test_a_wrong_offset_is_a_conflict_naming_the_right_one(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 10)
    await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"012")
    for offset in (0, 5):
        response = await client.patch(location, headers={**editor, **patch_headers(offset)}, content=b"xyz")
        assert response.status_code == 409
        assert response.headers["Upload-Offset"] == "3"
        assert response.headers["Tus-Resumable"] == "1.0.0"
    assert staged(app, location).read_bytes() == b"012"


@pytest.mark.parametrize(
    ("method", "path_suffix"), [("POST", ""), ("HEAD", "/1"), ("PATCH", "/1"), ("DELETE", "/1")]
)
async def test_another_tus_version_is_refused_before_anything(
    client: httpx.AsyncClient, editor: dict[str, str], method: str, path_suffix: str
) -> None:
    location = await create(client, editor, 10)
    path = location if path_suffix else UPLOADS
    headers = {
        **editor,
        "Upload-Length": "10",
        "Upload-Metadata": metadata(),
        **OFFSET_STREAM,
        "Upload-Offset": "0",
    }
    for version in (None, "0.2.2"):
        sent = headers | ({"Tus-Resumable": version} if version else {})
        if method == "DELETE" and version is None:
            continue  # DELETE serves direct uploads too: there the header is optional
        response = await client.request(
            method, path, headers=sent, content=b"abc" if method == "PATCH" else None
        )
        assert response.status_code == 412, (method, version, response.text)
        assert response.headers["Tus-Version"] == "1.0.0"
    assert (await state_of(client, editor, location))["offset"] == 0


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({"Upload-Length": "ten"}, 400),
        ({"Upload-Length": "-1"}, 400),
        ({"Upload-Length": "9" * 25}, 400),
        ({"Upload-Length": "0"}, 400),
        ({"Upload-Length": None, "Upload-Defer-Length": "1"}, 400),
        ({"Upload-Length": str(2**60)}, 413),
        ({"Upload-Metadata": ""}, 400),  # no filename
        ({"Upload-Metadata": "filename !!!notbase64"}, 400),
        ({"Upload-Metadata": "filename " + base64.b64encode(b"../etc/passwd").decode()}, 400),
        ({"Upload-Metadata": "filename " + base64.b64encode(b"a\x00b").decode()}, 400),
        ({"Upload-Metadata": "filename " + base64.b64encode(b"x" * 256).decode()}, 400),
        ({"Upload-Metadata": metadata(filetype="not a type")}, 400),
        ({"Upload-Metadata": metadata() + ",x " + "A" * 5000}, 400),
        ({"Upload-Metadata": metadata() + ",filename " + base64.b64encode(b"twice").decode()}, 400),
        ({"Upload-Metadata": ",".join(f"k{i} " for i in range(25)) + "," + metadata()}, 400),
    ],
)
async def test_bad_creations_are_problems_that_create_nothing(
    client: httpx.AsyncClient,
    app: Litestar,
    editor: dict[str, str],
    headers: dict[str, str | None],
    status: int,
) -> None:
    sent = {key: value for key, value in ({**editor, **creation(10)} | headers).items() if value is not None}
    response = await client.post(UPLOADS, headers=sent)
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["status"] == status
    uploads: Uploads = app.state.uploads
    assert not uploads.staging_dir.exists() or list(uploads.staging_dir.iterdir()) == []


async def test_a_body_past_the_declared_length_is_refused_and_keeps_nothing(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 4)
    declared = await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"12345")
    assert declared.status_code == 413

    async def streamed() -> object:  # no Content-Length: counted as it arrives
        yield b"123"
        yield b"45"

    chunked = await client.patch(location, headers={**editor, **patch_headers(0)}, content=streamed())
    assert chunked.status_code == 413
    assert (await state_of(client, editor, location))["offset"] == 0
    assert staged(app, location).read_bytes() == b""


async def test_a_patch_needs_its_content_type_and_offset(
    client: httpx.AsyncClient, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 4)
    wrong_type = await client.patch(
        location,
        headers={**editor, **TUS, "Upload-Offset": "0", "Content-Type": "application/json"},
        content=b"{}",
    )
    assert wrong_type.status_code == 415
    no_offset = await client.patch(location, headers={**editor, **TUS, **OFFSET_STREAM}, content=b"ab")
    assert no_offset.status_code == 400
    assert (await state_of(client, editor, location))["offset"] == 0


async def test_a_complete_upload_takes_no_more_bytes(
    client: httpx.AsyncClient, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 2)
    await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"ab")
    again = await client.patch(location, headers={**editor, **patch_headers(2)}, content=b"c")
    assert again.status_code == 413
    head = await client.head(location, headers={**editor, **TUS})
    assert (head.headers["Upload-Offset"], "Upload-Expires" in head.headers) == ("2", False)


async def test_termination_removes_the_upload_and_its_bytes(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str]
) -> None:
    location = await create(client, editor, 4)
    await client.patch(location, headers={**editor, **patch_headers(0)}, content=b"ab")
    path = staged(app, location)
    assert path.exists()
    response = await client.delete(location, headers={**editor, **TUS})
    assert (response.status_code, response.headers["Tus-Resumable"]) == (204, "1.0.0")
    assert not path.exists()
    assert (await client.head(location, headers={**editor, **TUS})).status_code == 404
    assert (await client.delete(location, headers={**editor, **TUS})).status_code == 404


async def test_editors_have_a_quota_and_admins_do_not(
    client: httpx.AsyncClient, app: Litestar, editor: dict[str, str], admin_headers: dict[str, str]
) -> None:
    app.state.uploads.rules.settings.__dict__["editor_quota_bytes"] = 100  # this app's own settings object
    first = await create(client, editor, 60)
    refused = await client.post(UPLOADS, headers={**editor, **creation(41)})
    assert refused.status_code == 413
    assert "quota" in refused.json()["detail"]
    await create(client, editor, 40)  # exactly the quota
    await create(client, admin_headers, 1000)
    await client.delete(first, headers={**editor, **TUS})
    await create(client, editor, 60)  # deleting gave the room back


async def test_only_editors_and_admins_upload_and_only_their_own(
    client: httpx.AsyncClient, editor: dict[str, str], other_editor: dict[str, str], member: object
) -> None:
    location = await create(client, editor, 4)
    assert (await client.post(UPLOADS, headers=creation(4))).status_code == 401
    viewer = {"Authorization": f"Bearer {member.access_token}"}  # type: ignore[attr-defined]
    assert (await client.post(UPLOADS, headers={**viewer, **creation(4)})).status_code == 403
    assert (await client.head(location, headers={**viewer, **TUS})).status_code == 403
    for method, extra, content in (
        ("HEAD", TUS, None),
        ("PATCH", patch_headers(0), b"ab"),
        ("DELETE", TUS, None),
        ("GET", {}, None),
    ):
        response = await client.request(method, location, headers={**other_editor, **extra}, content=content)
        assert response.status_code == 404, (method, response.text)
    assert (await state_of(client, editor, location))["offset"] == 0
    missing = await client.head(f"{UPLOADS}/999999", headers={**editor, **TUS})
    assert missing.status_code == 404
