"""The Qt layer. Everything here is thin: it shows what the core returns."""

from . import qtfix  # noqa: F401  (must run before any other Qt call of the app)
