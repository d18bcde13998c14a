"""The planner's findings in the user's language.

The Qt-free core states its findings as facts (site-days, desks, weights, ranks) and
words them in English for the command line; here the same facts are worded through
Qt's translation, with the locale's numbers and weekday names, so a Norwegian manager
can forward the explanation as it stands. Names from the file (teams, sites) stay as
they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import suppress

from PySide6.QtCore import QCoreApplication, QLocale

from officeplanner.domain import WEEKDAYS
from officeplanner.gui.core_text import in_user_language
from officeplanner.planner.explain import Infeasibility, TeamExplanation
from officeplanner.wording import Wording

translate = QCoreApplication.translate


def number(value: float, decimals: int = 2) -> str:
    return QLocale().toString(value, "f", decimals)


def percent(share: float, decimals: int) -> str:
    return QCoreApplication.translate("PlannerPage", "{number}%").format(
        number=number(share * 100, decimals)
    )


def long_day(key: str) -> str:
    """The core's weekday key ("Mon") as the locale's full name, for use in a sentence."""
    if key not in WEEKDAYS:
        return key
    return QLocale().dayName(WEEKDAYS.index(key) + 1, QLocale.FormatType.LongFormat)


def infeasibility_lines(why: Infeasibility) -> tuple[str, ...]:
    """Why no plan fits, in the user's language: :meth:`Infeasibility.lines` composed
    here from the core's fields (sites, days, desks), so only the words are translated.
    The core's direct findings (``notes``) are worded there; see :func:`note`."""
    translate = QCoreApplication.translate
    out = [note(n) for n in why.notes]
    for o in why.overflows:
        out.append(
            translate(
                "PlannerPage",
                "{site} on {day}: {load} desks needed, capacity {capacity} — over by {over}.",
            ).format(
                site=o.site,
                day=long_day(o.day),
                load=number(o.load, 1),
                capacity=number(o.capacity, 1),
                over=number(o.over, 1),
            )
        )
    for site, extra in why.raise_by.items():
        if extra <= 0:
            continue
        if site in why.ceilings:
            old, new = why.ceilings[site]
            out.append(
                translate(
                    "PlannerPage",
                    "It fits if {site}'s ceiling goes from {old} to {new} "
                    "({extra} more desks a day).",
                ).format(
                    site=site,
                    old=percent(old, 0),
                    new=percent(new, 1),
                    extra=number(extra, 1),
                )
            )
        else:
            out.append(
                translate(
                    "PlannerPage", "It fits if {site} has {extra} more desks every day."
                ).format(site=site, extra=number(extra, 1))
            )
    if why.fewer_days is None and why.fewer_days_proven:
        out.append(translate("PlannerPage", "Fewer anchor days alone cannot make it fit."))
    elif why.fewer_days is None:
        out.append(
            translate(
                "PlannerPage", "No plan with fewer anchor days was found within the time limit."
            )
        )
    elif why.fewer_days:
        teams = "; ".join(
            translate("PlannerPage", "{team} {now} → {then}").format(
                team=t, now=QLocale().toString(a), then=QLocale().toString(b)
            )
            for t, (a, b) in why.fewer_days.items()
        )
        out.append(
            translate("PlannerPage", "Or it fits with fewer anchor days for {teams}.").format(
                teams=teams
            )
        )
    if not why.proven:
        out.append(
            translate("PlannerPage", "(These amounts are the best found within the time limit.)")
        )
    return tuple(out)


#: The values of the core's infeasibility notes that are desks, shown with the locale's numbers.
_NOTE_NUMBERS = ("need", "capacity", "demand", "desks")


def note(text: str) -> str:
    """One of the core's direct findings (:attr:`Infeasibility.notes`) in the user's
    language: its weekday keys named and its lists joined here, its numbers in the
    locale's format (the core hands over the raw lists next to its English joins)."""
    if not isinstance(text, Wording):
        return text
    values = dict(text.values)
    if "day" in values:
        values["day"] = long_day(str(values["day"]))
    if "team_names" in values:
        values["teams"] = names([str(n) for n in values["team_names"]])
    if "day_keys" in values:
        values["days"] = names([long_day(str(d)) for d in values["day_keys"]])
    for key in _NOTE_NUMBERS:
        if key in values:
            with suppress(TypeError, ValueError):  # else shown as the core wrote it
                values[key] = number(float(values[key]), 1)
    return in_user_language(text.fill(**values))


