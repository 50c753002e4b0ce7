"""Build the self-contained TutorClient installer.

Not built yet: the slim PyInstaller/Nuitka bundle, its size benchmark and the
bundle self-test are the subject of their own issue. Running this script says
so and exits non-zero, so nothing mistakes it for a working build.
"""

from __future__ import annotations

import sys


def main() -> int:
    print(
        "build_installer.py: the installer is not built yet (see the installer issue).",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
