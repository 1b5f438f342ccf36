"""Capture during the meeting: what is said, per table and round or per agenda item."""