def names(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C" in the user's language."""
    if len(items) <= 1:
        return "".join(items)
    return translate("PlannerWords", "{first} and {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )


def area_text(area: Sequence[str]) -> str:
    """A seating area — one zone, or two adjacent ones — as "North + East", the way the
    core and the command line write it (zone names are the file's, never translated)."""
    return " + ".join(area)


def _ordinal_rank(rank: int, allowed: int) -> str:
    if rank == 1:
        return translate("PlannerWords", "its favourite of {allowed} allowed days").format(
            allowed=allowed
        )
    return translate("PlannerWords", "its number {rank} of {allowed} allowed days").format(
        rank=rank, allowed=allowed
    )


def team_explanation_lines(facts: TeamExplanation) -> list[str]:
    """Why the team got its days (and not the ones it liked more), sentence by sentence."""
    out = [
        translate("PlannerWords", "{team} ({size} people, {site}) is in on {days}.").format(
            team=facts.team,
            size=QLocale().toString(facts.size),
            site=facts.site,
            days=names([long_day(d) for d in facts.days]),
        )
    ]
    if facts.seat:
        out.append(
            translate("PlannerWords", "Sits in {area} ({desks} desks) on its anchor days.").format(
                area=area_text(facts.seat), desks=number(facts.seat_desks, 1)
            )
        )
    for c in facts.chosen:
        parts = [translate("PlannerWords", "fixed by policy")] if c.fixed else []
        parts.append(
            translate("PlannerWords", "preference {preference}, {rank}").format(
                preference=number(c.preference), rank=_ordinal_rank(c.rank, c.allowed)
            )
        )
        if c.met:
            met = [
                translate("PlannerWords", "{team} (weight {weight})").format(
                    team=other, weight=QLocale().toString(weight, "g", 6)
                )
                for other, weight in c.met
            ]
            parts.append(translate("PlannerWords", "meets {teams}").format(teams=names(met)))
        parts.append(
            translate("PlannerWords", "{site} at {load} of {capacity} desks").format(
                site=facts.site, load=number(c.site_load, 1), capacity=number(c.capacity, 1)
            )
        )
        line = translate("PlannerWords", "{day}: {reasons}.").format(
            day=long_day(c.day), reasons="; ".join(parts)
        )
        out.append(line[:1].upper() + line[1:])  # Norwegian weekday names are lower case
    for k in facts.skipped:
        day = long_day(k.day)
        preference = number(k.preference)
        if k.reason in ("full", "zone"):
            # No room that day: at the site, or (seated by zone) in the team's zones
            # although the site had some; the figures are then the zones' desks and use.
            template = (
                translate(
                    "PlannerWords",
                    "Not {day}, though preferred ({preference}): {site} is full that day "
                    "({load} of {capacity} desks taken; the team needs {demand}).",
                )
                if k.reason == "full"
                else translate(
                    "PlannerWords",
                    "Not {day}, though preferred ({preference}): {area} is full that day "
                    "({load} of {capacity} desks taken; the team needs {demand}).",
                )
            )
            text = template.format(
                day=day,
                preference=preference,
                site=facts.site,
                area=area_text(facts.seat),
                load=number(k.site_load, 1),
                capacity=number(k.capacity, 1),
                demand=number(k.demand, 1),
            )
        elif k.reason == "collaborators":
            text = translate(
                "PlannerWords",
                "Not {day}, though preferred ({preference}): {weakest} is worth more with "
                "its collaborators ({worth_weakest} against {worth_day} on {day}).",
            ).format(
                day=day,
                preference=preference,
                weakest=long_day(k.weakest),
                worth_weakest=number(k.worth_weakest, 1),
                worth_day=number(k.worth_day, 1),
            )
        else:
            text = translate(
                "PlannerWords",
                "Not {day}, though preferred ({preference}): moving there would push other "
                "teams off their better days.",
            ).format(day=day, preference=preference)
        out.append(text)
    if facts.forbidden:
        out.append(
            translate("PlannerWords", "Not allowed by policy: {days}.").format(
                days=names([long_day(d) for d in facts.forbidden])
            )
        )
    return out
