"""Sync layer shared by the client and the server: course authoring, protocol, engine (no Qt here)."""
