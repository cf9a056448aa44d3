"""Small helpers shared by core, processing and gui: paths, translation, logging, settings."""
