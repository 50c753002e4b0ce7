"""Reference sync server for TutorClient (FastAPI + SQLAlchemy Core).

Layers, lowest first: ``schema``/``db`` (tables, transactions, the sequence),
``scopes`` (who sees what), ``writes``/``pull`` (the two halves of a sync),
``auth``, the ``routes_*``/``tus`` HTTP adapters, ``app`` (the factory),
``admin`` (programmatic administration) and ``cli`` (a thin adapter over admin).
"""
