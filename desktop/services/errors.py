"""The errors a user can cause or meet; each message says what happened and what to do."""

from __future__ import annotations


class UserFacingError(Exception):
    """Anything whose message is fit to show as it is, in a dialog or on stderr."""


class NotFound(UserFacingError):
    pass


class Refused(UserFacingError):
    """A rule says no (status change, size limit, duplicate ...)."""
