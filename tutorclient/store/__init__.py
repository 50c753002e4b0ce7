"""The local store: the profile database, the blob cache and full-text search. No Qt."""

from sqlite3 import Error as DatabaseError  # so the UI can name store failures without sqlite3

from .blobs import BlobCache, CorruptBlobError
from .db import Store
from .search import Hit, search

__all__ = ["BlobCache", "CorruptBlobError", "DatabaseError", "Hit", "Store", "search"]
