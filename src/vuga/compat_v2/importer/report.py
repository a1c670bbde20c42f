"""The report of an import: one line per table of the source — what was read, written (``changed`` of them
inserted or updated), skipped and why — and the tables not imported, with their row counts.

For every table read, ``read = written + skipped`` (each row is one or the other), and ``read`` equals the
rows the table had when the run began; ``unaccounted`` is the difference, 0 unless the table changed during
the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import msgspec
from rich.table import Table


@dataclass
class TableReport:
    source: str
    what: str  # where its rows went, or why they were not imported
    rows: int  # in the source when the run began
    imported: bool = True
    read: int = 0
    written: int = 0
    changed: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def unaccounted(self) -> int:
        """Rows neither written nor skipped with a reason: 0 unless the table changed while it was read."""
        if not self.imported:
            return 0
        return self.rows - self.written - self.skipped_total


@dataclass
class ImportReport:
    source: str
    run_id: int
    tables: list[TableReport] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def table(self, source: str) -> TableReport:
        return next(table for table in self.tables if table.source == source)

    @property
    def unaccounted(self) -> int:
        return sum(abs(table.unaccounted) for table in self.tables)

    @property
    def changed(self) -> int:
        return sum(table.changed for table in self.tables if table.imported)

    def as_json(self) -> bytes:
        return msgspec.json.encode(
            {
                "source": self.source,
                "run_id": self.run_id,
                "unaccounted": self.unaccounted,
                "notes": self.notes,
                "tables": [
                    {
                        "source": t.source,
                        "what": t.what,
                        "imported": t.imported,
                        "rows": t.rows,
                        "read": t.read,
                        "written": t.written,
                        "changed": t.changed,
                        "skipped": t.skipped,
                        "unaccounted": t.unaccounted,
                    }
                    for t in self.tables
                ],
            }
        )

    def render(self) -> list[Table]:
        """The report as rich tables: the tables imported, then those not imported."""
        imported = Table(title=f"VUGA import from {self.source} (run {self.run_id})", show_lines=False)
        for column, justify in (
            ("table", "left"),
            ("into", "left"),
            ("read", "right"),
            ("written", "right"),
            ("changed", "right"),
            ("skipped", "right"),
            ("why skipped", "left"),
        ):
            imported.add_column(column, justify=justify)  # type: ignore[arg-type]
        for t in self.tables:
            if not t.imported:
                continue
            reasons = "; ".join(f"{count} {reason}" for reason, count in sorted(t.skipped.items()))
            imported.add_row(
                t.source, t.what, str(t.read), str(t.written), str(t.changed), str(t.skipped_total), reasons
            )
        passed = Table(title="Not imported")
        passed.add_column("table")
        passed.add_column("rows", justify="right")
        passed.add_column("why")
        for t in self.tables:
            if not t.imported:
                passed.add_row(t.source, str(t.rows), t.what)
        return [imported, passed]
