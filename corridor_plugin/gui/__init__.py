"""Widgets: the Corridor dock, its step panels and QgsTask wrappers. No computation lives here."""
