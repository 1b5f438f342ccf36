"""Facilitator: plan and run participatory workshops and World Cafés, and turn what is
said into an action plan with owners."""

__version__ = "0.1.0"
APP_NAME = "Facilitator"
