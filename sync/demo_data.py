"""The demo's people and clinical cases: ``resources/demo/users.toml`` and ``cases.toml``.

Parsed with the same line-numbered TOML reading as courses (``sync.authoring``),
so a mistake in the demo files names its file and line too. The server seeds
its demo from these (``tutorclient-server seed-demo``).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sync.authoring import DEMO_ROOT, _Doc, _Folder, _Table, stable_id

__all__ = [
    "DemoCase",
    "DemoCases",
    "DemoPartnership",
    "DemoPost",
    "DemoReview",
    "DemoThread",
    "DemoUser",
    "load_demo_cases",
    "load_demo_partnerships",
    "load_demo_users",
]


_ROLES = ("trainee", "tutor", "coordinator", "admin")
_CASE_STATUSES = ("draft", "submitted", "in_review", "reviewed", "revision_requested")
_DECISIONS = ("reviewed", "revision_requested")


@dataclass
class DemoPartnership:
    """A partnership (``slug`` like ``somaliland``) from users.toml; ``id`` is stable."""

    slug: str
    name: str
    region: str

    @property
    def id(self) -> str:
        return stable_id("demo-partnership", self.slug)


@dataclass
class DemoUser:
    """A demo account from users.toml. ``password`` is plain text: demo data only."""

    username: str
    display_name: str
    role: str  # trainee | tutor | coordinator | admin
    partnerships: list[str]
    specialisms: list[str]
    password: str

    @property
    def id(self) -> str:
        return stable_id("demo-user", self.username)


@dataclass
class DemoPost:
    """One post of a discussion thread (``author`` is a username; Markdown body)."""

    author: str
    body: str


@dataclass
class DemoThread:
    """A discussion thread; exactly one of ``case_key`` / ``course_slug`` is set."""

    key: str
    title: str
    created_by: str
    partnership: str
    posts: list[DemoPost]
    case_key: str | None = None
    course_slug: str | None = None

    @property
    def id(self) -> str:
        return stable_id("demo-thread", self.key)


@dataclass
class DemoReview:
    """A tutor's review of a case (only on cases with status reviewed/revision_requested)."""

    tutor: str
    strengths: str
    concerns: str
    next_steps: str
    rubric_score: int
    decision: str


@dataclass
class DemoCase:
    """A synthetic case from cases.toml with its discussion thread and optional review."""

    key: str
    partnership: str
    specialism: str
    author: str
    status: str
    title: str
    presenting_complaint: str
    history: str
    examination: str
    investigations: str
    question: str
    thread: DemoThread
    claimed_by: str | None = None
    review: DemoReview | None = None

    @property
    def id(self) -> str:
        return stable_id("demo-case", self.key)


@dataclass
class DemoCases:
    """Everything in cases.toml: cases (each with its thread) and course discussion threads."""

    cases: list[DemoCase]
    course_threads: list[DemoThread]


def _demo_doc(path: str | os.PathLike[str] | None, default: str) -> _Doc:
    file = Path(path) if path is not None else DEMO_ROOT / default
    folder = _Folder(file.parent)
    return _Doc(folder, file.name, folder.read_text(file.name))


def _choice(table: _Table, key: str, choices: tuple[str, ...]) -> str:
    value = table.text(key, required=True)
    if value not in choices:
        raise table.fail(key, f"{key} must be one of {', '.join(choices)}, not '{value}'")
    return value


def _posts(doc: _Doc, table: _Table, what: str) -> list[DemoPost]:
    posts = []
    for entry in table.tables("post"):
        post = _Table(doc, entry, {"author", "body"}, table.block, f"a post of {what}")
        posts.append(DemoPost(author=post.text("author", required=True), body=post.text("body", required=True)))
    if not posts:
        raise table.fail(None, f"{what} needs at least one [[...post]]")
    return posts


def load_demo_partnerships(path: str | os.PathLike[str] | None = None) -> list[DemoPartnership]:
    """Parse the ``[[partnership]]`` sections of users.toml (default ``DEMO_ROOT/users.toml``)."""
    doc = _demo_doc(path, "users.toml")
    result = []
    for i, entry in enumerate(_Table(doc, doc.data, {"partnership", "user"}).tables("partnership")):
        t = _Table(doc, entry, {"slug", "name", "region"}, doc.block("partnership", i), f"partnership {i + 1}")
        result.append(DemoPartnership(slug=t.slug("slug", required=True), name=t.text("name", required=True),
                                      region=t.text("region")))
    return result


