#!/bin/sh
# Posts the report of vp:diff on each open merge request as a note, or updates vp's earlier note
# when the report has changed. Run by the job "note" of .gitlab-ci.yml, which runs only in a
# scheduled pipeline on the default branch: this script and its job are the default branch's,
# never a merge request's, and only they are given VP_GITLAB_TOKEN (a protected variable).
#
# A merge request's report is data: output/ändringar.md from the artifact of the job "render" of
# the merge request's head pipeline in this project, at most 256 KiB, sent as the note's body; it
# is never run or put into a command line. Which merge request a report belongs to comes from
# GitLab's API, never from the artifact. Merge requests whose head pipeline ran in a fork are
# skipped: the project's token cannot read the fork's artifacts.
#
# Needs sh, curl and jq; reads CI_API_V4_URL, CI_PROJECT_ID and VP_GITLAB_TOKEN.
set -eu

api="$CI_API_V4_URL/projects/$CI_PROJECT_ID"
marker='<!-- vp:diff -->'
max=262144
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# curl against the API into $work/response; on an HTTP error says so and fails.
gitlab() {
  curl --silent --show-error --fail-with-body --output "$work/response" \
    --header "PRIVATE-TOKEN: $VP_GITLAB_TOKEN" "$@" || { echo "GitLab svarade inte som väntat (${*##* })." >&2; return 1; }
}

if ! gitlab "$CI_API_V4_URL/user"; then
  echo "GitLab tog inte emot VP_GITLAB_TOKEN: den behöver scope api och minst rollen Reporter." >&2
  exit 1
fi
me="$(jq -r '.username' "$work/response")"

gitlab "$api/merge_requests?state=opened&per_page=100"
jq -r '.[].iid' "$work/response" > "$work/iids"
failed=0
while read -r iid; do
  gitlab "$api/merge_requests/$iid" || { failed=1; continue; }
  pipeline="$(jq -r --argjson project "$CI_PROJECT_ID" \
    'if .head_pipeline != null and .head_pipeline.project_id == $project then .head_pipeline.id else "" end' "$work/response")"
  if [ -z "$pipeline" ]; then
    echo "!$iid: ingen pipeline i projektet för senaste ändringen (en fork?); ingen kommentar."
    continue
  fi
  gitlab "$api/pipelines/$pipeline/jobs?per_page=100" || { failed=1; continue; }
  job="$(jq -r '[.[] | select(.name == "render" and .status == "success")] | first | .id // ""' "$work/response")"
  if [ -z "$job" ]; then
    echo "!$iid: render har inte lyckats i pipeline $pipeline; ingen kommentar."
    continue
  fi
  # The report, as data: at most $max bytes (curl stops beyond, and the size is checked again).
  if ! gitlab --max-filesize "$max" "$api/jobs/$job/artifacts/output/%C3%A4ndringar.md" \
    || [ "$(wc -c < "$work/response")" -gt "$max" ]; then
    echo "!$iid: ingen rapport på högst $max byte i jobb $job; ingen kommentar."
    continue
  fi
  if [ "$(head -n 1 "$work/response")" = "$marker" ]; then
    cp "$work/response" "$work/body"
  else
    { echo "$marker"; cat "$work/response"; } > "$work/body"
  fi
  # vp's earlier note: written with this token and starting with the marker.
  gitlab "$api/merge_requests/$iid/notes?sort=desc&order_by=updated_at&per_page=100" || { failed=1; continue; }
  note="$(jq -r --arg me "$me" --arg marker "$marker" \
    '[.[] | select(.author.username == $me and (.body | startswith($marker)))] | first | .id // ""' "$work/response")"
  if [ -n "$note" ]; then
    if jq -e --argjson id "$note" --rawfile body "$work/body" \
      '[.[] | select(.id == $id)] | first | (.body | rtrimstr("\n")) == ($body | rtrimstr("\n"))' "$work/response" > /dev/null; then
      echo "!$iid: kommentaren $note är aktuell."
    elif gitlab --request PUT --data-urlencode "body@$work/body" "$api/merge_requests/$iid/notes/$note"; then
      echo "!$iid: uppdaterade kommentaren $note."
    else
      failed=1
    fi
  elif gitlab --request POST --data-urlencode "body@$work/body" "$api/merge_requests/$iid/notes"; then
    echo "!$iid: skrev en ny kommentar."
  else
    failed=1
  fi
done < "$work/iids"
exit "$failed"
