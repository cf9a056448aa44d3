"""Synthetic data generators shared by the tests and the benchmarks (one place, reused)."""
