"""Cooperation Desk: handle cooperation requests from the International Criminal Court."""

__version__ = "0.1.0"
APP_NAME = "Cooperation Desk"
