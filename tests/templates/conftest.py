"""Fixtures of the template tests: the checklist, and LibreOffice run headless with a private profile."""
import os
import shutil
import subprocess

import pytest


@pytest.fixture(scope="session")
def checklist():
    from corridor_plugin.core.taxonomy import load_checklist

    return load_checklist()


@pytest.fixture(scope="session")
def libreoffice(tmp_path_factory):
    """``convert(files, target, outdir)``: LibreOffice ``--convert-to`` in one process for several files.
    Fails (not skips) when LibreOffice is missing: the templates must be checked against it."""
    binary = shutil.which("libreoffice") or shutil.which("soffice")
    if binary is None:
        pytest.fail("LibreOffice (Debian libreoffice-calc) is needed for the template tests")
    home = tmp_path_factory.mktemp("lo-home")
    profile = home / "profile"

    def convert(files, target, outdir):
        env = dict(os.environ, HOME=str(home))
        command = [binary, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
                   "--convert-to", target, "--outdir", str(outdir)] + [str(f) for f in files]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
        assert done.returncode == 0, done.stderr
        return done

    return convert
