"""A throw-away PostgreSQL + PostGIS 3 server for tests and benchmarks: ``initdb`` in a temporary
directory, ``pg_ctl start`` on a free localhost port, ``CREATE EXTENSION postgis``, and ``stop()``.

PostgreSQL refuses to run as root, so when we are root the server runs as the ``postgres`` user
(``runuser``); its data directory is made reachable for that user."""
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def postgresql_bin(root: Path = Path("/usr/lib/postgresql"), share: Path = Path("/usr/share/postgresql")) -> Path:
    """The ``bin`` folder of the newest installed PostgreSQL that has PostGIS (Debian installs each major
    version side by side: 15 on Debian 12, 17 on 13, 18 on unstable); the newest with ``initdb`` if none has
    PostGIS yet, and ``root/15/bin`` (named in the error message) when none is installed."""
    def major(path):
        return int(path.name) if path.name.isdigit() else -1

    installed = sorted((p for p in root.glob("*") if (p / "bin" / "initdb").exists()), key=major, reverse=True)
    with_postgis = [p for p in installed if (share / p.name / "extension" / "postgis.control").exists()]
    chosen = (with_postgis or installed or [root / "15"])[0]
    return chosen / "bin"


PG_BIN = Path(os.environ["CORRIDOR_PG_BIN"]) if os.environ.get("CORRIDOR_PG_BIN") else postgresql_bin()


class PostgisServerError(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgisServer:
    def __init__(self, database="corridor_test", settings=None):
        self.database = database
        self.settings = dict(settings or {})
        self.port = None
        self.root = None
        self.user = None

    @property
    def dsn(self):
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{self.database}"

    def _run(self, args, check=True, timeout=120):
        command = [str(a) for a in args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", self.user, "--"] + command
        completed = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        if check and completed.returncode != 0:
            raise PostgisServerError(f"{' '.join(command)} failed ({completed.returncode}):\n"
                                     f"{completed.stdout}\n{completed.stderr}")
        return completed

    def start(self):
        for tool in ("initdb", "pg_ctl", "psql"):
            if not (PG_BIN / tool).exists() and not shutil.which(tool):
                raise PostgisServerError(
                    f"PostgreSQL tool {tool} not found in {PG_BIN}: install the Debian packages postgresql-N "
                    "postgresql-N-postgis-3 of your Debian's PostgreSQL version N (scripts/setup.sh dev does)")
        self.user = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        self.root = Path(tempfile.mkdtemp(prefix="corridor-pg-"))
        data, sockets = self.root / "data", self.root / "sockets"
        sockets.mkdir()
        if os.geteuid() == 0:
            entry = pwd.getpwnam(self.user)
            os.chmod(self.root, 0o755)
            for path in (self.root, sockets):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run([PG_BIN / "initdb", "-D", data, "-U", self.user, "--auth=trust", "--encoding=UTF8",
                   "--locale=C.UTF-8", "--no-sync"])
        self.port = free_port()
        options = {"listen_addresses": "'127.0.0.1'", "port": self.port,
                   "unix_socket_directories": f"'{sockets}'", "fsync": "off", "synchronous_commit": "off",
                   "full_page_writes": "off", "max_connections": 40, "shared_buffers": "'128MB'",
                   "max_wal_size": "'2GB'"}
        options.update(self.settings)
        with open(data / "postgresql.conf", "a", encoding="utf-8") as conf:
            for key, value in options.items():
                conf.write(f"{key} = {value}\n")
        if os.geteuid() == 0:
            subprocess.run(["chown", "-R", f"{self.user}:", str(data)], check=True)
        log = self.root / "server.log"
        if os.geteuid() == 0:
            log.touch()
            os.chown(log, pwd.getpwnam(self.user).pw_uid, pwd.getpwnam(self.user).pw_gid)
        try:
            self._run([PG_BIN / "pg_ctl", "-D", data, "-l", log, "-w", "-t", "60", "start"], timeout=90)
        except PostgisServerError as exc:
            text = log.read_text(errors="replace") if log.exists() else ""
            raise PostgisServerError(f"{exc}\nserver log:\n{text}") from exc
        self._psql("postgres", f"CREATE DATABASE {self.database}")
        self._psql(self.database, "CREATE EXTENSION postgis")
        return self

    def _psql(self, database, sql):
        self._run([PG_BIN / "psql", "-h", "127.0.0.1", "-p", self.port, "-U", self.user, "-d", database,
                   "-v", "ON_ERROR_STOP=1", "-q", "-c", sql])

    def create_database(self, name):
        """A fresh database with PostGIS (a clean slate for one test)."""
        self._psql("postgres", f"CREATE DATABASE {name} TEMPLATE {self.database}")
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{name}"

    def drop_database(self, name):
        self._psql("postgres", f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self):
        if self.root is None:
            return
        data = self.root / "data"
        if data.exists():
            self._run([PG_BIN / "pg_ctl", "-D", data, "-m", "immediate", "-w", "stop"], check=False)
        shutil.rmtree(self.root, ignore_errors=True)
        self.root = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


def start_postgis_server(**kwargs) -> PostgisServer:
    server = PostgisServer(**kwargs)
    try:
        return server.start()
    except Exception:
        server.stop()
        raise
