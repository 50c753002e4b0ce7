"""The bundle's entry point: ``tutorclient`` as a frozen program.

The bundle has no Python interpreter, so ``sys.executable`` is this program. The
one place the app starts Python itself is the demo server
(``tutorclient/demo.py`` runs ``sys.executable -m sync.server.cli ...``); the
frozen program answers that command line as Python would, so ``tutorclient demo``
and ``--self-test`` work unchanged. Everything else goes to ``tutorclient.cli``.

Before that, the launcher step: if an app update was staged beside the bundle,
switch to it, self-test it and roll back if it fails (sync/release/launcher.py);
after a switch the new program replaces this process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SERVER_MODULE = "sync.server.cli"


def switch_to_staged_update(argv: list[str]) -> None:
    """At the start of a frozen bundle: install a staged update (never for the self-test)."""
    if not getattr(sys, "frozen", False) or "--self-test" in argv or argv[:1] == ["-m"]:
        return
    from sync.release.launcher import switch_at_start  # light: no TUF, no Qt

    program = Path(sys.executable)
    bundle = program.parents[2] if sys.platform == "darwin" else program.parent

    switch = switch_at_start(bundle)
    if switch.result == "updated":  # this process is the old program: start the new one
        os.execv(program, [str(program), *argv])


def main(argv: list[str]) -> int:
    switch_to_staged_update(argv)
    if argv[:2] == ["-m", SERVER_MODULE]:
        from sync.server.cli import main as server_main

        sys.argv = [SERVER_MODULE, *argv[2:]]
        return server_main(argv[2:])
    from tutorclient.cli import main as client_main

    return client_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
