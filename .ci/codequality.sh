#!/bin/sh
# Turns vp's findings in a Maven log into a GitLab Code Quality report (JSON on stdout).
#
#   mvn -B vp:validate | tee vp-validate.log
#   sh .ci/codequality.sh vp-validate.log > gl-code-quality-report.json
#
# A finding is a line like
#   [ERROR] plan-source/uppdrag/x.yaml:2:1: fel: okänd nyckel 'mottagre' – menade du 'mottagare'? [VP101]
#   [WARNING] plan-source/x.yaml: varning: ... [VP003]        (whole file: no :line:column)
# vp writes each finding on one line, its line breaks, control and bidi characters and any colon in
# its path shown as ⟨U+000A⟩, ⟨U+003A⟩ (see OneLine), so the place ends at the first colon. Every
# other line is ignored. fel is "major", varning "minor"; check_name is the VP code; the
# fingerprint is the SHA-256 of path:line:code (with #2, #3 … when that repeats), so a finding
# keeps its identity between pipelines and GitLab can tell new findings from fixed ones.
# Needs only sh, awk and sha256sum. Paths and messages come from pull requests: they are escaped
# for JSON in awk and hashed through stdin, never put into a command line.
set -eu

if command -v sha256sum >/dev/null 2>&1; then
  sha256() { sha256sum | cut -c1-64; }
else
  sha256() { shasum -a 256 | cut -c1-64; }
fi

# awk writes three lines per finding: the fingerprint's key, the JSON object up to the
# fingerprint's value, and the rest of the object. LC_ALL=C: awk works on bytes, and only ASCII
# is escaped, so UTF-8 passes through untouched.
LC_ALL=C awk '
  # Literal replacement: gsub treats backslashes in its replacement differently in each awk.
  function rep(s, from, to,    out, i) {
    out = ""
    while ((i = index(s, from)) > 0) { out = out substr(s, 1, i - 1) to; s = substr(s, i + length(from)) }
    return out s
  }
  function json(s) {
    s = rep(s, "\\", "\\\\"); s = rep(s, "\"", "\\\""); s = rep(s, "\t", "\\t")
    gsub(/[\001-\037\177]/, "", s)
    return s
  }
  {
    sub(/\r$/, ""); gsub(/\033\[[0-9;]*m/, "")
    if (substr($0, 1, 8) == "[ERROR] ") { rest = substr($0, 9); sep = ": fel: "; severity = "major" }
    else if (substr($0, 1, 10) == "[WARNING] ") { rest = substr($0, 11); sep = ": varning: "; severity = "minor" }
    else next
    i = index(rest, sep)
    if (i < 2) next
    head = substr(rest, 1, i - 1); message = substr(rest, i + length(sep))
    # vp shows a colon in a file name as ⟨U+003A⟩, so the place is a path with no colon and
    # perhaps :line:column; anything else is not a line vp wrote.
    if (head !~ /^[^: ][^:]*(:[0-9]+:[0-9]+)?$/) next
    if (!match(message, / \[VP[0-9][0-9][0-9]\]$/)) next
    code = substr(message, RSTART + 2, 5)
    path = head; line = ""
    if (match(head, /:[0-9]+:[0-9]+$/)) {
      path = substr(head, 1, RSTART - 1)
      line = substr(head, RSTART + 1); sub(/:.*/, "", line)
    }
    key = json(path) ":" line ":" code
    if (++seen[key] > 1) key = key "#" seen[key]
    print key
    print "{\"description\":\"" json(message) "\",\"check_name\":\"" code "\",\"fingerprint\":\""
    print "\",\"severity\":\"" severity "\",\"location\":{\"path\":\"" json(path) "\",\"lines\":{\"begin\":" (line == "" ? 1 : line + 0) "}}}"
  }
' "$@" | {
  printf '['
  sep=''
  while IFS= read -r key && IFS= read -r head && IFS= read -r tail; do
    fingerprint=$(printf '%s' "$key" | sha256)
    printf '%s\n  %s%s%s' "$sep" "$head" "$fingerprint" "$tail"
    sep=','
  done
  printf '\n]\n'
}
