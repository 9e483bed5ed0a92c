#!/usr/bin/env bash
# package_test.sh CPACK BUILD_DIR WORK_DIR VERSION: makes the .deb of BUILD_DIR with cpack, unpacks it into an
# empty folder and checks what it holds and that the programs run from there. Exits non-zero on the first failure.
set -euo pipefail
cpack="$1" build="$2" work="$3" version="$4"

fail() { echo "FAIL: $*" >&2; exit 1; }
step() { echo "-- $* (${SECONDS} s)"; }

rm -rf "$work"
mkdir -p "$work/home" "$work/runtime"
chmod 700 "$work/runtime"
# The programs run as a user with no settings and no database of their own.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/runtime"
export QT_QPA_PLATFORM=offscreen

step "cpack"
"$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/cpack" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack failed"; }
debs=("$work"/cpack/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $work/cpack, found: ${debs[*]}"
deb="${debs[0]}"
[ "$(basename "$deb")" = "loandesk_${version}_amd64.deb" ] || fail "unexpected file name $(basename "$deb")"

step "control fields"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = loandesk ] || fail "Package is $(field Package)"
[ "$(field Version)" = "$version" ] || fail "Version is $(field Version), not $version"
[ "$(field Architecture)" = amd64 ] || fail "Architecture is $(field Architecture)"
[ "$(field Section)" = misc ] || fail "Section is $(field Section)"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
depends="$(field Depends)"
echo "Depends: $depends"
# dpkg-shlibdeps found the libraries; the SQLite driver is named by hand.
depends_names="$(tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/[ (].*//')"
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6sql6 libqt6charts6 \
    libqt6printsupport6 libqt6sql6-sqlite; do
    grep -qxF "$package" <<<"$depends_names" || fail "Depends lacks $package"
done
# (grep -q reads from a here-string, never a pipe: with pipefail a writer cut short by grep's early exit
# would fail the test at random.)
grep -q "translations are" <<<"$(field Description)" || fail "the description does not say where the translations are"

step "file list"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/files"
expected=(
    /usr/bin/loandesk /usr/bin/loandesk-cli
    /usr/share/applications/vn.org.vbsp.loandesk.desktop
    /usr/share/metainfo/vn.org.vbsp.loandesk.metainfo.xml
    /usr/share/icons/hicolor/scalable/apps/loandesk.svg
    /usr/share/man/man1/loandesk.1.gz /usr/share/man/man1/loandesk-cli.1.gz
    /usr/share/doc/loandesk/user-guide.vi.md /usr/share/doc/loandesk/user-guide.en.md
    /usr/share/doc/loandesk/examples/correction-2023-08/repayments.csv
    /usr/share/doc/loandesk/examples/correction-2023-08/moves.csv
)
for size in 16 24 32 48 64 128 256; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/loandesk.png")
done
for path in "${expected[@]}"; do
    grep -qx "$path" "$work/files" || fail "$path is not in the package"
done
# Nothing outside /usr, no test program, no static library.
grep -v '^/usr' "$work/files" | grep -vx '/' && fail "files outside /usr"
grep -E '/(test_|bench_)|\.a$' "$work/files" && fail "build leftovers in the package"

step "unpack"
root="$work/root"
dpkg-deb -x "$deb" "$root"
cli="$root/usr/bin/loandesk-cli"
gui="$root/usr/bin/loandesk"

step "versions"
"$cli" --version | grep -Eqx "loandesk-cli $version \(schema version [0-9]+\)" || fail "loandesk-cli --version: $("$cli" --version)"
grep -q "$version" <<<"$("$gui" --version 2>&1)" || fail "loandesk --version: $("$gui" --version 2>&1)"

step "desktop entry and metadata"
desktop="$root/usr/share/applications/vn.org.vbsp.loandesk.desktop"
grep -qx 'Name\[vi\]=LoanDesk — .*' "$desktop" || fail "no Vietnamese Name"
grep -qx 'Comment\[vi\]=.*' "$desktop" || fail "no Vietnamese Comment"
grep -qx 'Name\[en\]=.*' "$desktop" && grep -qx 'Name\[fr\]=.*' "$desktop" || fail "no English or French Name"
grep -qx 'Categories=Office;Finance;' "$desktop" || fail "Categories"
grep -qx 'Exec=loandesk' "$desktop" && grep -qx 'Icon=loandesk' "$desktop" || fail "Exec or Icon"
if command -v desktop-file-validate >/dev/null; then
    desktop-file-validate "$desktop" || fail "desktop-file-validate"
