"""Timing, memory and reporting for benchmarks. Peak memory is the process's resident-set peak
(``VmHWM``), reset before each measurement through ``/proc/self/clear_refs``, so C allocations
(GEOS, GDAL, numpy) count too."""
import gc
import math
import time
from contextlib import contextmanager
from dataclasses import dataclass


def _read_status(key: str) -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _reset_peak():
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
    except OSError:
        pass


@dataclass
class Measurement:
    seconds: float
    peak_bytes: int
    result: object = None

    @property
    def peak_mb(self):
        return self.peak_bytes / 2**20


def measure(fn, *args, **kwargs) -> Measurement:
    gc.collect()
    _reset_peak()
    started = time.perf_counter()
    result = fn(*args, **kwargs)
    seconds = time.perf_counter() - started
    return Measurement(seconds, _read_status("VmHWM"), result)


class Bench:
    """Collects rows and prints them as they come (a benchmark may take minutes)."""

    def __init__(self, quick: bool = False):
        self.quick = quick
        self.rows = []
        self.section_name = ""

    @contextmanager
    def section(self, title: str):
        self.section_name = title
        print(f"\n== {title} ==", flush=True)
        yield
        self.section_name = ""

    def compare(self, label: str, candidate, baseline, baseline_label: str, units: int = 0, unit: str = "rows"):
        """Run ``baseline`` then ``candidate`` (callables without arguments); print the time ratio."""
        base = measure(baseline)
        cand = measure(candidate)
        ratio = cand.seconds / base.seconds if base.seconds > 0 else math.inf
        speed = f"  {units / cand.seconds:,.0f} {unit}/s" if units and cand.seconds > 0 else ""
        print(f"{label:<46} {cand.seconds:8.2f} s  {cand.peak_mb:8.0f} MB peak   vs {baseline_label}: "
              f"{base.seconds:8.2f} s  ratio {ratio:5.2f}x{speed}", flush=True)
        self.rows.append(dict(section=self.section_name, label=label, seconds=cand.seconds,
                              baseline=base.seconds, ratio=ratio, peak_mb=cand.peak_mb, units=units))
        return cand, base

    def scaling(self, label: str, sizes, make_case, unit: str = "items"):
        """``make_case(size)`` returns a callable to time; prints time per size and the growth exponent
        (slope of log time against log size between consecutive sizes: 1 = linear)."""
        previous = None
        for size in sizes:
            case = make_case(size)
            m = measure(case)
            exponent = ""
            if previous and previous[1] > 0 and m.seconds > 0:
                exponent = f"  growth exponent {math.log(m.seconds / previous[1]) / math.log(size / previous[0]):4.2f}"
            print(f"{label:<30} {size:>10,} {unit}  {m.seconds:8.2f} s  {m.peak_mb:8.0f} MB peak{exponent}",
                  flush=True)
            self.rows.append(dict(section=self.section_name, label=label, size=size, seconds=m.seconds,
                                  peak_mb=m.peak_mb))
            previous = (size, m.seconds)

    def single(self, label: str, fn):
        """Time one step (a callable without arguments) and print its peak memory."""
        m = measure(fn)
        print(f"{label:<46} {m.seconds:8.2f} s  {m.peak_mb:8.0f} MB peak", flush=True)
        self.rows.append(dict(section=self.section_name, label=label, seconds=m.seconds, peak_mb=m.peak_mb))
        return m

    def figure(self, label: str, value: float, unit: str):
        print(f"{label:<46} {value:12.3f} {unit}", flush=True)
        self.rows.append(dict(section=self.section_name, label=label, value=value, unit=unit))
