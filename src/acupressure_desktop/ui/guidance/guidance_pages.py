"""Builds the pages that start from what the user wants: Find help, Routines and the mat."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from acupressure_desktop.catalog import Catalog
from acupressure_desktop.practice.mat_progression import MatSuggestion, suggest_next
from acupressure_desktop.resources import resource_root
from acupressure_desktop.routines import Routine, load_presets
from acupressure_desktop.ui.guidance.finder_page import FinderPage
from acupressure_desktop.ui.guidance.routines_page import RoutinesPage
from acupressure_desktop.ui.history.daily_progress import DailyProgress
from acupressure_desktop.ui.map.workspace import Workspace
from acupressure_desktop.ui.practice.mat_page import MatPage
from acupressure_desktop.ui.practice.session_services import SessionServices


def load_presets_for(catalog: Catalog) -> tuple[tuple[Routine, ...], list[str]]:
    """The preset routines that pass their checks, and why any others were left out."""
    return load_presets(resource_root(), catalog)


def build_finder_page(workspace: Workspace, services: SessionServices, presets: tuple[Routine, ...]) -> FinderPage:
    page = FinderPage(workspace.catalog, lambda: services.safety.conditions, services.history.totals.insights, presets)
    page.start_session.connect(workspace.start_session)
    page.start_routine.connect(workspace.start_routine)
    services.safety.changed.connect(page.refresh)
    return page


def build_routines_page(workspace: Workspace, services: SessionServices, presets: tuple[Routine, ...]) -> RoutinesPage:
    page = RoutinesPage(workspace.catalog, services.history.routines, presets)
    page.start_routine.connect(workspace.start_routine)
    return page


def build_mat_page(workspace: Workspace, services: SessionServices) -> MatPage:
    def suggestion(target: int) -> MatSuggestion:
        return suggest_next(services.history.sessions.mat_summaries(), target)

    page = MatPage(workspace.catalog, lambda: services.safety.conditions, suggestion)
    page.start_requested.connect(workspace.start_mat)
    services.safety.changed.connect(page.refresh)
    return page


@dataclass(frozen=True)
class GuidancePages:
    """The pages built once the history is open, and the progress shown in the status bar."""

    finder: FinderPage
    routines: RoutinesPage
    mat: MatPage
    progress: DailyProgress


def build_guidance_pages(
    workspace: Workspace, services: SessionServices, notice: Callable[[str], None]
) -> GuidancePages:
    presets, problems = load_presets_for(workspace.catalog)
    if problems:
        notice("Some preset routines are unavailable: " + "; ".join(problems))
    progress = DailyProgress(services.history.totals, services.settings)
    workspace.practice_finished.connect(progress.refresh)
    return GuidancePages(
        finder=build_finder_page(workspace, services, presets),
        routines=build_routines_page(workspace, services, presets),
        mat=build_mat_page(workspace, services),
        progress=progress,
    )
