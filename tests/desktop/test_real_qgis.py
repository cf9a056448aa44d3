"""The real QGIS desktop, driven like a user: ``qgis`` under Xvfb with a fresh profile holding the staged
plugin (``make package``), and driver.py walking the whole workflow on seeds/ twice through the dock,
revisiting every step (see driver.py). Fails on a crash, a Python error or critical message in QGIS's
log, a missing result file, or a step that did not produce its outputs. Screenshots: build/desktop/."""
import json
import os
import re
import shutil
import signal
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import REPO

DESKTOP = REPO / "build" / "desktop"
STAGE = REPO / "build" / "corridor_plugin"
DRIVER = Path(__file__).with_name("driver.py")
SCREEN = "1600x1000x24"
TIMEOUT = 300  # seconds for the whole QGIS run; it takes about one minute
CRITICAL = 2  # Qgis.Critical

# A fresh profile: the plugin enabled, nothing that reaches the network or asks a question at start.
PROFILE_INI = """[PythonPlugins]
corridor_plugin=true

[qgis]
allowVersionCheck=false
checkVersion=false

[core]
NewsFeed\\httpsfeedqgisorg\\disabled=true

[app]
plugin_installer\\checkOnStart=false
plugin_installer\\checkOnStartInterval=0

[locale]
overrideFlag=true
userLocale=en_US
"""


def make_profile(root: Path) -> Path:
    """``root/profiles/default`` with the staged plugin and the settings above."""
    shutil.rmtree(root, ignore_errors=True)
    profile = root / "profiles" / "default"
    shutil.copytree(STAGE, profile / "python" / "plugins" / "corridor_plugin")
    (profile / "QGIS").mkdir(parents=True)
    (profile / "QGIS" / "QGIS3.ini").write_text(PROFILE_INI, encoding="utf-8")
    return root


