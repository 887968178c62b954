"""How many new quiz cards a day: the default and the range a user may choose (imported at start-up, so light)."""

NEW_PER_DAY = 10  # new cards a day: enough to move on, few enough to remember
MIN_NEW_PER_DAY, MAX_NEW_PER_DAY = 1, 50
