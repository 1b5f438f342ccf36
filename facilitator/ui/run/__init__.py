"""Running the meeting: the run page, the projector and the round timer."""
