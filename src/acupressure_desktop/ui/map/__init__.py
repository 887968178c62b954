"""The body map and everything beside it: diagrams, hotspots, the view picker, the point panel, search."""
