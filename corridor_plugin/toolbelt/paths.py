"""Where the plugin's files are, in a source checkout and in the packaged plugin.

In the repository ``resources/`` and ``seeds/`` sit beside ``corridor_plugin/``;
``make package`` stages them inside the plugin folder. Both layouts are supported.
"""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def plugin_root() -> Path:
    """Folder holding ``resources/`` and ``seeds/``."""
    if (PACKAGE_DIR / "resources").is_dir():
        return PACKAGE_DIR
    return PACKAGE_DIR.parent


def resources_path(*parts: str) -> Path:
    return plugin_root().joinpath("resources", *parts)


def seeds_path(*parts: str) -> Path:
    return plugin_root().joinpath("seeds", *parts)


def icon_path(name: str = "corridor.svg") -> str:
    return str(resources_path("icons", name))


def style_path(name: str) -> str:
    return str(resources_path("styles", name))


def metadata_path() -> Path:
    """``metadata.txt``: inside the staged plugin, at the repository top level in a checkout."""
    staged = PACKAGE_DIR / "metadata.txt"
    return staged if staged.exists() else PACKAGE_DIR.parent / "metadata.txt"


def plugin_version() -> str:
    import configparser

    parser = configparser.ConfigParser()
    parser.read(metadata_path(), encoding="utf-8")
    return parser.get("general", "version", fallback="0")
