#!/usr/bin/python3
"""Chronicle as a screen reader sees it: the real app, driven over AT-SPI.

Run by meson inside run-under-display.sh (Xvfb, a private D-Bus session and an AT-SPI
bus), with the system Python (it has gi and Atspi):

    test-atspi-app.py BINARY SCHEMA_DIR

Each check is a function taking the Session below and raising AssertionError with
what a user would have met. CHECKS lists them in the order they run; they share one
app, each leaving it as it found it (the timeline page, no dialog, no filter). A new
check (the canvas's event markers, say) is one more function added to CHECKS.
"""
import os
import re
import subprocess
import sys
import pathlib
import traceback

# G_DEBUG=fatal-warnings is for the app, not for this client: libatspi warns when
# the app's cache is not there yet (dbind "Error in GetItems"), which is harmless.
APP_G_DEBUG = os.environ.pop("G_DEBUG", None)

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import atspi_client as t  # noqa: E402
from gi.repository import Atspi, GLib  # noqa: E402

# The roles whose every node must have a real name.
CONTROL_ROLES = {
    "push button", "toggle button", "check box", "radio button", "combo box", "text",
    "entry", "spin button", "list item", "table row", "page tab",
}
TYPE_NAME = re.compile(r"^(Gtk|Adw|Chronicle)[A-Z][A-Za-z]*$")
# A mnemonic underscore that leaked into a name ("C_lear Filters Clear Filters").
MNEMONIC = re.compile(r"(^|\s)[^\s_]*_[^\s_]")

# Under AddressSanitizer with slow unwinding (chronicle.sh test --sanitize) the app is
# ten or more times slower, and slower again while other tests share the cores (About
# This Dataset took over a minute to appear then): every wait for a condition waits
# that much longer before giving up; a wait that succeeds costs no more.
SLOW = 15 if "ASAN_OPTIONS" in os.environ else 1

KEY_CONTROL = 0xFFE3
KEY_SHIFT = 0xFFE1
KEY_F = 0x66
KEY_E = 0x65
KEY_0 = 0x30
KEY_DOWN = 0xFF54
KEY_F6 = 0xFFC3


def wait(predicate, timeout=10):
    """t.wait_until, with the timeout stretched under a sanitizer."""
    return t.wait_until(predicate, timeout * SLOW)


def name_problem(node):
    """Why NODE's name would not do for a screen reader, or None."""
    name = (node.get_name() or "").strip()
    if not name:
        return "no name"
    if TYPE_NAME.match(name):
        return "a type name"
    if MNEMONIC.search(name):
        return "a mnemonic underscore"
    return None


def audit_names(root, where):
    """Every visible control under ROOT has a real name; returns how many were looked at."""
    bad = []
    n = 0
    for node in t.walk(root):
        try:
            role = node.get_role_name()
        except GLib.GError:
            continue
        # A hidden widget (GTK's own, such as the shortcuts window's section switcher
        # with one section) is not in the tree a screen reader presents.
        if role not in CONTROL_ROLES or "visible" not in t.states(node):
            continue
        n += 1
        problem = name_problem(node)
        if problem:
            bad.append(f"{t.describe(node)}: {problem}")
    assert not bad, f"{where}: {len(bad)} of {n} controls are not named:\n  " + "\n  ".join(bad)
    print(f"# {where}: {n} visible controls, every one named")
    return n


def inside(node, ancestor):
    if node is None or ancestor is None:
        return False
    return node == ancestor or ancestor in t.ancestors(node)


