from tutorclient.cli import main

raise SystemExit(main())
