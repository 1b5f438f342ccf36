"""Facilitator: plan and run participatory workshops and World Cafés, and turn what is
said into an action plan with owners."""

APP_NAME = "Facilitator"


def __getattr__(name: str) -> str:
    # The version comes from the package metadata (pyproject.toml), read only when asked for:
    # importlib.metadata costs start-up time the window does not need.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("facilitator")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
