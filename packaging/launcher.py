"""The frozen application's entry point (PyInstaller): the same as the `facilitator` command."""

import sys

from facilitator.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
