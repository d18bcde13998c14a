"""The office-structure edits: each one transaction, each undoable with the same ids."""

from __future__ import annotations

from datetime import date

import pytest

from officeplanner.edits import EditError, restore
from officeplanner.edits import office as edits
from officeplanner.edits.office import Level, SiteCalendarSettings
from officeplanner.store import OfficeFile
from officeplanner.store.entities import DeskFeatures, ensure_person


def _tree(doc: OfficeFile) -> tuple[int, int, int, int]:
    site = edits.add_site(doc, "Oslo HQ")
    floor = edits.add_child(doc, Level.FLOOR, site, "Floor 1")
    zone = edits.add_child(doc, Level.ZONE, floor, "North")
    desk = edits.add_child(doc, Level.DESK, zone, "D-101", features=DeskFeatures(monitor=True))
    return site, floor, zone, desk


def _book(doc: OfficeFile, desk: int, days: int) -> None:
    with doc.write() as conn:
        person = ensure_person(conn, "Ada", "Platform")
        for d in range(1, days + 1):
            conn.execute(
                "INSERT INTO bookings(date, desk_id, person_id, status) VALUES (?, ?, ?, 'booked')",
                (f"2026-03-{d:02d}", desk, person),
            )


def _dump(doc: OfficeFile) -> dict[str, list[tuple[object, ...]]]:
    tables = ("sites", "floors", "zones", "desks", "bookings", "closures", "teams", "attendance")
    return {t: doc.conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in tables}


def test_add_builds_the_tree_with_defaults(office: OfficeFile) -> None:
    site, _floor, zone, desk = _tree(office)
    assert office.scalar("SELECT timezone FROM sites WHERE id = ?", (site,)) == "Europe/Oslo"
    assert office.scalar("SELECT zone_id FROM desks WHERE id = ?", (desk,)) == zone
    assert edits.desk_features(office, desk) == DeskFeatures(monitor=True)


def test_names_are_cleaned_and_must_be_unique(office: OfficeFile) -> None:
    site, floor, zone, _ = _tree(office)
    with pytest.raises(EditError, match="already a desk"):
        edits.add_child(office, Level.DESK, zone, "  D-101 ")
    with pytest.raises(EditError, match="needs a name"):
        edits.add_child(office, Level.ZONE, floor, "   ")
    other_floor = edits.add_child(office, Level.FLOOR, site, "Floor 2")
    # zone names are unique per floor only
    edits.add_child(office, Level.ZONE, other_floor, "North")
    assert edits.suggest_name(office, Level.FLOOR, site) == "Floor 3"


def test_add_with_an_id_recreates_the_same_row(office: OfficeFile) -> None:
    _, _, zone, desk = _tree(office)
    removal = edits.delete(office, Level.DESK, desk)
    assert removal.count("desks") == 1
    again = edits.add_child(office, Level.DESK, zone, "D-101", row_id=desk)
    assert again == desk


def test_rename_returns_the_old_name(office: OfficeFile) -> None:
    _, _, zone, _ = _tree(office)
    assert edits.rename(office, Level.ZONE, zone, "South") == "North"
    assert office.scalar("SELECT name FROM zones WHERE id = ?", (zone,)) == "South"
    with pytest.raises(EditError, match="no longer exists"):
        edits.rename(office, Level.ZONE, 999, "X")


def test_move_desks_and_back(office: OfficeFile) -> None:
    _, floor, zone, desk = _tree(office)
    south = edits.add_child(office, Level.ZONE, floor, "South")
    old = edits.move_desks(office, [desk], south)
    assert old == {desk: zone}
    assert office.scalar("SELECT zone_id FROM desks WHERE id = ?", (desk,)) == south
    edits.restore_desk_zones(office, old)
    assert office.scalar("SELECT zone_id FROM desks WHERE id = ?", (desk,)) == zone


def test_features_return_the_old_ones(office: OfficeFile) -> None:
    *_, desk = _tree(office)
    new = DeskFeatures(bookable=False, standing=True, accessible=True)
    assert edits.set_desk_features(office, desk, new) == DeskFeatures(monitor=True)
    assert edits.desk_features(office, desk) == new


