"""A small AT-SPI client for Chronicle's end-to-end tests: the app as a screen reader sees it.

Follows the recipe of the shared atspi tools (GTK 4.8 over AT-SPI on Xvfb): names, focus,
extents, actions and synthesized keys, always waiting for a condition rather than a time.
"""
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi, GLib  # noqa: E402

KEY_TAB = 0xFF09
KEY_RETURN = 0xFF0D
KEY_SPACE = 0x20
KEY_ESCAPE = 0xFF1B
KEY_RIGHT = 0xFF53
KEY_LEFT = 0xFF51
KEY_HOME = 0xFF50
KEY_END = 0xFF57
KEY_F6 = 0xFFC3


def wait_until(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while True:
        result = predicate()
        if result or time.monotonic() > deadline:
            return result or None
        time.sleep(0.05)


def find_app(name, timeout=30.0):
    def look():
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and (app.get_name() or "") == name:
                return app
        return None
    return wait_until(look, timeout)


def states(node):
    try:
        return {Atspi.StateType(s).value_nick for s in node.get_state_set().get_states()}
    except GLib.GError:
        return set()


def children(node):
    try:
        n = node.get_child_count()
    except GLib.GError:
        return []
    out = []
    for i in range(n):
        try:
            c = node.get_child_at_index(i)
        except GLib.GError:
            c = None
        if c is not None:
            out.append(c)
    return out


def walk(node):
    yield node
    for c in children(node):
        yield from walk(c)


def find_all(node, role=None, name=None, pred=None):
    out = []
    for n in walk(node):
        try:
            if role is not None and n.get_role_name() != role:
                continue
            if name is not None and (n.get_name() or "") != name:
                continue
        except GLib.GError:
            continue
        if pred is not None and not pred(n):
            continue
        out.append(n)
    return out


def find(node, role=None, name=None, pred=None):
    hits = find_all(node, role, name, pred)
    return hits[0] if hits else None


def focused(app):
    """The accessible that has the keyboard focus, or None."""
    for n in walk(app):
        if "focused" in states(n):
            return n
    return None


def ancestors(node):
    out = []
    p = node.get_parent()
    while p is not None:
        out.append(p)
        p = p.get_parent()
    return out


def extents(node):
    return Atspi.Component.get_extents(node, Atspi.CoordType.WINDOW)


def actions(node):
    if "Action" not in node.get_interfaces():
        return []
    names = []
    for i in range(Atspi.Action.get_n_actions(node)):
        try:
            names.append(Atspi.Action.get_action_name(node, i))
        except GLib.GError:
            names.append("?")
    return names


def click(node, button=1):
    """A mouse click (XTest, through the registry) on NODE's centre, in window
    coordinates: GTK 4 knows no screen ones, and with no window manager on Xvfb
    every window sits at 0,0. For what has no usable action (GtkCheckButton)."""
    r = extents(node)
    Atspi.generate_mouse_event(r.x + r.width // 2, r.y + r.height // 2, f"b{button}c")


def do_action(node, index=0):
    Atspi.Action.do_action(node, index)


def press(keysym):
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)


# PRESS and RELEASE take a key code, not a key symbol: the modifiers' codes in the
# X server's default (evdev) keymap, as Xvfb has it.
MODIFIER_KEYCODES = {0xFFE3: 37, 0xFFE1: 50}  # Control_L, Shift_L


def press_with(modifier_keysym, keysym):
    code = MODIFIER_KEYCODES[modifier_keysym]
    Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.PRESS)
    Atspi.generate_keyboard_event(keysym, None, Atspi.KeySynthType.SYM)
    Atspi.generate_keyboard_event(code, None, Atspi.KeySynthType.RELEASE)


def type_text(string):
    Atspi.generate_keyboard_event(0, string, Atspi.KeySynthType.STRING)


def describe(node):
    try:
        return f"{node.get_role_name()} {node.get_name()!r} desc={node.get_description()!r}"
    except GLib.GError:
        return "<gone>"
