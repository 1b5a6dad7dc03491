"""The Qt layer: views, item models and dialogs over the application services."""

from desktop.gui import pyside_sources

pyside_sources.install()  # first: before the Qt layer's own hundreds of imports