class Session:
    """The running app and what the checks find in it."""

    def __init__(self, binary, schema_dir):
        env = dict(os.environ, GSETTINGS_SCHEMA_DIR=schema_dir)
        if APP_G_DEBUG is not None:
            env["G_DEBUG"] = APP_G_DEBUG
        self.proc = subprocess.Popen([binary], env=env)
        self.app = t.find_app(os.path.basename(binary))
        assert self.app is not None, "the app never registered on the AT-SPI bus"
        self.window = wait(lambda: t.find(self.app, "frame"), 20)
        assert self.window is not None, "no main window"
        self.timeline = wait(lambda: t.find(self.window, "panel", "Timeline"), 20)
        assert self.timeline is not None, "no timeline"

    def close(self):
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def focus(self):
        """The focused node, in the active window when a dialog is up (the main
        window keeps its own focused node, stale, while a dialog has the keyboard)."""
        for window in t.children(self.app):
            if window != self.window and "active" in t.states(window):
                return t.focused(window)
        return t.focused(self.app)

    def wait_focus(self, predicate, what, timeout=10):
        got = wait(lambda: predicate(self.focus()), timeout)
        assert got, f"{what}: the focus is on {t.describe(self.focus()) if self.focus() else None}"

    def windows(self):
        return [w for w in t.children(self.app) if "showing" in t.states(w) or "visible" in t.states(w)]

    def run_menu_item(self, label):
        """Opens the main menu (its button's click) and picks the item LABEL."""
        menu = wait(lambda: t.find(self.window, "push button", "Main Menu",
                                           pred=lambda n: "click" in t.actions(n)), 10)
        assert menu is not None, "no Main Menu button to click"
        t.do_action(menu, t.actions(menu).index("click"))
        item = wait(lambda: t.find(self.app, "menu item", label), 10)
        assert item is not None, f"no menu item {label!r}"
        try:
            t.do_action(item)
        except GLib.GError:
            # A window with many rows (About This Dataset) takes longer to build than
            # libatspi waits for the reply; the window is awaited next.
            pass

    def open_dialog(self, opener, title_pred):
        before = set(t.children(self.app))
        opener()
        dialog = wait(lambda: next((w for w in t.children(self.app)
                                            if w not in before and title_pred(w)), None), 10)
        assert dialog is not None, "no named dialog opened"
        return dialog

    def close_dialog(self, dialog):
        # With no window manager on Xvfb the main window does not take the keyboard
        # back by itself: the checks that need it run before the dialogs.
        t.press(t.KEY_ESCAPE)
        gone = wait(lambda: dialog not in t.children(self.app), 10)
        assert gone, f"{t.describe(dialog)} did not close on Escape"

    def search_entry(self):
        return t.find(self.window, "entry", "Search events")


# ---- the checks ------------------------------------------------------------------


def check_focus_starts_in_timeline(s):
    s.wait_focus(lambda f: inside(f, s.timeline), "at start, the timeline has the focus")


def check_empty_details_not_a_stop(s):
    """With no event selected, neither Tab nor F6 from the timeline stops on the empty
    details pane (an invisible, unnamed "scroll pane"): each lands on a named control."""
    s.wait_focus(lambda f: inside(f, s.timeline), "at start, the timeline has the focus")
    sidebar = t.find(s.window, "label", "No Event Selected")
    assert sidebar is not None, "the details do not say that no event is selected"
    for key, back in ((t.KEY_TAB, lambda: t.press_with(KEY_SHIFT, t.KEY_TAB)),
                      (KEY_F6, lambda: focus_timeline(s))):
        start = s.focus()
        t.press(key)
        s.wait_focus(lambda f: f is not None and f != start, f"{key:#x} from the timeline moves the focus")
        where = s.focus()
        assert where.get_role_name() != "scroll pane" and name_problem(where) is None, \
            f"{key:#x} from the timeline went to {t.describe(where)}"
        back()
        s.wait_focus(lambda f: inside(f, s.timeline), "the focus goes back to the timeline")


def check_tab_reaches_timeline(s):
    t.press_with(KEY_CONTROL, KEY_F)
    s.wait_focus(lambda f: f is not None and f.get_name() == "Search events", "Ctrl+F focuses the search")
    for stop in range(1, 4):
        before = s.focus()
        t.press(t.KEY_TAB)
        wait(lambda: s.focus() is not None and s.focus() != before)
        if inside(s.focus(), s.timeline):
            return
    raise AssertionError(f"3 Tab stops from the search the focus is on {t.describe(s.focus())}")


