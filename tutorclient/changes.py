"""What a write or a sync pass changed, so views redraw only when they must.

Every write operation and every sync pass returns a :class:`Changes`. The UI
fans it out through one application-level signal (``ChangeHub.changed`` in
``tutorclient.ui.operations``) and each view asks ``changes.touches("posts")``
instead of polling the store. This module is core: it never imports Qt.

Record kinds are the store's table names and the protocol's ``k`` field
(``posts``, ``cases``, ``reviews``, ... see docs/data-model.md). The flags
cover state that is not a record kind:

* ``outbox``: pending local changes were added, merged, sent or settled,
* ``sync_status``: a sync pass started, advanced, finished or failed,
* ``settings``: a profile setting changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

__all__ = ["Changes"]


@dataclass(frozen=True)
class Changes:
    """An immutable description of what one operation changed."""

    kinds: frozenset[str] = field(default_factory=frozenset)
    outbox: bool = False
    sync_status: bool = False
    settings: bool = False

    def __post_init__(self) -> None:
        # A bare string would silently become a set of its letters.
        if isinstance(self.kinds, str):
            raise TypeError("Changes.kinds takes a collection of kinds, not one string")
        kinds = frozenset(self.kinds)
        if not all(isinstance(k, str) and k for k in kinds):
            raise TypeError(f"record kinds must be non-empty strings: {sorted(map(repr, kinds))}")
        object.__setattr__(self, "kinds", kinds)

    @classmethod
    def none(cls) -> Changes:
        """Nothing changed (a write that turned out to be a no-op)."""
        return cls()

    @classmethod
    def of(
        cls,
        *kinds: str,
        outbox: bool = False,
        sync_status: bool = False,
        settings: bool = False,
    ) -> Changes:
        """Shorthand: ``Changes.of("posts", outbox=True)``."""
        return cls(frozenset(kinds), outbox=outbox, sync_status=sync_status, settings=settings)

    @classmethod
    def merge_all(cls, changes: Iterable[Changes]) -> Changes:
        """The union of many changes (e.g. every page a sync pass applied)."""
        total = cls.none()
        for item in changes:
            total = total.merge(item)
        return total

    def merge(self, other: Changes) -> Changes:
        """The union of two changes; neither is modified."""
        if not isinstance(other, Changes):
            return NotImplemented  # type: ignore[return-value]
        return Changes(
            self.kinds | other.kinds,
            outbox=self.outbox or other.outbox,
            sync_status=self.sync_status or other.sync_status,
            settings=self.settings or other.settings,
        )

    __or__ = merge

    def touches(self, *kinds: str) -> bool:
        """True when any of the given record kinds changed."""
        return not self.kinds.isdisjoint(kinds)

    def __bool__(self) -> bool:
        return bool(self.kinds) or self.outbox or self.sync_status or self.settings

    def __repr__(self) -> str:
        parts = [repr(sorted(self.kinds))] if self.kinds else []
        parts += [name for name in ("outbox", "sync_status", "settings") if getattr(self, name)]
        return f"Changes({', '.join(parts)})"
