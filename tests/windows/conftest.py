"""Tests of Windows file semantics (issue 11): the ``windows_files`` fixture for all of them."""

from tests.windows_semantics import windows_files  # noqa: F401  (a fixture)
