"""Credentials never reach a message, a log or an output: one function masks every form of them."""
import re


def mask_credentials(text) -> str:
    """``text`` with every password replaced by ``***``: URIs (``postgresql://user:pw@host``), query
    parameters (``?password=pw``, ``&pwd=pw``), libpq strings (``password=pw``, ``password = 'p w'``) and
    ``PGPASSWORD=pw``. User and host names stay: they help to find the connection."""
    text = str(text)
    text = re.sub(r"(\b[a-z][a-z0-9+.\-]*://[^/\s:@]*:)([^@\s/]*)(@)", r"\1***\3", text, flags=re.I)
    quoted = r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\""
    return re.sub(r"(\b(?:password|passwd|pwd|pgpassword)\s*[=:]\s*)(" + quoted + r"|[^\s&;,'\"]*)", r"\1***", text,
                  flags=re.I)
