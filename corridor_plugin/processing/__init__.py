"""Processing provider ``corridor`` and its algorithms, one module per algorithm."""
