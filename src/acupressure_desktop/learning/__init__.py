"""Learning the points: quiz cards, how answers are graded, decks, and the review schedule (no Qt)."""
