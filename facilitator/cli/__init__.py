"""The command line: the window, and the headless commands on the same layers.

    main      the entry point: the window, or a command
    export    minutes, the catalogue, printables and CSV
    rotation  a World Café seating plan
    serve     the phone pages without the window
    smoke     --smoke-test
    headless  what the commands share
"""

from .main import main

__all__ = ["main"]
