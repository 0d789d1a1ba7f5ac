#!/usr/bin/env bash
# Install the system parts graphkit needs when they are missing: `java` (JDK 17 and
# Maven, for the managed Neo4j) and `chromium` (Debian's, for the browser tests).
# Uses apt-get when run as root; otherwise says what to install and fails.
set -euo pipefail

need=()
for part in "$@"; do
  case "$part" in
    java)
      command -v java >/dev/null || need+=(openjdk-17-jre-headless)
      command -v mvn >/dev/null || need+=(maven)
      ;;
    chromium)
      [ -x /usr/bin/chromium ] || need+=(chromium)
      ;;
    *) echo "ensure-system-deps: unknown part '$part'" >&2; exit 2 ;;
  esac
done

[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing ${need[*]} from Debian..." >&2
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
else
  echo "graphkit needs: ${need[*]}. Install them, e.g. 'sudo apt-get install ${need[*]}'." >&2
  echo "(To use an existing Neo4j instead of the managed one, set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE.)" >&2
  exit 1
fi
