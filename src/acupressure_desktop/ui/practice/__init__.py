"""Practising: the session, routine and mat windows, their setup, curve, pacer and sound cues; the Mat tab."""
