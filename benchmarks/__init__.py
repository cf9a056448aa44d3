"""`make bench`: Corridor's benchmarks. Every figure is printed as a ratio against a baseline run in
the same process on the same data (a native QGIS algorithm, ogr2ogr, ...), plus how cost grows
with size. Modules ``bench_*.py`` define ``run(bench)``; data generators live in ``tests/builders``."""