def current_marker(s):
    """The timeline's current event object: its one Tab stop (roving focus)."""
    for node in t.children(s.timeline):
        if node.get_role_name() == "push button" and "focusable" in t.states(node):
            return node
    return None


def check_keys_reach_timeline_from_header(s):
    """End with the focus on a header button selects the last event."""
    t.press_with(KEY_CONTROL, KEY_F)
    s.wait_focus(lambda f: f is not None and f.get_name() == "Search events", "Ctrl+F focuses the search")
    t.press_with(KEY_SHIFT, t.KEY_TAB)
    s.wait_focus(lambda f: f is not None and f.get_role_name() == "push button"
                 and not inside(f, s.search_entry().get_parent()), "Shift+Tab from the search reaches the header")
    button = s.focus()
    before = current_marker(s).get_name()
    t.press(t.KEY_END)
    changed = wait(lambda: current_marker(s) is not None and current_marker(s).get_name() != before, 5)
    assert changed, "End with the focus on a header button did not select the last event"
    assert s.focus() == button, "the focus stays where it was"
    t.press(KEY_F6)  # F6: the next region, the filter bar's search
    s.wait_focus(lambda f: f is not None and f.get_name() == "Search events", "F6 reaches the filter bar")
    t.press(KEY_F6)  # F6: the timeline
    s.wait_focus(lambda f: inside(f, s.timeline), "F6 from the filter bar reaches the timeline")


def check_main_window_names(s):
    audit_names(s.window, "main window")


def check_partner_picker(s):
    button = t.find(s.window, "push button", "Partners")
    assert button is not None, "no Partners picker (a button named Partners)"
    inner = t.find(button, "push button", "Partners", pred=lambda n: "click" in t.actions(n))
    assert inner is not None, "the Partners picker cannot be clicked"
    t.do_action(inner)
    entry = wait(lambda: t.find(s.app, "entry", "Find a partner"), 10)
    assert entry is not None, "the partner picker's search entry is not named"
    s.wait_focus(lambda f: f == entry, "the picker opens with the focus in its search")
    popover = entry.get_parent()
    while popover is not None and popover.get_role_name() not in ("window", "panel", "filler") \
            and t.find(popover, "list") is None:
        popover = popover.get_parent()
    row = wait(lambda: t.find(s.app, "list item", "China"), 10)
    assert row is not None, "no picker row named China"
    audit_names(popover if popover is not None else s.app, "partner picker")
    # Tab from the search to the rows, then down to China.
    t.press(t.KEY_TAB)
    s.wait_focus(lambda f: f is not None and f.get_role_name() == "list item",
                 "Tab from the picker's search reaches its rows")
    for _ in range(20):
        if s.focus().get_name() == "China":
            break
        before = s.focus()
        t.press(KEY_DOWN)
        s.wait_focus(lambda f: f != before and f.get_role_name() == "list item", "Down moves along the rows")
    assert s.focus().get_name() == "China", "Down never reached China"
    t.press(t.KEY_SPACE)
    # Awaited, and looked for afresh: a slow (sanitizer) build answers the bus late
    # while it applies the filter, and the row's children may be made again.
    checked = wait(lambda: t.find(s.app, "check box", "China", pred=lambda n: "checked" in t.states(n)))
    assert checked, "Space on the China row did not check it"
    assert wait(lambda: t.find(s.window, "push button", "China")), \
        "the picker's button does not name what is chosen"
    t.press(t.KEY_ESCAPE)
    assert wait(lambda: t.find(s.app, "entry", "Find a partner",
                               pred=lambda n: "showing" in t.states(n)) is None), \
        "Escape did not close the partner picker"


