"""Check stage: every link, picture and file a lesson uses (see docs/authoring.md)."""

from __future__ import annotations

import hashlib
import posixpath
from pathlib import Path
from urllib.parse import quote, unquote

from sync.authoring.links import _HTML_RESOURCE, _REF_IMAGE, _SCHEME, _Link, _scan_links, _splice, _split_fragment
from sync.authoring.model import _FILE_TYPES, MAX_ASSET_BYTES, Asset
from sync.content import render_lesson
from sync.errors import CourseFormatError


class _BodyChecks:
    """Mixin of the loader: checks of lesson bodies and the files they cite."""

    def check_body(self, rel: str, body: str, body_first_line: int) -> tuple[str, list[str]]:
        """Validate every link of a lesson; return the body with local links made course-relative."""
        links, masked = _scan_links(body)

        def line_at(offset: int) -> int:
            return body_first_line + body.count("\n", 0, offset)

        for m in _HTML_RESOURCE.finditer(masked):
            self.record(self.error(rel, line_at(m.start()), f"HTML <{m.group(1).lower()}> tags are not allowed; "
                                                            "use Markdown: ![description](images/picture.png)"))
        for m in _REF_IMAGE.finditer(masked):
            if not m.group("text").strip() and m.group("label") is not None:
                self.record(self.error(rel, line_at(m.start()), _NO_ALT))
        # What the pipeline cannot show as written (unknown HTML tags, maths commands,
        # callout types): warnings, the course still imports. Wiki targets are checked below.
        for line, message in render_lesson(body, resolve=lambda target, embed: "blob:").problems:
            self.warn(rel, body_first_line + line, message)
        base = posixpath.dirname(rel)
        resolved: dict[int, str] = {}
        used: list[str] = []
        for link in links:
            try:
                path = self.check_link(rel, line_at(link.start), link, base)
            except CourseFormatError as exc:  # report every bad link, not just the first
                self.record(exc)
                continue
            if path is not None:
                resolved[link.start] = quote(path, safe="/") + _split_fragment(link.target)[1]
                if link.wiki and link.is_image:  # the name stays as description once the target is blob:
                    resolved[link.start] += "|" + posixpath.basename(link.target).replace("|", " ")
                if path not in used:
                    used.append(path)
        return _splice(body, links, lambda link: resolved.get(link.start)), used

    def check_link(self, rel: str, line: int, link: _Link, base: str) -> str | None:
        """Return the course-relative path of a local file link, None for web links and anchors."""
        target = link.target.strip()
        kind = "image" if link.is_image else "link"
        if link.wiki:
            return self.check_wiki(rel, line, link, base)
        if link.is_image and not link.alt:
            raise self.error(rel, line, _NO_ALT)
        if not target:
            raise self.error(rel, line, f"{kind} has an empty target ()")
        if target.startswith("#"):
            return None
        scheme = _SCHEME.match(target)
        if target.startswith("//") or (scheme and scheme.group(1).lower() in ("http", "https")):
            if link.is_image:
                self.warn(rel, line, f"remote image {target} will not be shown: TutorClient never loads "
                                     "pictures from the internet, trainees see only its description. Save the "
                                     "picture in the course folder (for example images/) and link to that file")
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
        # ".." is fine while it stays inside the course (shared images/ beside the modules).
        course_path = posixpath.normpath(posixpath.join(base, path)) if path.strip("/.") else base
        if course_path == ".." or course_path.startswith("../"):
            raise self.error(rel, line, f"{kind} {target} leaves the course folder: files must be inside "
                                        "the course folder (shared pictures can go in a folder such as images/ "
                                        "at the top of the course, linked as ../images/picture.png)")
        return self.check_file(rel, line, link, target, course_path)

    def check_file(self, rel: str, line: int, link: _Link, target: str, course_path: str) -> str:
        kind = "image" if link.is_image else "link"
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

    def check_wiki(self, rel: str, line: int, link: _Link, base: str) -> str | None:
        """Obsidian ``![[name]]``/``[[name]]``: find the file like Obsidian does, else warn."""
        target = link.target
        found = self.find_in_course(target, base)
        if found is None:
            what = "picture" if link.is_image else "link"
            shown = "a 'missing picture' note" if link.is_image else "plain text"
            self.warn(rel, line, f"{what} [[{target}]] does not match any file in the course; it shows as "
                                 f"{shown}. Check the spelling, or add the file to the course folder")
            return None
        if found.endswith(".md"):
            self.wiki_lessons.append((rel, found))  # becomes lesson:<id> once every lesson is known
            return None
        return self.check_file(rel, line, link, target, found)

    def find_in_course(self, target: str, base: str) -> str | None:
        """Course path of a wiki target: relative to the lesson, to the course, or by file name."""
        candidates = [target, target + ".md"]
        for name in candidates:
            for path in (posixpath.normpath(posixpath.join(base, name)), posixpath.normpath(name)):
                if not path.startswith("../") and (self.folder.root / path).is_file():
                    return path
        if self._by_name is None:
            self._by_name = {}
            for file in sorted(self.folder.root.rglob("*")):
                if file.is_file() and not any(p.startswith(".") for p in file.relative_to(self.folder.root).parts):
                    self._by_name.setdefault(file.name.lower(), file.relative_to(self.folder.root).as_posix())
        for name in candidates:
            hit = self._by_name.get(posixpath.basename(name).lower())
            if hit:
                return hit
        return None

_NO_ALT = ("image needs a short description between the [ ], like ![Airway manoeuvre](images/airway.png); "
           "it is read aloud by screen readers and shown until the picture has downloaded")

