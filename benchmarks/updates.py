"""Course updates against the bytes that cannot be avoided (issue 17, course part).

    python benchmarks/updates.py [--small] [--no-tar] [--bundle dist/TutorClient] [--no-app]

Prints JSON with both halves of issue 17: ``course_update`` (below) and
``app_update`` (benchmarks/app_update.py: patch size, bytes and time on 2g,
time to apply; on a built bundle with ``--bundle``, else on a small fake one).

Builds a made-up course like the issue's (deterministic: the same bytes on
every run): 400 Markdown lessons, 120 JPEG pictures (Pillow) and 12 PDFs
written by hand (40 pages each: a Flate text stream and a JPEG picture per
page), ~49 MB. It is imported on a real server on loopback, and a client
syncs it through the network simulator. Then 2% of it is edited: 40 lessons
(a sentence changed), 3 pictures replaced, 2 PDFs with one page rewritten;
it is re-imported and the client syncs again. A second client synced to the
same first version fetches the update with no delta bases (as before issue 17:
changed files whole), for the "before" figure.

**Unavoidable bytes** (the issue's definition): zstd -19 of the new and
changed content: the 40 edited lessons as written, the 3 new pictures, and
of each edited PDF the objects whose bytes are new (the rewritten page, and
the cross-reference table and trailer that follow). ``paragraphs_only`` is a
stricter figure for the lessons: only the changed sentences.

``--small`` is the CI size (tests/e2e/test_updates_bench.py): 20 lessons,
4 pictures, 1 PDF of 4 pages; 2 lessons, 1 picture and the PDF edited. ``--no-tar`` skips the .tar.xz baseline
(xz of 49 MB takes ~30 s here).
"""

from __future__ import annotations

import argparse
import io
import json
import lzma
import random
import re
import sys
import tarfile
import tempfile
import time
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import keyring  # noqa: E402
import keyring.backends.fail  # noqa: E402
import zstandard  # noqa: E402
from PIL import Image, ImageDraw  # noqa: E402

from benchmarks._vocab import FILLER, WORDS  # noqa: E402
from sync.engine import Options  # noqa: E402
from sync.netsim import NetSim  # noqa: E402
from sync.server.admin import Admin  # noqa: E402
from sync.server.settings import Settings  # noqa: E402
from sync.server.testing import run_server  # noqa: E402
from tutorclient.session import Profile  # noqa: E402

PASSWORD = "updates-pass"


@dataclass(frozen=True)
class Size:
    modules: int
    lessons_per_module: int
    images: int
    pdfs: int
    pdf_pages: int
    edited_lessons: int
    replaced_images: tuple[int, ...]
    edited_pdfs: tuple[int, ...]


FULL = Size(10, 40, 120, 12, 40, 40, (5, 45, 85), (2, 7))
SMALL = Size(1, 20, 4, 1, 4, 2, (1,), (0,))


# -- the course -------------------------------------------------------------------------


