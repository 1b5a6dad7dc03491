"""A rough strength hint for a new passphrase: encouragement, not a gate beyond 8 characters."""

from __future__ import annotations

COMMON = {
    "password",
    "passphrase",
    "motdepasse",
    "123456",
    "12345678",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "bienvenue",
    "admin",
}


def strength(passphrase: str) -> tuple[int, str]:
    """A score from 0 to 4 and a sentence that tells the user how to do better."""
    text = passphrase.strip()
    if len(text) < 8:
        return 0, "Too short: at least 8 characters."
    if text.lower().replace(" ", "") in COMMON:
        return 0, "Too common: anyone would try this first."
    words = len(text.split())
    classes = sum(
        (
            any(c.islower() for c in text),
            any(c.isupper() for c in text),
            any(c.isdigit() for c in text),
            any(not c.isalnum() for c in text),
        )
    )
    score = 1
    if len(text) >= 12:
        score += 1
    if len(text) >= 20 or words >= 4:
        score += 1
    if classes >= 3 or words >= 3:
        score += 1
    hints = {
        1: "Weak: add words, e.g. four unrelated words.",
        2: "Fair: a few more words would make it strong.",
        3: "Good.",
        4: "Strong.",
    }
    return min(score, 4), hints[min(score, 4)]
