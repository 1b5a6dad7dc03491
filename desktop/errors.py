"""The one base of errors whose message is fit to show a user, shared by every layer."""

from __future__ import annotations


class UserFacingError(Exception):
    """Anything whose message is fit to show as it is, in a dialog or on stderr.

    Messages say what happened and what to do; they never hold a secret or stored text.
    """
