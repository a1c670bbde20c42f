"""What artwork variants cost, side by side in one run:

1. the demo's artwork (issue 22, item 5): drawing each title's images and saving one JPEG each (what
   `vuga demo-data` did before variants) against drawing them and making the variants and blurhash (what
   it does now), for the demo's first titles, on one thread and on two (as the loader runs it);
2. an editor's upload: a 3000x2000 JPEG to every variant, and where the time goes;
3. the hot path on a cache miss: turning 100 title rows into summaries and encoding them to JSON, with
   the rows' artwork as plain URLs against the same rows with variants and blurhashes.

    .venv/bin/python bench/artwork.py            # --titles 60 --repeat 3

Best of ``--repeat`` runs each, in ms.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import brotli
import msgspec
from PIL import Image

from vuga.catalog.demo.artwork import DemoCard, _card, render_artwork
from vuga.catalog.demo.rows import TitlePlan, plan_titles
from vuga.catalog.demo.world import GENRES, LANGUAGES
from vuga.catalog.service.presenters import title_summaries
from vuga.core.cache.entries import BROTLI_QUALITY
from vuga.core.images.processing import decode_image, process_upload
from vuga.core.media import MediaUrls


def best_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return min(times)


def drawn_and_saved(plan: TitlePlan) -> int:
    """The demo before variants: each image drawn and saved once as a JPEG."""
    sizes = [(400, 600), (640, 360)] + ([(1280, 720)] if plan.row.is_featured else [])
    label = dict(GENRES)[plan.genres[0]].upper()
    for size in sizes:
        _card(size, plan.hue, plan.row.title, label).save(io.BytesIO(), "JPEG", quality=80)
    return len(sizes)


def on_threads(work: Callable[[TitlePlan], object], plans: list[TitlePlan], threads: int) -> None:
    with ThreadPoolExecutor(threads) as pool:
        list(pool.map(work, plans))


def demo(plans: list[TitlePlan], repeat: int) -> None:
    images = sum(2 + bool(plan.row.is_featured) for plan in plans)
    print(f"demo artwork: {len(plans)} titles, {images} images")
    print("| work | 1 thread | 2 threads |\n| --- | --- | --- |")
    for name, work in [
        ("draw + one JPEG (before)", drawn_and_saved),
        ("draw + variants + blurhash", lambda plan: render_artwork(DemoCard.of(plan))),
    ]:
        one = best_ms(lambda work=work: [work(plan) for plan in plans], repeat)
        two = best_ms(lambda work=work: on_threads(work, plans, 2), repeat)
        print(f"| {name} | {one:,.0f} ms | {two:,.0f} ms |")


def upload(repeat: int) -> None:
    buffer = io.BytesIO()
    Image.linear_gradient("L").resize((3000, 2000)).convert("RGB").save(buffer, "JPEG", quality=90)
    data = buffer.getvalue()
    decode = best_ms(lambda: decode_image(data), repeat)
    whole = best_ms(lambda: process_upload(data), repeat)
    print(
        f"\nupload: a 3000x2000 JPEG ({len(data) // 1024} KiB): decode {decode:.0f} ms, all variants {whole:.0f} ms"
    )


def summaries(plans: list[TitlePlan], repeat: int) -> None:
    media = MediaUrls("https://cdn.example.com/media")
    stored = {
        plan.row.id: render_artwork(DemoCard.of(plan)) for plan in plans[:1]
    }  # one real set, reused for all rows
    from vuga.core.images import StoredImage, StoredVariant

    processed = next(iter(stored.values()))
    digest = next(iter(processed.values())).digest  # one key prefix for the set, replaced per row below
    as_stored = {
        kind.value: msgspec.to_builtins(
            StoredImage(
                width=image.width,
                height=image.height,
                blurhash=image.blurhash,
                variants=[
                    StoredVariant(
                        v.width, v.height, v.content_type, f"images/{digest}/{v.width}w.{v.extension}"
                    )
                    for v in image.variants
                ],
            )
        )
        for kind, image in processed.items()
    }
    rows = []
    for number in range(100):
        row = {
            "id": number + 1,
            "title": f"Title {number}",
            "kind": "movie",
            "release_year": 2020,
            "maturity_age": 13,
            "duration_s": 5400,
            "rating_avg": 7.5,
            "rating_count": 10,
            # Plain URLs of the same shape as the variants' (their own digests), as an import leaves them.
            "poster_url": f"images/{hashlib.sha256(bytes([number])).hexdigest()[:32]}/400w.jpg",
            "poster_wide_url": f"images/{hashlib.sha256(bytes([number, 1])).hexdigest()[:32]}/640w.jpg",
            "backdrop_url": None,
            "logo_url": None,
            "artwork_images": None,
        }
        rows.append(row)
    # Each title's images have their own digests (as real ones do), so that compression finds no repeats
    # across titles that real pages would not have.
    digest = next(iter(processed.values())).digest
    with_variants = [
        row
        | {
            "artwork_images": msgspec.json.decode(
                msgspec.json.encode(as_stored).replace(
                    digest.encode(), hashlib.sha256(bytes([n])).hexdigest()[:32].encode()
                )
            )
        }
        for n, row in enumerate(rows)
    ]
    print("\n100 title summaries from rows, to JSON (a cache miss of a list page)")
    print("| rows | build | encode | JSON bytes | brotli bytes |\n| --- | --- | --- | --- | --- |")
    for name, page in [("plain URLs", rows), ("with variants + blurhash", with_variants)]:
        built = title_summaries(page, {}, media)
        build = best_ms(lambda page=page: title_summaries(page, {}, media), repeat * 10)
        encode = best_ms(lambda built=built: msgspec.json.encode(built), repeat * 10)
        body = msgspec.json.encode(built)
        packed = len(brotli.compress(body, quality=BROTLI_QUALITY))  # as the response cache stores it
        print(f"| {name} | {build:.2f} ms | {encode:.2f} ms | {len(body):,} | {packed:,} |")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--titles", type=int, default=60)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    language_ids = list(range(1, len(LANGUAGES) + 1))
    plans = plan_titles(random.Random(42), language_ids)[: args.titles]
    for number, plan in enumerate(plans, 1):
        plan.row.id = number
    demo(plans, args.repeat)
    upload(args.repeat)
    summaries(plans, args.repeat)


if __name__ == "__main__":
    main()
