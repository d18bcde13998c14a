"""Where an export may write: a file name, never a folder, device or pipe.

Why: exports write a temporary file beside the target and rename it over the target,
so that a failed export leaves the old file as it was. Renamed over a device such as
``/dev/full`` that would have replaced the device with an ordinary file, and an empty
name or a folder failed only at the rename, with a Python error rather than a message.
"""

from __future__ import annotations

import errno
from pathlib import Path


def check_export_target(out: Path) -> None:
    """Raise OSError, with a message that says what is wrong, unless ``out`` is a file
    name in an existing folder (an existing regular file there is replaced)."""
    if out.name in ("", ".", "..") or out.is_dir():
        raise IsADirectoryError(
            errno.EISDIR, "is a folder; give the name of the file to write", str(out)
        )
    if out.exists() and not out.is_file():
        raise OSError(
            errno.EINVAL,
            "is not a regular file (a device or pipe); give the name of a file to write",
            str(out),
        )
    if not out.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, f"the folder {out.parent} does not exist", str(out))