def _sentence(rng: random.Random, n: int) -> str:
    words = [rng.choice(WORDS) if rng.random() < 0.6 else rng.choice(FILLER) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def _lesson(m: int, k: int, size: Size, edited: bool) -> tuple[str, str]:
    """A lesson's Markdown and, when edited, the sentence that changed."""
    rng = random.Random(f"lesson-{m}-{k}")
    paras = ["\n".join(_sentence(rng, rng.randint(8, 18)) for _ in range(rng.randint(3, 6)))
             for _ in range(rng.randint(4, 7))]
    change = ""
    if edited:
        change = (f"Corrected in this edition: give {rng.randint(5, 20)} mg/kg, "
                  f"at most {rng.randint(2, 6)} doses in 24 hours, and review at "
                  f"{rng.randint(1, 12)} hours.")
        paras[1] = paras[1] + "\n" + change
    index = m * size.lessons_per_module + k
    links = []
    every = _every(size, size.images)
    if index % every == 0 and index // every < size.images:
        img = index // every
        links.append(f"![Figure {img}: a diagram for this lesson](images/fig{img:03d}.jpg)")
    pdf_every = _every(size, size.pdfs)
    if index % pdf_every == pdf_every // 2:
        links.append(f"[Handout {index // pdf_every} (PDF)](handout-{index // pdf_every:02d}.pdf)")
    body = f"+++\ntitle = \"Lesson {m + 1}.{k + 1}\"\nminutes = 10\n+++\n\n# Lesson {m + 1}.{k + 1}\n\n"
    body += "\n\n".join(paras[:2] + links + paras[2:]) + "\n"
    return body, change


def _picture(seed: str, width: int, height: int, quality: int) -> bytes:
    """A diagram-like photo: a gradient, shapes, labels and sensor noise; JPEG."""
    rng = random.Random(seed)
    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    tint = Image.new("RGB", (width, height), tuple(rng.randint(60, 200) for _ in range(3)))
    img = Image.blend(base, tint, 0.5)
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(8, 16)):
        x, y = rng.randint(0, width - 40), rng.randint(0, height - 40)
        w, h = rng.randint(20, width // 3), rng.randint(20, height // 3)
        draw.ellipse((x, y, x + w, y + h), outline=tuple(rng.randint(0, 255) for _ in range(3)),
                     width=rng.randint(2, 6), fill=tuple(rng.randint(0, 255) for _ in range(3)))
        draw.text((x + 4, y + 4), rng.choice(WORDS), fill=(0, 0, 0))
    noise = Image.frombytes("L", (width, height), rng.randbytes(width * height)).convert("RGB")
    img = Image.blend(img, noise, 0.12)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _pdf(n: int, pages: int, edited: bool) -> bytes:
    """A PDF 1.4 written by hand: per page a Flate text stream and a JPEG picture."""
    objects: list[bytes] = []  # object k+1

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    page_ids = []
    kids: list[int] = []
    for p in range(pages):
        prng = random.Random(f"pdf-{n}-page-{p}")
        lines = [_sentence(prng, prng.randint(8, 14)) for _ in range(40)]
        if edited and p == 3:
            lines[5:9] = ["Corrected dose table: see the new guidance of this edition."] * 4
        text = "BT /F1 10 Tf 50 780 Td 12 TL " + " ".join(
            f"({line}) '" for line in lines) + " ET\nq 300 0 0 225 150 60 cm /Im0 Do Q"
        stream = zlib.compress(text.encode(), 9)
        contents = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream"
                       % (len(stream), stream))
        jpeg = _picture(f"pdf-{n}-img-{p}", 560, 420, 80)
        image = add(b"<< /Type /XObject /Subtype /Image /Width 560 /Height 420 "
                    b"/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode "
                    b"/Length %d >>\nstream\n%s\nendstream" % (len(jpeg), jpeg))
        kids.append(add(b"PAGE %d %d" % (contents, image)))  # filled in below
        page_ids.append((contents, image))
    pages_id = add(b"")
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    for kid, (contents, image) in zip(kids, page_ids):
        objects[kid - 1] = (b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                            b"/Contents %d 0 R /Resources << /Font << /F1 %d 0 R >> "
                            b"/XObject << /Im0 %d 0 R >> >> >>"
                            % (pages_id, contents, font, image))
    objects[pages_id - 1] = (b"<< /Type /Pages /Kids [%s] /Count %d >>"
                             % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for k, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (k, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, catalog, xref))
    return out.getvalue()


