"""Shared widgets and helpers: the generic entity list page and model, columns, delegates,
shortcuts, pages built on first use, background work, shown text, small dialogs."""