def test_delete_site_counts_and_restores_everything_with_ids(office: OfficeFile) -> None:
    site, _, _, desk = _tree(office)
    _book(office, desk, 20)
    edits.add_closure(office, site, date(2026, 12, 24), "Christmas Eve")
    with office.write() as conn:
        conn.execute("UPDATE teams SET site_id = ?", (site,))
    before = _dump(office)

    impact = edits.deletion_impact(office, Level.SITE, site)
    assert impact["bookings"] == 20
    assert impact["desks"] == 1
    text = edits.describe_impact(Level.SITE, "Oslo HQ", impact)
    assert "20 bookings" in text and "1 desk" in text and "1 closure day" in text

    removal = edits.delete(office, Level.SITE, site)
    assert office.counts()["bookings"] == 0
    assert office.counts()["sites"] == 0
    assert office.scalar("SELECT site_id FROM teams") is None
    assert office.integrity_problems() == []

    restore(office, removal)
    assert _dump(office) == before
    assert office.integrity_problems() == []
    with pytest.raises(EditError):
        restore(office, removal)


def test_a_failed_delete_changes_nothing(office: OfficeFile) -> None:
    _tree(office)
    before = _dump(office)
    with pytest.raises(EditError):
        edits.delete(office, Level.FLOOR, 12345)
    assert _dump(office) == before


def test_site_calendar_is_validated(office: OfficeFile) -> None:
    site, *_ = _tree(office)
    with pytest.raises(EditError, match="IANA"):
        edits.set_site_calendar(office, site, SiteCalendarSettings(timezone="Mars/Olympus"))
    with pytest.raises(EditError, match="country"):
        edits.set_site_calendar(office, site, SiteCalendarSettings(holiday_country="XX"))
    with pytest.raises(EditError, match="subdivision"):
        edits.set_site_calendar(
            office, site, SiteCalendarSettings(holiday_country="DE", holiday_subdivision="ZZ")
        )
    new = SiteCalendarSettings("Europe/Berlin", "de", "BY", "fri, mon")
    old = edits.set_site_calendar(office, site, new)
    assert old == SiteCalendarSettings()
    assert edits.site_calendar(office, site) == SiteCalendarSettings(
        "Europe/Berlin", "DE", "BY", "Mon,Fri"
    )


def test_holiday_lists_name_countries_and_subdivisions() -> None:
    assert edits.holiday_countries()["NO"] == "Norway"
    assert "03" in edits.holiday_subdivisions("NO")
    assert "Europe/Oslo" in edits.timezones()


def test_closures_add_remove_restore(office: OfficeFile) -> None:
    site, *_ = _tree(office)
    cid = edits.add_closure(office, site, date(2026, 7, 20), " Summer ")
    with pytest.raises(EditError, match="already closed"):
        edits.add_closure(office, site, date(2026, 7, 20))
    assert edits.closures(office, site)[0].reason == "Summer"
    removal = edits.remove_closure(office, cid)
    assert edits.closures(office, site) == []
    restore(office, removal)
    assert [c.id for c in edits.closures(office, site)] == [cid]


def test_read_only_documents_refuse_edits(office: OfficeFile) -> None:
    from officeplanner.store import ReadOnlyFileError

    _tree(office)
    with OfficeFile.open(office.path, read_only=True) as ro, pytest.raises(ReadOnlyFileError):
        edits.add_site(ro, "Bergen")


def test_names_lose_invisible_characters_and_have_a_length_limit() -> None:
    """Found by review: a zero-width space made a second "N1" that looks like the first,
    and a 5,000-character name was accepted."""
    from officeplanner.edits import EditError
    from officeplanner.edits.removal import MAX_NAME_LENGTH, clean_name

    assert clean_name("N\u200b1", "desk") == "N1"
    assert clean_name("  Oslo \u00a0 HQ\x07 ", "site") == "Oslo HQ"
    assert clean_name("x" * MAX_NAME_LENGTH, "desk") == "x" * MAX_NAME_LENGTH
    with pytest.raises(EditError, match="at most 200 characters; this one has 5000"):
        clean_name("x" * 5000, "desk")
    with pytest.raises(EditError, match="A desk needs a name"):
        clean_name("\u200b\u200b", "desk")