def write_course(root: Path, size: Size, edited: bool) -> dict[str, Any]:
    """The course folder; returns what changed (lesson bodies, sentences, files) when edited."""
    root.mkdir(parents=True, exist_ok=True)
    modules = "\n".join(f'[[module]]\nfolder = "m{m:02d}"\ntitle = "Module {m + 1}"\n'
                        for m in range(size.modules))
    (root / "course.toml").write_text(
        'slug = "updates-bench"\ntitle = "Maternal and child health (benchmark)"\n'
        'summary = "Made-up course for benchmarks/updates.py."\nlanguage = "en"\n'
        f'partnerships = ["clinic"]\nposition = 1\n\n{modules}')
    edited_every = size.modules * size.lessons_per_module // max(1, size.edited_lessons)
    changed: dict[str, Any] = {"lessons": [], "sentences": [], "files": []}
    for m in range(size.modules):
        folder = root / f"m{m:02d}"
        (folder / "images").mkdir(parents=True, exist_ok=True)
        for k in range(size.lessons_per_module):
            index = m * size.lessons_per_module + k
            edit = edited and index % edited_every == 0
            body, sentence = _lesson(m, k, size, edit)
            (folder / f"{k + 1:02d}-lesson-{index + 1}.md").write_text(body)
            if edit:
                changed["lessons"].append(body)
                changed["sentences"].append(sentence)
    for i in range(size.images):
        replaced = edited and i in size.replaced_images
        data = _picture(f"img-{i}-{'v2' if replaced else 'v1'}", 1024, 768, 85)
        path = _asset_folder(root, size, i) / "images" / f"fig{i:03d}.jpg"
        path.write_bytes(data)
        if replaced:
            changed["files"].append(("image", path.name, data, None))
    for n in range(size.pdfs):
        new = _pdf(n, size.pdf_pages, edited and n in size.edited_pdfs)
        path = _pdf_folder(root, size, n) / f"handout-{n:02d}.pdf"
        if edited and n in size.edited_pdfs:
            changed["files"].append(("pdf", path.name, new, _pdf(n, size.pdf_pages, False)))
        path.write_bytes(new)
    return changed


