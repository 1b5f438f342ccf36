"""The application has its own icon, drawn from the packaged SVG, and names its desktop file."""

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage

from facilitator.app import make_application, set_application_icon


def test_the_icon_is_drawn_from_the_package(qapp):
    app = make_application(["facilitator"])
    set_application_icon(app)
    picture = app.windowIcon().pixmap(64, 64).toImage()
    assert not picture.isNull() and picture.width() == 64
    # The blue square of the icon, not a blank or generic one.
    assert picture.pixelColor(6, 32).blue() > 100 and picture.pixelColor(6, 32).red() < 60
    assert app.desktopFileName() == "se.facilitator.Facilitator"


def test_the_main_window_shows_the_icon_drawn_at_the_screens_pixels(qapp, window):
    """The window takes the application's icon; at 200 % it is drawn from the SVG at 64 pixels
    for a 32-pixel title bar icon, the same picture as a 64-pixel one at 100 % (not an upscaled
    32-pixel bitmap)."""
    app = make_application(["facilitator"])
    set_application_icon(app)
    icon = window.windowIcon()
    assert not icon.isNull() and icon.cacheKey() == app.windowIcon().cacheKey()
    sharp = icon.pixmap(QSize(32, 32), 2.0)
    assert sharp.devicePixelRatio() == 2.0 and sharp.width() == 64
    assert sharp.toImage().convertToFormat(QImage.Format.Format_ARGB32) == icon.pixmap(64, 64).toImage().convertToFormat(
        QImage.Format.Format_ARGB32)
    blurred = icon.pixmap(32, 32).scaled(64, 64).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    assert sharp.toImage().convertToFormat(QImage.Format.Format_ARGB32) != blurred
