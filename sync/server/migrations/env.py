"""Alembic environment for the server's database (SQLite and PostgreSQL).

Run through :mod:`sync.server.migrate` (``tutorclient-server db upgrade``), which
passes an open SQLAlchemy connection in ``config.attributes["connection"]``;
there is no ``alembic.ini``.
"""

from __future__ import annotations

from alembic import context

from sync.server.schema import metadata



def run() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things: batch mode rebuilds the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


# Alembic executes this file with its context set up; a plain import (the layering
# tests import every module) only defines run().
if hasattr(context, "config"):
    run()
