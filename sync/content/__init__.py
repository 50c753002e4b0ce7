"""Lesson content pipeline shared by the importer and the client (no Qt, no tutorclient).

:func:`render_lesson` turns lesson Markdown into the HTML subset QTextBrowser
displays; :func:`lesson_text` gives its searchable words.
"""

from sync.content.render import CALLOUTS, Rendered, render_lesson
from sync.content.text import html_to_text, lesson_text

__all__ = ["CALLOUTS", "Rendered", "html_to_text", "lesson_text", "render_lesson"]
