"""From what the user feels to points: tolerant symptom matching and ranking (no Qt)."""

from acupressure_desktop.finder.ranking import RankedPoint, rank_points
from acupressure_desktop.finder.symptom_match import match_symptoms

__all__ = ["RankedPoint", "match_symptoms", "rank_points"]
