"""The Learn page: decks, the quiz and its progress."""
