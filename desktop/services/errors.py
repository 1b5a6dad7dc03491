"""The errors a user can cause or meet; each message says what happened and what to do."""

from __future__ import annotations

from desktop.errors import UserFacingError

__all__ = ["NotFound", "Refused", "UserFacingError"]


class NotFound(UserFacingError):
    pass


class Refused(UserFacingError):
    """A rule says no (status change, size limit, duplicate ...)."""
