"""Signed app updates: TUF-verified releases made of per-file zstd patches (docs/installer.md).

* :mod:`sync.release.manifest`: a bundle file by file; patches;
* :mod:`sync.release.channel`: the server's channel (publish, refresh, USB export);
* :mod:`sync.release.client`: check, download and stage next to the installed bundle;
* :mod:`sync.release.launcher`: switch at start, self-test, roll back.

Never imports Qt or ``tutorclient``.
"""
