"""Help inside the app, offline: the keyboard shortcuts and a short user guide."""