def check_result_count_described(s):
    """After the partner filter the search entry's description gives the result count."""
    entry = s.search_entry()
    assert entry is not None
    got = wait(lambda: re.fullmatch(r"6 of 54 events", entry.get_description() or ""))
    assert got, f"the search entry's description is {entry.get_description()!r}, not the count"
    clear = t.find(s.window, "push button", "Clear Filters")
    assert clear is not None, "no Clear Filters button"
    t.click(clear)
    s.wait_focus(lambda f: f is not None and f.get_name() == "Search events",
                 "Clear Filters hands the focus to the search")
    assert wait(lambda: entry.get_description() == "54 of 54 events")
    t.press(KEY_F6)  # F6: the timeline
    s.wait_focus(lambda f: inside(f, s.timeline), "F6 from the search reaches the timeline")


def check_list_page(s):
    # The last event selected on the timeline (End): the List opens on its row, scrolled
    # to the bottom of the list.
    s.wait_focus(lambda f: inside(f, s.timeline), "the timeline has the focus")
    before = current_marker(s).get_name() if current_marker(s) else None
    t.press(t.KEY_END)
    assert wait(lambda: current_marker(s) is not None and current_marker(s).get_name() != before), \
        "End selected nothing"
    # The selected event is the timeline's current object, named by its title.
    title = current_marker(s).get_name()
    switch = t.find(s.window, "page tab", "List")
    assert switch is not None, "no List page switch"
    t.do_action(switch)
    # The first table row is the column headers; the events' rows come with the page.
    rows = wait(lambda: t.find_all(s.window, "table row")[1:] or None, 10)
    assert rows, "the List page shows no rows"
    for row in rows[:5]:
        name = row.get_name() or ""
        assert name.count(", ") >= 2, f"list row named {name!r}, not 'date, kind, title, partners'"
    audit_names(s.window, "List page")
    # The list and its cells are named by what they show, not by GTK's class names.
    # (the outermost: the table, with its header row and its list of rows)
    table = next((a for a in reversed(t.ancestors(rows[0])) if a.get_name() == "Events"), None)
    assert table is not None, f"the rows are in no table named Events: {[t.describe(a) for a in t.ancestors(rows[0])][:4]}"
    # (GTK's sort arrows, GtkBuiltinIcon, are drawings without a name of their own)
    typed = t.find(table, None, pred=lambda n: TYPE_NAME.match(n.get_name() or "")
                   and n.get_name() != "GtkBuiltinIcon")
    assert typed is None, f"in the List, {t.describe(typed)} is named after its class"
    s.wait_focus(lambda f: f is not None and f.get_role_name() == "table row" and title in (f.get_name() or ""),
                 f"showing the List page focuses the selected event's row ({title!r})")
    timeline_switch = t.find(s.window, switch.get_role_name(), "Timeline")
    t.do_action(timeline_switch)
    t.press(KEY_F6)  # F6
    s.wait_focus(lambda f: inside(f, s.timeline) or inside(f, s.window), "back on the Timeline page")


def check_dialog(s, opener, what):
    def named_window(w):
        # The window reaches the bus a moment before its title does, and a menu's
        # popover (a window too) may come and go on the way: wait for a named one.
        try:
            return w.get_role_name() in ("frame", "dialog", "window") and name_problem(w) is None
        except GLib.GError:
            return False
    dialog = s.open_dialog(opener, named_window)
    problem = name_problem(dialog)
    assert problem is None, f"{what}: the window is {t.describe(dialog)}: {problem}"
    s.wait_focus(lambda f: inside(f, dialog), f"{what} opens with the focus inside it")
    focus = s.focus()
    problem = name_problem(focus)
    assert problem is None, f"{what} opens with the focus on {t.describe(focus)}: {problem}"
    audit_names(dialog, what)
    s.close_dialog(dialog)


