"""The action plan: the catalogue of measures, the measure editor, the coverage grid and
the follow-up of a meeting."""
