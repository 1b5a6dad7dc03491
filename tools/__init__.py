"""Developers' tools: not part of the installed application."""
