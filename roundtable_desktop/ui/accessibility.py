"""Names for screen readers where Qt finds none by itself: a field whose label is not its sibling
(the field sits in a row of its own with a marker or a button) is named after its label."""

import re

from PySide6.QtWidgets import QLabel, QWidget


def name_fields_after_labels(top: QWidget) -> None:
    """Every label's buddy without an accessible name takes the label's words ("&Title:" ->
    "Title")."""
    for label in top.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName():
            words = re.sub(r"&(?!&)", "", label.text()).replace("&&", "&").strip().rstrip(":").strip()
            if words:
                buddy.setAccessibleName(words)
