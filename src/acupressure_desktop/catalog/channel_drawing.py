"""Where each of the fourteen channels runs on one diagram, side by side."""

from __future__ import annotations

from acupressure_desktop.catalog.atlas.channel_paths import ChannelPath, Vec, channel_paths
from acupressure_desktop.catalog.models import Catalog
from acupressure_desktop.catalog.outline import Outline


def channels_on(catalog: Catalog, view_id: str, outline: Outline) -> dict[str, list[ChannelPath]]:
    """Every channel's stretches on the view, by body side ("left", "right", "center").

    In the drawing's own coordinates: a one-side view's mirror image shows the other side's
    channels at the mirror image of the drawn side's, as it does with their points.
    """
    drawn: dict[str, list[ChannelPath]] = {}
    for channel in catalog.channels:
        members = catalog.channel_points(channel.code)
        course = channel.course([p.code for p in members])
        by_side: dict[str, dict[str, Vec]] = {}
        for point in members:
            for placement in point.placements:
                if placement.view == view_id and placement.part == 0 and not placement.mirrored:
                    by_side.setdefault(placement.side.value, {})[point.code] = (placement.x, placement.y)
        for side, positions in by_side.items():
            drawn.setdefault(side, []).extend(channel_paths(channel.code, course, positions, outline))
    return drawn
