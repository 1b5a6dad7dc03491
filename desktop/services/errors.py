"""The errors a user can cause or meet; each message says what happened and what to do."""

from __future__ import annotations

from desktop.errors import UserFacingError

__all__ = ["NotFound", "Refused", "TemplateProblem", "UserFacingError"]


class NotFound(UserFacingError):
    pass


class Refused(UserFacingError):
    """A rule says no (status change, size limit, duplicate ...)."""


class TemplateProblem(Refused):
    """A reply template that cannot be filled; the message names the placeholder at fault.

    Here rather than beside the filling code, so that catching it does not import
    python-docx and Jinja.
    """
