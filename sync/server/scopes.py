"""Who sees what: viewers, scope keys and the scope of each record kind.

A record's readers are named by scope keys: ``p:<partnership id>`` (members of a
partnership) and ``u:<user id>`` (one user). A viewer holds ``u:<own id>`` plus
``p:<id>`` for each partnership; admins see everything. Records whose scope
follows another record (a lesson follows its course, a post its thread) name it
as their *parent* and inherit its keys, so moving a case moves its threads,
posts, reviews and attachments with it.

Draft cases are visible to their author only; from ``submitted`` on, to the
case's partnership (tutors find their review queue there).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sync.authoring import stable_id
from sync.kinds import KINDS


def partnership_id(slug: str) -> str:
    """The id of the partnership called ``slug`` (accepts an id unchanged).

    The same derivation as ``sync.demo_data.DemoPartnership.id``, so demo data,
    course files and ``user add --partnership`` all agree on one id per slug.
    """
    try:
        return str(uuid.UUID(slug))
    except ValueError:
        return stable_id("demo-partnership", slug)


@dataclass(frozen=True)
class Viewer:
    """The authenticated caller of a request."""

    id: str
    username: str
    role: str
    partnerships: frozenset[str]
    specialisms: tuple[str, ...] = ()
    session_id: str = ""
    device_id: str = ""

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    @property
    def scopes(self) -> frozenset[str]:
        """The scope keys this viewer may read (admins read everything regardless)."""
        return frozenset({f"u:{self.id}", *(f"p:{p}" for p in self.partnerships)})

    def sees(self, scopes: list[str] | str, kind: str | None = None) -> bool:
        """True if a record (of ``kind``) with these scope keys is visible to this viewer.

        Administrators see everything except the records of private kinds
        (``KindSpec.private``), which only the holders of their keys read.
        """
        if self.is_admin and not (kind in KINDS and KINDS[kind].private):
            return True
        keys = scopes.split() if isinstance(scopes, str) else scopes
        mine = self.scopes
        return any(k in mine for k in keys)

    def public(self) -> dict[str, Any]:
        """The user as returned by ``/v1/login``."""
        return {"id": self.id, "username": self.username, "role": self.role,
                "partnerships": sorted(self.partnerships), "specialisms": list(self.specialisms)}

    @classmethod
    def from_account(cls, row: Any, session_id: str = "", device_id: str = "") -> Viewer:
        return cls(
            id=row.id,
            username=row.username,
            role=row.role,
            partnerships=frozenset(row.partnerships.split()),
            specialisms=tuple(json.loads(row.specialisms or "[]")),
            session_id=session_id,
            device_id=device_id,
        )


Parent = tuple[str, str] | None


def parent_of(kind: str, data: dict[str, Any]) -> Parent:
    """The record whose scope ``kind`` inherits, or ``None`` if it has its own."""
    scope = KINDS[kind].scope
    parent_id = data.get(scope.parent_field) if scope.parent_field else None
    if not parent_id:
        return None
    parent_kind = scope.parent_kind or data[scope.parent_kind_field]  # type: ignore[index]
    return (parent_kind, parent_id)


def own_scopes(kind: str, record_id: str, data: dict[str, Any]) -> list[str]:
    """Scope keys of a record that does not inherit them from a parent."""
    scope = KINDS[kind].scope
    templates = scope.draft_keys if scope.draft_keys and data.get("status") == "draft" \
        else scope.keys
    out: list[str] = []
    for template in templates:
        prefix, _, field = template.partition(":")
        value = record_id if field == "id" else data.get(field)
        values = value if isinstance(value, list) else [value]
        out += [f"{prefix}:{v}" for v in values if v is not None]
    return out


def compute_scopes(
    kind: str,
    record_id: str,
    data: dict[str, Any],
    parent_scopes: Callable[[str, str], list[str] | None],
) -> tuple[list[str], Parent]:
    """Scope keys and parent of a record; ``parent_scopes`` looks the parent up.

    An orphan (parent missing) gets no keys: only admins see it.
    """
    parent = parent_of(kind, data)
    if parent is None:
        return sorted(set(own_scopes(kind, record_id, data))), None
    inherited = parent_scopes(*parent)
    return sorted(set(inherited or [])), parent