def check_export_by_keyboard(s):
    """Ctrl+E, Tab to Export…, a file name, Enter: the file is written and the keyboard
    is back on the timeline, where it was."""
    focus_timeline(s)
    path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"chronicle-atspi-{os.getpid()}.png")
    if os.path.exists(path):
        os.unlink(path)
    t.press_with(KEY_CONTROL, KEY_E)
    s.wait_focus(lambda f: f is not None and f.get_name() == "Format", "Ctrl+E opens Export on its Format")
    for _ in range(8):
        if s.focus().get_name() == "Export…":
            break
        before = s.focus()
        t.press(t.KEY_TAB)
        s.wait_focus(lambda f: f is not None and f != before, "Tab moves on in the Export dialog")
    assert s.focus().get_name() == "Export…", f"Tab never reached Export…: {t.describe(s.focus())}"
    t.press(t.KEY_RETURN)
    s.wait_focus(lambda f: f is not None and f.get_role_name() == "text", "Export… asks for a file name")
    t.press_with(KEY_CONTROL, 0x61)  # Ctrl+A: the proposed name goes
    t.type_text(path)
    wait(lambda: s.focus() is not None and path in (s.focus().get_text(0, -1) if "Text" in s.focus().get_interfaces() else ""), 5)
    t.press(t.KEY_RETURN)
    assert wait(lambda: os.path.exists(path) and os.path.getsize(path) > 0, 20), f"no file written at {path}"
    os.unlink(path)
    s.wait_focus(lambda f: inside(f, s.timeline), "after the export the keyboard is back on the timeline")


def check_export_dialog(s):
    check_dialog(s, lambda: t.press_with(KEY_CONTROL, KEY_E), "Export")


def check_dataset_window(s):
    check_dialog(s, lambda: s.run_menu_item("About This Dataset"), "About This Dataset")


def check_shortcuts_window(s):
    check_dialog(s, lambda: s.run_menu_item("Keyboard Shortcuts"), "Keyboard Shortcuts")


def check_about_window(s):
    check_dialog(s, lambda: s.run_menu_item("About Chronicle"), "About Chronicle")


def focus_timeline(s):
    """Puts the keyboard focus on the timeline's current event (F6 cycles to it)."""
    for _ in range(5):
        if inside(s.focus(), s.timeline):
            return
        t.press(KEY_F6)
        wait(lambda: inside(s.focus(), s.timeline), 2)
    assert inside(s.focus(), s.timeline), f"F6 never reached the timeline: {t.describe(s.focus())}"


EVENT_NUMBER = re.compile(r"event (\d+) of (\d+) shown")


def check_arrows_move_between_events(s):
    """→ and ← move the focus from event to event; each is announced by its title,
    kind and date, and where it stands among the events shown."""
    focus_timeline(s)
    t.press(t.KEY_HOME)
    s.wait_focus(lambda f: f is not None and f.get_role_name() == "push button"
                 and EVENT_NUMBER.search(f.get_description() or "") is not None
                 and EVENT_NUMBER.search(f.get_description()).group(1) == "1",
                 "Home moves the focus to the first event's object")
    first = s.focus()
    first_name = first.get_name()
    total = EVENT_NUMBER.search(first.get_description()).group(2)
    assert not first_name.endswith("events here"), f"the first event is announced as {first_name!r}"
    t.press(t.KEY_RIGHT)
    s.wait_focus(lambda f: f is not None and f.get_role_name() == "push button"
                 and (EVENT_NUMBER.search(f.get_description() or "") or [None, None])[1] == "2",
                 "→ moves the focus to the second event's object")
    second = s.focus()
    assert second.get_name() and second.get_name() != first_name, \
        f"→ announced {second.get_name()!r} after {first_name!r}"
    description = second.get_description()
    assert f"of {total} shown" in description, f"the second event's description: {description!r}"
    assert re.search(r"\b(19|20)\d\d\b", description), f"no date in {description!r}"
    t.press(t.KEY_LEFT)
    s.wait_focus(lambda f: f is not None and f.get_name() == first_name, "← moves the focus back")


