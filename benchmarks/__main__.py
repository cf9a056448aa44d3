"""Run every ``benchmarks/bench_*.py`` (or those named: ``make bench BENCH_ARGS="overlay --quick"``)."""
import argparse
import importlib
import pkgutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from qgis_headless import start_qgis  # noqa: E402

from benchmarks.harness import Bench  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("names", nargs="*", help="benchmark modules to run (without bench_), default all")
    parser.add_argument("--quick", action="store_true", help="small sizes only (a smoke run)")
    args = parser.parse_args()
    start_qgis()
    bench = Bench(quick=args.quick)
    modules = sorted(m.name for m in pkgutil.iter_modules([str(Path(__file__).parent)])
                     if m.name.startswith("bench_"))
    if args.names:
        modules = [m for m in modules if m[len("bench_"):] in args.names or m in args.names]
    started = time.perf_counter()
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        module.run(bench)
    print(f"\nbench: {len(modules)} modules in {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
