"""Pure computation: no widgets, testable without a GUI. Processing shells and the dock call this."""
