"""An offline course preview window: the library tree, the reader and search.

This is the first cut of the desktop app: it reads the local store directly.
The full shell (operations off the UI thread, login, sync, quizzes) replaces it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QLabel, QLineEdit, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from tutorclient import content
from tutorclient.store import BlobCache, Store, search

from .reader import LessonBrowser

LESSON_ROLE = Qt.ItemDataRole.UserRole + 1


class PreviewWindow(QMainWindow):
    def __init__(self, store: Store, blobs: BlobCache):
        super().__init__()
        self.store = store
        self.setObjectName("previewWindow")
        self.setWindowTitle("TutorClient — offline preview (demo material, not clinical guidance)")
        self.resize(1280, 720)

        self.search_box = QLineEdit(objectName="searchBox", placeholderText="Search lessons and discussions")
        self.search_box.setAccessibleName("Search")
        self.results = QListWidget(objectName="searchResults")
        self.results.setAccessibleName("Search results")
        self.results.hide()
        self.tree = QTreeWidget(objectName="libraryTree")
        self.tree.setAccessibleName("Courses and lessons")
        self.tree.setHeaderHidden(True)
        self.reader = LessonBrowser(blobs)

        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel("<b>Library</b>"))
        layout.addWidget(self.search_box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.tree, 3)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.reader)
        split.setSizes([360, 920])
        self.setCentralWidget(split)
        self.statusBar().showMessage("Offline preview: everything here is read from this computer.")

        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(self._run_search)
        self.search_box.textChanged.connect(lambda _: self._debounce.start())
        self.tree.currentItemChanged.connect(self._tree_changed)
        self.results.itemActivated.connect(self._result_opened)
        self.results.itemClicked.connect(self._result_opened)
        self._fill_tree()

    def _fill_tree(self) -> None:
        first = None
        for course in content.list_courses(self.store):
            top = QTreeWidgetItem([course["title"]])
            top.setToolTip(0, course["summary"] or "")
            self.tree.addTopLevelItem(top)
            module_items: dict[str, QTreeWidgetItem] = {}
            for ref in content.course_outline(self.store, course["id"]):
                parent = module_items.get(ref.module_title)
                if parent is None:
                    parent = module_items[ref.module_title] = QTreeWidgetItem(top, [ref.module_title])
                item = QTreeWidgetItem(parent, [ref.title])
                item.setData(0, LESSON_ROLE, ref.id)
                first = first or item
            top.setExpanded(True)
            for m in module_items.values():
                m.setExpanded(True)
        if first is not None:
            self.tree.setCurrentItem(first)

    def open_lesson(self, lesson_id: str) -> None:
        lesson = content.lesson(self.store, lesson_id)
        if lesson is not None:
            self.reader.show_markdown(lesson["body_md"])

    @Slot()
    def _tree_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None and current.data(0, LESSON_ROLE):
            self.open_lesson(current.data(0, LESSON_ROLE))

    @Slot()
    def _run_search(self) -> None:
        self.results.clear()
        text = self.search_box.text().strip()
        hits = search(self.store.db, text, kinds=("lesson",)) if text else []
        self.results.setVisible(bool(text))
        for hit in hits:
            item = QListWidgetItem(f"{hit.title} — {hit.snippet_text}")
            item.setData(LESSON_ROLE, hit.id)
            self.results.addItem(item)
        if text and not hits:
            self.results.addItem("No lessons match.")

    @Slot()
    def _result_opened(self, item: QListWidgetItem) -> None:
        if item.data(LESSON_ROLE):
            self.open_lesson(item.data(LESSON_ROLE))
