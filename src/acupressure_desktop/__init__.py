"""Acupressure Desktop: find acupressure points, practise them safely, see what helps."""

__version__ = "0.2.0"
APP_NAME = "Acupressure Desktop"
# The desktop entry, icons, AppStream component and login entry are named by this id. AppStream
# asks for lower case; 0.1.0 used the id below, whose login entry is removed when it is seen.
APP_ID = "org.acupressuredesktop.acupressure_desktop"
EARLIER_APP_IDS = ("org.acupressuredesktop.AcupressureDesktop",)