def check_focused_event_inside_canvas(s):
    """The focused event object lies inside the canvas (where a magnifier looks)."""
    focus_timeline(s)
    node = s.focus()
    box, canvas = t.extents(node), t.extents(s.timeline)
    assert box.width > 0 and box.height > 0, f"{t.describe(node)} has no size"
    assert (box.x >= canvas.x and box.y >= canvas.y and box.x + box.width <= canvas.x + canvas.width
            and box.y + box.height <= canvas.y + canvas.height), \
        f"{t.describe(node)} at {box.x},{box.y} {box.width}x{box.height} is outside the canvas " \
        f"at {canvas.x},{canvas.y} {canvas.width}x{canvas.height}"


def check_every_object_named(s):
    """Every event object in view has a name and a description; clusters say how to
    list their events."""
    objects = [n for n in t.children(s.timeline) if n.get_role_name() == "push button"]
    assert objects, "the timeline exposes no event objects"
    for node in objects:
        assert name_problem(node) is None, f"{t.describe(node)}: {name_problem(node)}"
        assert node.get_description(), f"{t.describe(node)} has no description"


def check_eras_announced(s):
    """The eras, drawn as named bands behind the events, are announced too: the timeline
    names those in view, and an event names the era it falls in."""
    era = "First half of the 13th Party Congress term"
    focus_timeline(s)
    t.press_with(KEY_CONTROL, KEY_0)  # everything: the eras are in view
    described = wait(lambda: era in (s.timeline.get_description() or ""))
    assert described, f"the timeline's description names no era: {s.timeline.get_description()!r}"
    events = [n for n in t.children(s.timeline) if n.get_role_name() == "push button"
              and not (n.get_name() or "").endswith("events here")]
    in_era = [n for n in events if f"era: {era}" in (n.get_description() or "")]
    assert in_era, "no event in view says it falls in an era: " + \
        "; ".join(t.describe(n) for n in events[:3])


def check_cluster_lists_its_events(s):
    """Enter on a "+N" cluster's object lists its events."""
    clusters = [n for n in t.children(s.timeline)
                if n.get_role_name() == "push button" and (n.get_name() or "").endswith("events here")]
    if not clusters:
        return  # everything is labelled at this size: nothing to list
    count = int(clusters[0].get_name().split()[0])
    before = len(t.find_all(s.app, "list item"))
    t.do_action(clusters[0])
    grown = wait(lambda: len(t.find_all(s.app, "list item")) >= before + count, 5)
    assert grown, f"activating {t.describe(clusters[0])} did not list its {count} events"
    t.press(t.KEY_ESCAPE)
    wait(lambda: len(t.find_all(s.app, "list item")) == before, 5)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
SHOWING = re.compile(r"Showing (\w+) (\d+) – (\w+) (\d+),")


def months_shown(s):
    """How many months the timeline says it shows ("Showing January 2021 – December
    2023, …"), or None."""
    m = SHOWING.search(s.timeline.get_description() or "")
    if m is None or m.group(1) not in MONTHS or m.group(3) not in MONTHS:
        return None
    return (int(m.group(4)) * 12 + MONTHS.index(m.group(3))) - (int(m.group(2)) * 12 + MONTHS.index(m.group(1)))


