"""Allow ``python -m acupressure_desktop``."""

import sys

from acupressure_desktop.app import main

sys.exit(main())
