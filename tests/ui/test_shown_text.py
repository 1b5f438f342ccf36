from facilitator.ui.common.shown_text import shown


def test_direction_overrides_cannot_disguise_text():
    assert shown("\u202eevil.exe") == "evil.exe"


def test_right_to_left_text_is_kept():
    assert shown("مرحبا بالعالم") == "مرحبا بالعالم"


def test_lines_are_joined_for_a_one_line_cell():
    assert shown("första\r\nandra\n") == "första andra"
    assert shown("  ") == ""
