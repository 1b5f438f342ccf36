"""The application has its own icon, drawn from the packaged SVG, and names its desktop file."""

from facilitator.app import make_application, set_application_icon


def test_the_icon_is_drawn_from_the_package(qapp):
    app = make_application(["facilitator"])
    set_application_icon(app)
    picture = app.windowIcon().pixmap(64, 64).toImage()
    assert not picture.isNull() and picture.width() == 64
    # The blue square of the icon, not a blank or generic one.
    assert picture.pixelColor(6, 32).blue() > 100 and picture.pixelColor(6, 32).red() < 60
    assert app.desktopFileName() == "se.facilitator.Facilitator"