def check_range_then_enter_zooms(s):
    """Shift+drag across the middle third of the timeline, then Enter: the view zooms to
    that range (Enter went to the event holding the focus, which opened itself)."""
    focus_timeline(s)
    before = wait(lambda: months_shown(s))
    assert before, f"the timeline's description: {s.timeline.get_description()!r}"
    box = t.extents(s.timeline)
    y = box.y + box.height // 2
    x0, x1 = box.x + box.width // 3, box.x + 2 * box.width // 3
    # One client sends Shift and the drag, in order: AT-SPI sends keys through the
    # registry and the pointer from here, and a slow (sanitizer) build got the button
    # before Shift, a plain drag that pans. (No window manager: screen coordinates are
    # the root window's.)
    drag = ["xdotool", "keydown", "shift", "mousemove", str(x0), str(y), "mousedown", "1"]
    for i in range(1, 9):
        drag += ["mousemove", str(x0 + (x1 - x0) * i // 8), str(y)]
    drag += ["mouseup", "1", "keyup", "shift"]
    subprocess.run(drag, check=True)
    # The range is picked when the window says so: its toast offers to zoom to it, for
    # the five seconds a toast lasts (a sanitizer build walks the window's tree more
    # slowly than that: there, Enter's zoom below is what shows the range was picked).
    offered = wait(lambda: t.find(s.window, "label", "Range selected"), 5 / SLOW)
    assert offered or SLOW > 1, "Shift+drag picked no range (no \"Range selected\")"
    assert inside(s.focus(), s.timeline), f"the focus left the timeline: {t.describe(s.focus())}"
    t.press(t.KEY_RETURN)
    after = wait(lambda: (months_shown(s) or before) <= before // 2 and months_shown(s), 5)
    assert after, f"Enter did not zoom to the range: {s.timeline.get_description()!r} " \
        f"({before} months before)"
    t.press_with(KEY_CONTROL, KEY_0)
    wait(lambda: (months_shown(s) or 0) >= before, 5)


CHECKS = [
    check_focus_starts_in_timeline,
    check_empty_details_not_a_stop,
    check_tab_reaches_timeline,
    check_keys_reach_timeline_from_header,
    check_arrows_move_between_events,
    check_focused_event_inside_canvas,
    check_every_object_named,
    check_eras_announced,
    check_cluster_lists_its_events,
    check_range_then_enter_zooms,
    check_main_window_names,
    check_partner_picker,
    check_result_count_described,
    check_list_page,
    check_export_by_keyboard,
    check_export_dialog,
    check_shortcuts_window,
    check_about_window,
    # Last: GTK 4.8 takes seconds to build this window's accessibles (minutes under ASan).
    check_dataset_window,
]


def recover(s):
    """After a failed check, puts the app back as the checks expect it (no popover or
    dialog, the timeline page, no filter, the focus on the timeline), so that one
    failure is reported once rather than again by every check after it."""
    for _ in range(3):
        t.press(t.KEY_ESCAPE)
    wait(lambda: all(w == s.window for w in s.windows()), 5)
    switch = t.find(s.window, "page tab", "Timeline")
    if switch is not None:
        t.do_action(switch)
    clear = t.find(s.window, "push button", "Clear Filters", pred=lambda n: "visible" in t.states(n))
    if clear is not None:
        t.click(clear)
    focus_timeline(s)


def main():
    binary, schema_dir = sys.argv[1], sys.argv[2]
    Atspi.init()
    # libatspi gives up on a reply after 800 ms; under a sanitizer the app takes longer
    # to answer (a picker's rows are built inside its button's click): wait as long as
    # the checks' own waits allow.
    Atspi.set_timeout(800 * SLOW, 15000 * SLOW)
    session = Session(binary, schema_dir)
    failed = 0
    print(f"1..{len(CHECKS)}")
    try:
        for i, check in enumerate(CHECKS, 1):
            try:
                check(session)
                print(f"ok {i} {check.__name__}")
            except Exception:  # noqa: BLE001 -- reported as a failed check
                failed += 1
                print(f"not ok {i} {check.__name__}")
                for line in traceback.format_exc().splitlines():
                    print(f"# {line}")
                # Also on stderr, which meson shows for a failed test (TAP comments it
                # does not): what failed, and where, reaches the CI's log.
                print(f"{check.__name__} failed:\n{traceback.format_exc()}", file=sys.stderr)
                try:
                    recover(session)
                except Exception:  # noqa: BLE001 -- the next check reports what is wrong
                    print(f"recovery after {check.__name__} failed:\n{traceback.format_exc()}",
                          file=sys.stderr)
    finally:
        session.close()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