def stage_plugin():
    done = subprocess.run(["make", "-s", "package"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, f"make package failed:\n{done.stdout}\n{done.stderr}"
    assert (STAGE / "metadata.txt").exists()


def start_xvfb():
    """Xvfb on a free display (it picks the number and tells it through a pipe)."""
    if shutil.which("Xvfb") is None:
        pytest.fail("Xvfb is missing: scripts/setup.sh dev installs the Debian package xvfb")
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", SCREEN, "-nolisten", "tcp"],
                              pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              start_new_session=True)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        pytest.fail(f"Xvfb did not start: {server.communicate()[1]}")
    return server, f":{number}"


def screen_of(display, path):
    """The whole X screen from outside QGIS (ImageMagick's import): what a hung QGIS shows."""
    if shutil.which("import"):
        subprocess.run(["import", "-display", display, "-window", "root", str(path)], timeout=30,
                       capture_output=True)
    return path


def run_qgis(display, profiles, config):
    env = {key: value for key, value in os.environ.items()
           if key not in ("PYTHONPATH", "QGIS_PLUGINPATH", "QGIS_CUSTOM_CONFIG_PATH", "QT_QPA_PLATFORM")}
    env.update({"DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8",
                "CORRIDOR_DESKTOP_CONFIG": str(config),
                "XDG_RUNTIME_DIR": str(DESKTOP / "runtime"),
                # QGIS calls layers under its temporary folder "temporary" and asks about them at exit; a checkout
                # under /tmp (CI) would put the saved project's outputs there: QGIS gets a temporary folder of its own
                "TMPDIR": str(DESKTOP / "tmp")})
    (DESKTOP / "runtime").mkdir(mode=0o700, exist_ok=True)
    (DESKTOP / "tmp").mkdir(exist_ok=True)
    command = ["qgis", "--profiles-path", str(profiles), "--nologo", "--noversioncheck", "--lang", "en",
               "--code", str(DRIVER)]
    started = time.monotonic()
    with open(DESKTOP / "qgis.stdout.log", "w") as out, open(DESKTOP / "qgis.stderr.log", "w") as err:
        qgis = subprocess.Popen(command, env=env, stdout=out, stderr=err, cwd=DESKTOP, start_new_session=True)
        try:
            code = qgis.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            screen_of(display, DESKTOP / "screenshots" / "timeout.png")
            os.killpg(qgis.pid, signal.SIGKILL)
            qgis.wait()
            code = None
    return code, time.monotonic() - started


def describe_exit(code):
    if code is None:
        return f"QGIS did not end within {TIMEOUT} s (killed; the screen is in screenshots/timeout.png)"
    if code < 0:
        return f"QGIS crashed: killed by signal {signal.Signals(-code).name} ({code})"
    if code == 3:
        return "QGIS did not quit on Project > Exit (exit code 3 from the driver's fallback)"
    return f"QGIS exited with code {code}"


def problems_of(code, result, stderr, backtrace=""):
    """What went wrong, in words; ``backtrace`` is what QGIS's crash handler got from gdb (its stdout)."""
    problems = []
    if code != 0:
        problems.append(describe_exit(code))
    died = re.search(r"QGIS died on signal (\d{1,2})", stderr)  # gdb may follow on the same line
    if died:
        frames = re.findall(r"^#\d+ .* in ((?:Qgs|Q)\w*::[\w~]+)", backtrace, re.MULTILINE)
        problems.append(f"QGIS says it died on signal {died.group(1)}"
                        + (" in " + " < ".join(frames[:4]) if frames else ""))
    if result is None:
        problems.append("no result file: the driver did not run or QGIS died before it wrote anything")
        return problems
    if result["driver_error"]:
        problems.append("the driver stopped at {at}:\n{traceback}".format(**result["driver_error"]))
    for error in result["python_errors"]:
        problems.append("Python error at {at}:\n{traceback}".format(**error))
    for message in result["messages"]:
        if message["level"] >= CRITICAL or message["tag"] == "Python error":
            problems.append("{tag} (level {level}) at {at}: {message}".format(**message))
    for check in result["checks"]:
        if not check["ok"]:
            problems.append("{at}: {what} -- {detail}".format(**check))
    for dialog in result["dialogs"]:
        problems.append("a dialog was left open at {at}: {class} '{title}'".format(**dialog))
    if not result["finished"] and not problems:
        problems.append("the walk did not finish")
    if not result["plugin_path"].startswith(str(DESKTOP / "profile")):
        problems.append(f"QGIS did not load the staged plugin of the profile but {result['plugin_path']!r}")
    return problems


@pytest.mark.slow
def test_the_whole_workflow_twice_in_the_real_qgis_desktop(capsys):
    if shutil.which("qgis") is None:
        pytest.fail("the qgis binary is missing: scripts/setup.sh installs the Debian package qgis")
    stage_plugin()
    shutil.rmtree(DESKTOP, ignore_errors=True)
    shots, work = DESKTOP / "screenshots", DESKTOP / "work"
    shots.mkdir(parents=True)
    work.mkdir()
    profiles = make_profile(DESKTOP / "profile")
    result_path = DESKTOP / "result.json"
    config = DESKTOP / "config.json"
    # QGIS's task threads end 1 s (instead of 30 s) after their last task: as if the user paused between
    # any two steps, so that what a thread left behind is used after it has ended (docs/development.md).
    config.write_text(json.dumps({"seeds": str(REPO / "seeds"), "work": str(work), "screenshots": str(shots),
                                  "result": str(result_path), "passes": 2, "thread_expiry_ms": 1000}),
                      encoding="utf-8")
    server, display = start_xvfb()
    try:
        code, seconds = run_qgis(display, profiles, config)
    finally:
        server.terminate()
        server.wait(timeout=30)
    stderr = (DESKTOP / "qgis.stderr.log").read_text(encoding="utf-8", errors="replace")
    qt_warnings = [line for line in stderr.splitlines() if line.startswith("Warning: ")]
    with capsys.disabled():
        print(f"\ndesktop: QGIS ran {seconds:.0f} s; screenshots in {shots}, log in {DESKTOP}/qgis.stderr.log"
              + (f" ({len(qt_warnings)} Qt warnings, e.g. {qt_warnings[0][9:]!r})" if qt_warnings else ""))
    result = json.loads(result_path.read_text(encoding="utf-8")) if result_path.exists() else None
    stdout = (DESKTOP / "qgis.stdout.log").read_text(encoding="utf-8", errors="replace")
    problems = problems_of(code, result, stderr, stdout)
    if problems:
        trail = [f"  {entry['t']:7.2f} s  {entry['what']}" for entry in (result or {}).get("trail", [])[-8:]]
        pytest.fail("\n".join([f"{len(problems)} problem(s) in the real QGIS desktop:"] + problems
                              + ["last actions of the driver:"] + trail + [f"screenshots: {shots}"]),
                    pytrace=False)
    # Every step of both passes checked its outputs (a walk that skipped one cannot pass by silence).
    checked = {re.match(r"pass \d \d\.\w+", check["at"]).group(0) for check in result["checks"]
               if re.match(r"pass \d \d\.\w+", check["at"])}
    assert len(checked) == 2 * 5, sorted(checked)
