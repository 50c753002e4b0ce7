"""The bundle's entry point: ``tutorclient`` as a frozen program.

The bundle has no Python interpreter, so ``sys.executable`` is this program. The
one place the app starts Python itself is the demo server
(``tutorclient/demo.py`` runs ``sys.executable -m sync.server.cli ...``); the
frozen program answers that command line as Python would, so ``tutorclient demo``
and ``--self-test`` work unchanged. Everything else goes to ``tutorclient.cli``.
"""

from __future__ import annotations

import sys

SERVER_MODULE = "sync.server.cli"


def main(argv: list[str]) -> int:
    if argv[:2] == ["-m", SERVER_MODULE]:
        from sync.server.cli import main as server_main

        sys.argv = [SERVER_MODULE, *argv[2:]]
        return server_main(argv[2:])
    from tutorclient.cli import main as client_main

    return client_main(argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
