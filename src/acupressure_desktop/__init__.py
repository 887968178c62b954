"""Acupressure Desktop: find acupressure points, practise them safely, see what helps."""

__version__ = "0.1.0"
APP_NAME = "Acupressure Desktop"
APP_ID = "org.acupressuredesktop.AcupressureDesktop"
