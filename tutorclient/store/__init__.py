"""The local store: the profile database, the blob cache and full-text search. No Qt."""

from .blobs import BlobCache, CorruptBlobError
from .db import Store
from .search import Hit, search

__all__ = ["BlobCache", "CorruptBlobError", "Hit", "Store", "search"]
