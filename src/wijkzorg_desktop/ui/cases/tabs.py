"""The tabs of an open case, in the order shown."""

from __future__ import annotations

from .case_tab import CaseTab


def case_tabs() -> list[type[CaseTab]]:
    from .consent_tab import ConsentTab
    from .household_tab import HouseholdTab
    from .meldcode_tab import MeldcodeTab
    from .parties_tab import PartiesTab
    from .plan_tab import PlanTab
    from .safe_at_home_tab import SafeAtHomeTab
    from .timeline_tab import TimelineTab

    return [HouseholdTab, PartiesTab, TimelineTab, MeldcodeTab, SafeAtHomeTab, ConsentTab, PlanTab]
