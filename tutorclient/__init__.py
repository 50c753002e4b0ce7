"""TutorClient: the offline-first desktop client for remote clinical tutoring.

The core (``tutorclient.store``, ``tutorclient.paths`` and the domain modules)
never imports Qt; ``tutorclient.ui`` is the only Qt layer.
"""

__version__ = "0.1.0"
