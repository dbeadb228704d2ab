#!/usr/bin/env bash
# Refreshes tests/fixtures/reference from the team's shared/fixtures (beside the repository) and
# rewrites the checksums in PROVENANCE.md. The tests never read outside the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
src="${1:?usage: bash scripts/refresh-fixtures.sh PATH/TO/shared/fixtures}"
dst=tests/fixtures/reference
[ -d "$src" ] || { echo "refresh-fixtures: no folder $src" >&2; exit 1; }
find "$dst" -maxdepth 1 -type f ! -name PROVENANCE.md -delete
cp "$src"/* "$dst"/
sums=$(cd "$src" && sha256sum -- *)
python3 - "$dst/PROVENANCE.md" "$sums" "$(date -u +%Y-%m-%d)" <<'PY'
import re, sys
path, sums, day = sys.argv[1:]
text = open(path, encoding="utf-8").read()
text = re.sub(r"```\n.*?```", "```\n" + sums + "\n```", text, flags=re.S)
text = re.sub(r"copied on \d{4}-\d{2}-\d{2}", "copied on " + day, text)
open(path, "w", encoding="utf-8").write(text)
PY
echo "refreshed $dst from $src"
