"""A benchmark's figures, each beside its target, as rows of bench/RESULTS.md."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    measure: str
    figure: str
    target: str = ""
    met: bool | None = None  # None: no target

    @property
    def verdict(self) -> str:
        return {True: "met", False: "**missed**", None: ""}[self.met]


def at_least(value: float, target: float) -> bool:
    return value >= target


def at_most(value: float, target: float) -> bool:
    return value <= target


def print_rows(rows: list[Row]) -> None:
    for row in rows:
        target = f"  (target {row.target}: {row.verdict.strip('*')})" if row.target else ""
        print(f"{row.measure}: {row.figure}{target}", flush=True)