fi
metainfo="$root/usr/share/metainfo/vn.org.vbsp.loandesk.metainfo.xml"
grep -q '<launchable type="desktop-id">vn.org.vbsp.loandesk.desktop</launchable>' "$metainfo" || fail "launchable"
grep -q "<release version=\"$version\"" "$metainfo" || fail "no release $version in the metadata"
grep -q '<summary xml:lang="vi">' "$metainfo" || fail "no Vietnamese summary"
if command -v appstreamcli >/dev/null; then
    appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 ||
        { cat "$work/appstream.log"; fail "appstreamcli validate"; }
fi
for size in 16 24 32 48 64 128 256; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/loandesk.png"
    [ "$(identify -format '%wx%h' "$png")" = "${size}x${size}" ] || fail "$png is not ${size}x${size}"
done

step "manual pages"
for page in loandesk loandesk-cli; do
    gzip -t "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz is not gzip"
done
man_cli="$(zcat "$root/usr/share/man/man1/loandesk-cli.1.gz")"
grep -q '^\.TH LOANDESK-CLI 1 ' <<<"$man_cli" || fail "loandesk-cli.1 has no .TH"
# Every command and option of loandesk-cli --help is described in its manual page.
help="$("$cli" --help)"
for command in $(grep -Eo '^  loandesk-cli [a-z]+' <<<"$help" | awk '{print $2}' | sort -u); do
    grep -q "^\.B $command\$" <<<"$man_cli" || fail "loandesk-cli.1 does not describe the command $command"
done
for option in $(grep -Eo -- '--[a-z][a-z-]*' <<<"$help" | sort -u); do
    grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" <<<"$man_cli" || fail "loandesk-cli.1 does not describe $option"
done
for code in 0 1 2 3; do
    grep -qx "\.B $code" <<<"$(awk '/^\.SH EXIT STATUS/{on=1} on' <<<"$man_cli")" || fail "loandesk-cli.1 lacks exit status $code"
done
man_gui="$(zcat "$root/usr/share/man/man1/loandesk.1.gz")"
for option in $("$gui" --help 2>&1 | grep -Eo -- '--[a-z][a-z-]*' | sort -u); do
    grep -qF -- "$(sed 's/-/\\-/g' <<<"$option")" <<<"$man_gui" || fail "loandesk.1 does not describe $option"
done

step "demonstration database with the unpacked loandesk-cli"
db="$work/demo.loandesk"
"$cli" init --demo --db "$db" || fail "loandesk-cli init --demo"

step "the user guides' example imported with the unpacked loandesk-cli"
"$cli" import --db "$db" "$root/usr/share/doc/loandesk/examples/correction-2023-08" >"$work/import.log" ||
    { cat "$work/import.log"; fail "the guides' example does not import"; }
grep -q ' 1 moves, .* 2 repayments' "$work/import.log" || fail "import: $(cat "$work/import.log")"

step "screenshot with the unpacked loandesk"
shot="$work/dashboard.png"
"$gui" --db "$db" --month 2023-08 --screenshot "$shot" || fail "loandesk --screenshot"
[ -s "$shot" ] || fail "no screenshot"
read -r width height colours < <(identify -format '%w %h %k\n' "$shot")
[ "$width" = 1440 ] && [ "$height" = 900 ] || fail "the screenshot is ${width}x${height}, not 1440x900"
# A blank or single-colour picture has a handful of colours; the dashboard with its charts has thousands.
[ "$colours" -gt 500 ] || fail "the screenshot looks blank: $colours colours"
echo "screenshot: ${width}x${height}, $colours colours"

step "printed summary with the unpacked loandesk-cli"
"$cli" summary --db "$db" --month 2023-08 --format pdf --out "$work/summary.pdf" --date 2023-09-05 ||
    fail "loandesk-cli summary --format pdf"
[ "$(head -c 5 "$work/summary.pdf")" = "%PDF-" ] || fail "summary.pdf is not a PDF"

step "done"
rm -rf "$work" # some 250 MB; kept when a step fails, to look at
