"""``python -m sync.authoring``."""

import sys

from sync.authoring.cli import main

sys.exit(main())
