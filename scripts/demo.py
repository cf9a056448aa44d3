#!/usr/bin/env python3
"""`make demo`: the whole Corridor workflow, headless, on the seed data in seeds/.

Each step calls a Corridor Processing algorithm exactly as a user would with `processing.run` or
`qgis_process`, and writes into one GeoPackage plus a small HTML index of what was produced.
"""
import argparse
import html
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from qgis_headless import REPO, start_qgis  # noqa: E402


class Demo:
    def __init__(self, output: Path):
        self.output = output
        self.gpkg = output / "corridor_demo.gpkg"
        self.outputs = []  # (step, description, path)
        self.results = {}

    def layer(self, name: str) -> str:
        """Destination for a layer inside the demo GeoPackage (overwriting the previous run)."""
        return f"ogr:dbname='{self.gpkg}' table=\"{name}\" (geom)"

    def run(self, step: str, alg_id: str, params: dict, description: str):
        import processing

        started = time.perf_counter()
        result = processing.run(alg_id, params)
        seconds = time.perf_counter() - started
        print(f"demo: {step:<28} {alg_id:<30} {seconds:6.1f} s")
        self.results[step] = result
        for key, value in result.items():
            if isinstance(value, str) and (str(self.output) in value or value.endswith((".gpkg", ".html"))):
                self.outputs.append((step, f"{description} ({key})", value))
        return result


def step_borders(demo: Demo):
    demo.run("study region", "corridor:countryborders",
             {"COUNTRIES": "CHN,MNG,RUS,KAZ", "SCALE": 0, "OUTPUT": demo.layer("country_borders")},
             "Country borders (Natural Earth 1:50m)")


STEPS = [step_borders]


def write_index(demo: Demo):
    rows = "\n".join(f"<tr><td>{html.escape(s)}</td><td>{html.escape(d)}</td><td>{html.escape(str(p))}</td></tr>"
                     for s, d, p in demo.outputs)
    page = demo.output / "index.html"
    page.write_text(f"""<!doctype html><html><head><meta charset="utf-8"><title>Corridor demo</title></head>
<body><h1>Corridor demo outputs</h1><table border="1" cellpadding="4">
<tr><th>step</th><th>output</th><th>where</th></tr>{rows}</table></body></html>""", encoding="utf-8")
    return page


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", default=str(REPO / "build" / "demo"))
    args = parser.parse_args()
    output = Path(args.output).resolve()
    output.mkdir(parents=True, exist_ok=True)
    demo = Demo(output)
    if demo.gpkg.exists():
        demo.gpkg.unlink()
    start_qgis()
    for step in STEPS:
        step(demo)
    page = write_index(demo)
    print(f"demo: outputs in {demo.gpkg} and {page}")


if __name__ == "__main__":
    main()
