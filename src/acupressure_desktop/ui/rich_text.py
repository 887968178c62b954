"""Small pieces of the rich text the app's labels and documents share."""

from __future__ import annotations

# Qt puts list items flush against each other; a little space keeps bullets of several lines apart.
ITEM = "<li style='margin-bottom:4px'>"
