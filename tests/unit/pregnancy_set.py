"""The points traditionally avoided in pregnancy, written out here so the data is checked against it."""


def _codes(channel: str, first: int, last: int) -> set[str]:
    return {f"{channel}{n}" for n in range(first, last + 1)}


# Five points by name (and Duyin, used to help labour along), every point on the belly (from the
# lower end of the breastbone and the free ends of the lowest ribs down to the pubic bone, the groin
# and the perineum) and every point over the sacrum and the tailbone.
AVOID_IN_PREGNANCY = frozenset(
    {"LI4", "SP6", "GB21", "BL60", "BL67", "EX-LE11", "EX-CA1", "LR12", "LR13", "EX-B9"}
    | _codes("CV", 1, 15)
    | _codes("KI", 11, 21)
    | _codes("ST", 19, 30)
    | _codes("SP", 12, 16)
    | _codes("GB", 26, 28)
    | _codes("BL", 27, 35)
    | {"GV1", "GV2"}
)
