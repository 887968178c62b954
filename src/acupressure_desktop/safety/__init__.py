"""The user's safety answers and what follows from them for points, sessions and mats (no Qt)."""

from acupressure_desktop.safety.advice import SessionAdvice, advise, advise_mat, not_suggestible, suggestible
from acupressure_desktop.safety.profile import SafetyProfile
from acupressure_desktop.safety.profile_store import SafetyProfileStore

__all__ = [
    "SafetyProfile",
    "SafetyProfileStore",
    "SessionAdvice",
    "advise",
    "advise_mat",
    "not_suggestible",
    "suggestible",
]
