"""Private data encrypted at rest (issue 18; threat model in docs/shared-devices.md).

* :mod:`.keys`: the profile's random data key, wrapped by a key derived from the
  user's password (argon2id) and, optionally, to a coordinator's recovery key.
* :mod:`.cipherdb`: the profile database through SQLCipher (``sqlcipher3``).
* :mod:`.files`: private files sealed with AES-GCM in 64 KiB chunks, streamed.
* :mod:`.adopt`: encrypting an existing plain profile in place, crash-safe.

No Qt here; the UI reaches all of it through :class:`tutorclient.session.Profile`.
"""