def _every(size: Size, files: int) -> int:
    """One lesson in this many links a file of a kind with ``files`` files."""
    return max(1, size.modules * size.lessons_per_module // files)


def _lesson_module(size: Size, index: int) -> int:
    return index // size.lessons_per_module


def _asset_folder(root: Path, size: Size, img: int) -> Path:
    return root / f"m{_lesson_module(size, img * _every(size, size.images)):02d}"


def _pdf_folder(root: Path, size: Size, n: int) -> Path:
    every = _every(size, size.pdfs)
    return root / f"m{_lesson_module(size, n * every + every // 2):02d}"


# -- the unavoidable bytes -------------------------------------------------------------


_OBJ = re.compile(rb"\d+ 0 obj\n.*?\nendobj\n", re.S)


def _new_objects(new: bytes, old: bytes) -> bytes:
    """The bytes of ``new`` that ``old`` does not have: changed objects, then xref and trailer."""
    before = set(_OBJ.findall(old))
    fresh = [obj for obj in _OBJ.findall(new) if obj not in before]
    return b"".join(fresh) + new[new.rindex(b"xref\n"):]


def unavoidable(changed: dict[str, Any]) -> dict[str, int]:
    z = zstandard.ZstdCompressor(level=19)
    lessons = len(z.compress("\n".join(changed["lessons"]).encode()))
    sentences = len(z.compress("\n".join(changed["sentences"]).encode()))
    files = 0
    for role, _name, new, old in changed["files"]:
        files += len(z.compress(new if old is None else _new_objects(new, old)))
    return {"lessons": lessons, "files": files, "total": lessons + files,
            "paragraphs_only_total": sentences + files}


# -- the run ------------------------------------------------------------------------------


def _tar_xz(root: Path) -> int:
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w:xz", preset=6) as tar:
        tar.add(root, arcname=root.name)
    return len(out.getvalue())


def _folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


def _sync(client: Profile, sim: NetSim, options: Options | None = None) -> tuple[int, Any]:
    sim.reset_counters()
    summary = client.sync(options)
    c = sim.reset_counters()
    return c.bytes_up + c.bytes_down, summary


def run(size: Size, tar: bool = True) -> dict[str, Any]:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with tempfile.TemporaryDirectory(prefix="tc-updates-") as name:
        tmp = Path(name)
        course = tmp / "course"
        started = time.monotonic()
        write_course(course, size, edited=False)
        build_s = time.monotonic() - started
        settings = Settings(data_dir=tmp / "server", argon2_profile="test")
        settings.ensure_dirs()
        admin = Admin(settings)
        admin.init()
        admin.ensure_partnership("clinic", "Clinic")
        admin.create_user("a", PASSWORD, "trainee", ["clinic"])
        admin.import_course(course)
        first_bytes = _folder_bytes(course)
        with run_server(settings.data_dir, settings=settings) as url:
            host, port = url.removeprefix("http://").split(":")
            with NetSim((host, int(port)), profile="none", seed=1) as sim:
                clients = [Profile(tmp / f"profile-{n}", token_file=True) for n in range(2)]
                try:
                    for c in clients:
                        c.login(sim.url, "a", PASSWORD)
                    first_wire, _ = _sync(clients[0], sim)
                    _sync(clients[1], sim)

                    changed = write_course(course, size, edited=True)
                    report = admin.import_course(course)
                    text_wire, text_summary = _sync(clients[0], sim, Options(text_only=True))
                    files_wire, summary = _sync(clients[0], sim)
                    before_text, _ = _sync(clients[1], sim, Options(text_only=True))
                    with clients[1].store.write() as db:  # as before deltas: no bases
                        db.execute("UPDATE blobs SET base_sha256 = NULL")
                    before_files, before = _sync(clients[1], sim)
                    before_wire = before_text + before_files

                    # A text-only edit: one corrected dose in one lesson.
                    lesson = course / "m00" / "02-lesson-2.md"
                    lesson.write_text(lesson.read_text().replace(
                        "\n\n", "\n\nCorrected: 10 mg/kg, not 100 mg/kg.\n\n", 1))
                    admin.import_course(course)
                    one_wire, _ = _sync(clients[0], sim)
                finally:
                    for c in clients:
                        c.close()
        admin.close()
        minimum = unavoidable(changed)
        update_wire = text_wire + files_wire
        out: dict[str, Any] = {
            "course": {"lessons": size.modules * size.lessons_per_module,
                       "images": size.images, "pdfs": size.pdfs, "bytes": first_bytes,
                       "build_seconds": round(build_s, 1)},
            "edit": {"lessons": len(changed["lessons"]), "images": len(size.replaced_images),
                     "pdfs": len(size.edited_pdfs), "records_updated": report.updated},
            "first_sync_wire": first_wire,
            "unavoidable": minimum,
            "update": {"wire": update_wire, "records_pass": text_wire, "files_pass": files_wire,
                       "files": summary.blobs_down, "as_deltas": summary.blobs_delta,
                       "ratio": round(update_wire / minimum["total"], 4),
                       "ratio_paragraphs_only": round(update_wire / minimum["paragraphs_only_total"],
                                                      4),
                       "target_ratio": 1.05},
            "before_deltas": {"wire": before_wire, "files": before.blobs_down,
                              "ratio": round(before_wire / minimum["total"], 4)},
            "text_only_edit": {"wire": one_wire, "target": 20_000},
        }
        assert text_summary.pulled >= len(changed["lessons"])
        if tar:
            out["tar_xz_of_new_course"] = _tar_xz(course)
        return out


def app_part(bundle: Path | None) -> dict:
    """The app update (benchmarks/app_update.py): a built bundle with one module changed,
    or without one a small fake bundle: patch size, bytes and time on 2g, time to apply."""
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import app_update

    with tempfile.TemporaryDirectory() as tmp:
        if bundle is not None:
            old, new = bundle, app_update.code_change(bundle, Path(tmp))
        else:
            old, new = app_update.fake_pair(Path(tmp))
        result = app_update.run(old.resolve(), new.resolve(), profile="2g")
    result["bundles"] = "given, N+1 = one module changed" if bundle is not None else "fake"
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="the CI size")
    parser.add_argument("--no-tar", action="store_true", help="skip the .tar.xz baseline")
    parser.add_argument("--bundle", type=Path, default=None,
                        help="a built TutorClient bundle for the app part (default: a fake one)")
    parser.add_argument("--no-app", action="store_true", help="the course part only")
    args = parser.parse_args(argv)
    out = {"course_update": run(SMALL if args.small else FULL, tar=not args.no_tar)}
    if not args.no_app:
        out["app_update"] = app_part(args.bundle)
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
