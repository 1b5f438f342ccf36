"""The harvest: themes, duplicates, dot votes, main points and decisions; search."""
