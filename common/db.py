"""Hot read queries whose SQL is built once per database connection.

On the personalized answer page, building and compiling a queryset cost more than running it
(issue 6 profile: ~1 ms of ORM work against ~0.3 ms in the database). A ``PreparedQuery``
asks the ORM for the SQL once, with sentinel values in place of the parameters that change
per call, and afterwards only swaps the real values in. Rows go through Django's own
converters, so a prepared query returns exactly what iterating the ``values_list()`` queryset
would.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import QuerySet


@dataclass(frozen=True)
class _Compiled:
    sql: str
    params: tuple
    slots: dict[str, int]  # placeholder name -> its index in params
    compiler: Any
    converters: dict


class PreparedQuery:
    """``build(**placeholders)`` returns a ``values_list()`` queryset.

    Each placeholder is given a sentinel at preparation: a value that must appear exactly once
    among the query's parameters and that real data never holds (e.g. a negative id). At run
    time, ``rows(name=value)`` puts the real values in those places. Only give placeholders
    that the database takes as they are (ints, plain strings): the ORM's value preparation is
    not run again for them.
    """

    def __init__(self, build: Callable[..., QuerySet], **placeholders: Any) -> None:
        self._build = build
        self._placeholders = placeholders
        # Per connection: the compiler holds its connection, and connections are per thread.
        # The lock: a WeakKeyDictionary is not safe to change from several threads at once.
        self._compiled: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    def _compile(self, connection: Any) -> _Compiled:
        queryset = self._build(**self._placeholders)
        compiler = queryset.query.get_compiler(connection=connection)
        sql, params = compiler.as_sql()
        slots = {}
        for name, sentinel in self._placeholders.items():
            hits = [i for i, p in enumerate(params) if type(p) is type(sentinel) and p == sentinel]
            if len(hits) != 1:
                raise ValueError(f"placeholder {name!r} appears {len(hits)} times in the query")
            slots[name] = hits[0]
        columns = [select[0] for select in compiler.select[: compiler.col_count]]
        return _Compiled(sql, tuple(params), slots, compiler, compiler.get_converters(columns))

    def rows(self, *, using: str = DEFAULT_DB_ALIAS, **values: Any) -> list[tuple]:
        if values.keys() != self._placeholders.keys():
            raise TypeError(f"give exactly these values: {sorted(self._placeholders)}")
        connection = connections[using]
        with self._lock:
            compiled = self._compiled.get(connection)
        if compiled is None:
            compiled = self._compile(connection)
            with self._lock:
                self._compiled[connection] = compiled
        params = list(compiled.params)
        for name, value in values.items():
            params[compiled.slots[name]] = value
        with connection.cursor() as cursor:
            cursor.execute(compiled.sql, params)
            rows = cursor.fetchall()
        if compiled.converters:
            rows = compiled.compiler.apply_converters(rows, compiled.converters)
        return [tuple(row) for row in rows]
