"""coopdesk-cli: the scriptable companion of the desktop app, on the same services."""
