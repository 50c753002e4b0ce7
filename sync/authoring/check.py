"""Check stage: every link, picture and file a lesson uses (see docs/authoring.md)."""

from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path
from urllib.parse import quote, unquote

from sync.authoring.links import _HTML_RESOURCE, _REF_IMAGE, _SCHEME, _Link, _scan_links, _splice, _split_fragment
from sync.authoring.model import _FILE_TYPES, MAX_ASSET_BYTES, Asset


class _BodyChecks:
    """Mixin of the loader: checks of lesson bodies and the files they cite."""

    def check_body(self, rel: str, body: str, body_first_line: int) -> tuple[str, list[str]]:
        """Validate every link of a lesson; return the body with local links made course-relative."""
        links, masked = _scan_links(body)

        def line_at(offset: int) -> int:
            return body_first_line + body.count("\n", 0, offset)

        if m := _HTML_RESOURCE.search(masked):
            raise self.error(rel, line_at(m.start()), f"HTML <{m.group(1).lower()}> tags are not allowed; "
                                                      "use Markdown: ![description](images/picture.png)")
        for m in _REF_IMAGE.finditer(masked):
            if not m.group("text").strip() and m.group("label") is not None:
                raise self.error(rel, line_at(m.start()), _NO_ALT)
        base = posixpath.dirname(rel)
        resolved: dict[int, str] = {}
        used: list[str] = []
        for link in links:
            path = self.check_link(rel, line_at(link.start), link, base)
            if path is not None:
                resolved[link.start] = quote(path, safe="/") + _split_fragment(link.target)[1]
                if path not in used:
                    used.append(path)
        return _splice(body, links, lambda link: resolved.get(link.start)), used

    def check_link(self, rel: str, line: int, link: _Link, base: str) -> str | None:
        """Return the course-relative path of a local file link, None for web links and anchors."""
        target = link.target.strip()
        kind = "image" if link.is_image else "link"
        if link.is_image and not link.alt:
            raise self.error(rel, line, _NO_ALT)
        if not target:
            raise self.error(rel, line, f"{kind} has an empty target ()")
        if target.startswith("#"):
            return None
        scheme = _SCHEME.match(target)
        if target.startswith("//") or (scheme and scheme.group(1).lower() in ("http", "https")):
            if link.is_image:
                raise self.error(rel, line, f"remote image {target} is not allowed: TutorClient never loads "
                                            "pictures from the internet. Save the picture in the course "
                                            "folder (for example images/) and link to that file")
            return None
        if scheme and scheme.group(1).lower() in ("mailto", "tel") and not link.is_image:
            return None
        if scheme and len(scheme.group(1)) > 1:
            raise self.error(rel, line, f"{kind} {target}: links starting with '{scheme.group(1)}:' are not "
                                        "allowed; use a web address (https://...) or a file in the course")
        path, _ = _split_fragment(target)
        if "?" in path:
            raise self.error(rel, line, f"{kind} {target}: remove the '?...' part from the file name")
        path = unquote(path)
        if "\\" in path or (scheme and len(scheme.group(1)) == 1):
            raise self.error(rel, line, f"{kind} {target}: use / between folder names and a path relative "
                                        "to the lesson, like images/airway.png")
        if path.startswith("/"):
            raise self.error(rel, line, f"{kind} {target} is an absolute path; link to files relative "
                                        "to the lesson, like images/airway.png")
        parts = [p for p in path.split("/") if p not in ("", ".")]
        if ".." in parts:
            raise self.error(rel, line, f"{kind} {target} uses '..': files must be beside the lesson "
                                        "or in a folder below it (path outside the lesson's folder)")
        course_path = posixpath.join(base, *parts) if parts else base
        ext = posixpath.splitext(course_path)[1].lower()
        if ext == ".md":
            raise self.error(rel, line, f"{kind} {target}: links between lessons are not supported yet")
        if ext not in _FILE_TYPES:
            allowed = ", ".join(sorted(_FILE_TYPES))
            raise self.error(rel, line, f"{kind} {target}: file type '{ext or 'none'}' is not allowed "
                                        f"(allowed: {allowed})")
        mime, role, magic = _FILE_TYPES[ext]
        if link.is_image and role != "image":
            raise self.error(rel, line, f"{target} is not a picture; use a normal link [text]({target})")
        abs_path = self.folder.locate(course_path, cited_in=rel, line=line, what=f"{kind} target")
        if not abs_path.is_file():
            raise self.error(rel, line, f"{kind} {target} is not a file")
        if course_path not in self.assets:
            self.assets[course_path] = self.hash_asset(course_path, abs_path, mime, role, magic, rel, line)
        return course_path

    def hash_asset(self, course_path: str, abs_path: Path, mime: str, role: str,
                   magic: tuple[bytes, ...] | None, rel: str, line: int) -> Asset:
        size = abs_path.stat().st_size
        if size > MAX_ASSET_BYTES:
            raise self.error(rel, line, f"{course_path} is {size / 1e6:.0f} MB; files may be at most "
                                        f"{MAX_ASSET_BYTES / 1e6:.0f} MB (trainees download them over slow links)")
        digest = hashlib.sha256()
        with abs_path.open("rb") as fh:
            head = fh.read(16)
            digest.update(head)
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
        bad_magic = magic is not None and not head.startswith(magic)
        if mime == "image/webp":
            bad_magic = not (head[:4] == b"RIFF" and head[8:12] == b"WEBP")
        if bad_magic:
            raise self.error(rel, line, f"{course_path} is not a real {mime.split('/')[1].upper()} file "
                                        "(it may be damaged or renamed)")
        return Asset(path=course_path, sha256=digest.hexdigest(), size=size, mime=mime, role=role,
                     abs_path=abs_path)

_NO_ALT = ("image needs a short description between the [ ], like ![Airway manoeuvre](images/airway.png); "
           "it is read aloud by screen readers and shown until the picture has downloaded")

