"""Revisiting steps: every step opened twice and left with the back arrow or with its "Next" button, in
several orders. Each visit used to reconnect ``panelAccepted`` to ``QgsPanelWidgetStack.closePanel`` on the
same kept panel, so the second "back" closed it twice and QGIS crashed (segfault)."""
import itertools

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QPushButton

from corridor_plugin.gui.steps import WORKFLOW_STEPS


def back(dock):
    dock.ui.panelStack.acceptCurrentPanel()  # the stack's back arrow does exactly this
    QgsApplication.processEvents()


def next_button(panel):
    buttons = [b for b in panel.findChildren(QPushButton) if b.objectName() == "next_step"]
    return buttons[0] if buttons else None


def shown(dock):
    return dock.ui.panelStack.currentPanel()


def test_every_step_twice_back_and_next_in_any_order(dock):
    stack = dock.ui.panelStack
    for _round in range(2):
        for step in WORKFLOW_STEPS:
            panel = dock.open_step(step)
            assert shown(dock) is panel
            back(dock)
            assert shown(dock) is dock.workflow_panel
            panel = dock.open_step(step)
            assert shown(dock) is panel
            follow = next_button(panel)
            if follow is not None:
                follow.click()
                QgsApplication.processEvents()
                assert shown(dock) is not panel and shown(dock).step is not step
            back(dock)
            assert shown(dock) is dock.workflow_panel
    # and in orders that jump around: the same panel object comes back each time, once on the stack
    for first, second in itertools.permutations(WORKFLOW_STEPS[:3] + WORKFLOW_STEPS[3:], 2):
        dock.open_step(first)
        dock.open_step(second)
        back(dock)
        assert shown(dock) is dock.workflow_panel
    assert stack.currentPanel() is dock.workflow_panel
