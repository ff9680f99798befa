"""The string constants a module says, for the tests that keep words out of the code (issue 16:
everything said to the user comes from the one catalogue)."""

from __future__ import annotations

import ast
from collections.abc import Callable


def said_literals(tree: ast.AST, skip: Callable[[ast.AST], bool] = lambda node: False) -> list[tuple[int, str]]:
    """(line, text) of every string constant of ``tree``, less its docstrings and whatever lies
    inside a node ``skip`` names (a word list, a pattern)."""
    skipped: set[int] = set()
    for node in ast.walk(tree):
        if skip(node):
            skipped |= {id(inner) for inner in ast.walk(node)}
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and ast.get_docstring(node) is not None:
            skipped.add(id(node.body[0].value))  # type: ignore[attr-defined]
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped
    ]
