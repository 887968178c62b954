"""The computers a history holds practice from, by the names the user gave them."""

from __future__ import annotations

from acupressure_desktop.history import DeviceNames
from acupressure_desktop.translatable import QT_TRANSLATE_NOOP
from acupressure_desktop.ui.words import in_language

THIS_COMPUTER = QT_TRANSLATE_NOOP("ComputerNames", "This computer")
ANOTHER_COMPUTER = QT_TRANSLATE_NOOP("ComputerNames", "Another computer")


class ComputerNames:
    """Names the computers of the sessions, this one first; says nothing while there is only one."""

    def __init__(self, devices: DeviceNames, this_device: str | None) -> None:
        self._devices = devices
        self.this_device = this_device
        self._names: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        """Read the computers again: sessions or names may have arrived from the sync folder."""
        known = {d.device: d.name for d in self._devices.known()}
        own = self.this_device
        others = (self._devices.practised_on() | known.keys()) - {own}
        names = {own: known.get(own) or in_language(THIS_COMPUTER)} if own else {}
        names |= {d: known.get(d) or in_language(ANOTHER_COMPUTER) for d in others}
        self._names = names

    @property
    def listed(self) -> list[tuple[str, str]]:
        """(device, name) of every computer, this one first, the others by name."""
        own = self.this_device
        others = sorted((d for d in self._names if d != own), key=lambda d: (self._names[d].casefold(), d))
        return [(d, self._names[d]) for d in ([own] if own else []) + others]

    @property
    def several(self) -> bool:
        return len(self._names) > 1

    def label(self, device: str | None) -> str:
        """The computer's name; "" while the history holds practice from one computer only."""
        if not self.several:
            return ""
        return self._names.get(device or self.this_device or "", in_language(ANOTHER_COMPUTER))
