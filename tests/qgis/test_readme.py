"""The README documents every algorithm and every one of its parameters (they are public interface)."""
import re

from qgis.core import QgsApplication

from tests.conftest import REPO


def test_every_algorithm_and_parameter_is_documented(corridor_plugin):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    provider = QgsApplication.processingRegistry().providerById("corridor")
    missing = []
    for alg in provider.algorithms():
        heading = re.search(rf"^#### `{re.escape(alg.id())}`", readme, re.MULTILINE)
        if heading is None:
            missing.append(alg.id())
            continue
        # The algorithm's section runs to the next algorithm heading.
        following = re.search(r"^#### `corridor:", readme[heading.end():], re.MULTILINE)
        section = readme[heading.start(): heading.end() + (following.start() if following else len(readme))]
        for parameter in alg.parameterDefinitions():
            if f"`{parameter.name()}`" not in section:
                missing.append(f"{alg.id()} {parameter.name()}")
    assert not missing, f"undocumented in README.md: {missing}"