def load_demo_users(path: str | os.PathLike[str] | None = None) -> list[DemoUser]:
    """Parse the ``[[user]]`` sections of users.toml (default ``DEMO_ROOT/users.toml``).

    Keys: username, display_name, role (trainee/tutor/coordinator/admin),
    partnerships (list), specialisms (list), password.
    """
    doc = _demo_doc(path, "users.toml")
    users: list[DemoUser] = []
    seen: set[str] = set()
    keys = {"username", "display_name", "role", "partnerships", "specialisms", "password"}
    for i, entry in enumerate(_Table(doc, doc.data, {"partnership", "user"}).tables("user")):
        t = _Table(doc, entry, keys, doc.block("user", i), f"user {i + 1}")
        username = t.text("username", required=True)
        if username in seen:
            raise t.fail("username", f"username '{username}' is used twice")
        seen.add(username)
        users.append(DemoUser(username=username, display_name=t.text("display_name", required=True),
                              role=_choice(t, "role", _ROLES), partnerships=t.texts("partnerships"),
                              specialisms=t.texts("specialisms"), password=t.text("password", required=True)))
    return users


def load_demo_cases(path: str | os.PathLike[str] | None = None) -> DemoCases:
    """Parse cases.toml (default ``DEMO_ROOT/cases.toml``) into :class:`DemoCases`.

    ``[[case]]`` sections hold the structured case fields, ``[case.review]`` an
    optional review and ``[[case.post]]`` the case's discussion; ``[[thread]]``
    sections are course discussions with ``course`` = a course slug and their own
    ``[[thread.post]]`` list. Usernames are not checked against users.toml here.
    """
    doc = _demo_doc(path, "cases.toml")
    top = _Table(doc, doc.data, {"case", "thread"})
    case_keys = {"key", "partnership", "specialism", "author", "status", "claimed_by", "title",
                 "presenting_complaint", "history", "examination", "investigations", "question",
                 "review", "post"}
    cases: list[DemoCase] = []
    seen: set[str] = set()
    for i, entry in enumerate(top.tables("case")):
        t = _Table(doc, entry, case_keys, doc.block("case", i), f"case {i + 1}")
        key = t.slug("key", required=True)
        if key in seen:
            raise t.fail("key", f"case key '{key}' is used twice")
        seen.add(key)
        status = _choice(t, "status", _CASE_STATUSES)
        review = None
        if "review" in entry:
            r = _Table(doc, entry["review"], {"tutor", "strengths", "concerns", "next_steps", "rubric_score",
                                              "decision"}, t.block, f"the review of case {key}")
            score = r.integer("rubric_score", low=1, high=5)
            if score is None:
                raise r.fail(None, "review needs rubric_score = 1 to 5")
            review = DemoReview(tutor=r.text("tutor", required=True), strengths=r.text("strengths", required=True),
                                concerns=r.text("concerns", required=True),
                                next_steps=r.text("next_steps", required=True), rubric_score=score,
                                decision=_choice(r, "decision", _DECISIONS))
        if (review is not None) != (status in _DECISIONS):
            raise t.fail("status", f"case {key}: a [case.review] is needed exactly when status is reviewed "
                                   "or revision_requested")
        partnership, author, title = (t.slug("partnership", required=True), t.text("author", required=True),
                                      t.text("title", required=True))
        thread = DemoThread(key=f"case-{key}", title=title, created_by=author, partnership=partnership,
                            posts=_posts(doc, t, f"case {key}"), case_key=key)
        cases.append(DemoCase(
            key=key, partnership=partnership, specialism=t.slug("specialism", required=True), author=author,
            status=status, title=title, presenting_complaint=t.text("presenting_complaint", required=True),
            history=t.text("history", required=True), examination=t.text("examination", required=True),
            investigations=t.text("investigations", required=True), question=t.text("question", required=True),
            thread=thread, claimed_by=t.text("claimed_by") or None, review=review,
        ))
    threads: list[DemoThread] = []
    for i, entry in enumerate(top.tables("thread")):
        t = _Table(doc, entry, {"key", "course", "partnership", "title", "created_by", "post"},
                   doc.block("thread", i), f"thread {i + 1}")
        key = t.slug("key", required=True)
        threads.append(DemoThread(key=key, title=t.text("title", required=True),
                                  created_by=t.text("created_by", required=True),
                                  partnership=t.slug("partnership", required=True),
                                  posts=_posts(doc, t, f"thread {key}"), course_slug=t.slug("course", required=True)))
    return DemoCases(cases=cases, course_threads=threads)


