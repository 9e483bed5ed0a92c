#!/usr/bin/env bash
# Makes the seed corpora of the fuzz targets in tests/fuzz/corpus from the shared reference data sets
# (../shared/fixtures beside the checkout, else tests/fixtures). Seeds are kept small so that fuzzing runs
# fast: the first lines of every file (the faults of the invalid sets are near the top), and the whole
# worked example. Run it again when the fixtures change; crash inputs kept in the corpus are not touched.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
fixtures="${1:-$root/../shared/fixtures}"
[ -d "$fixtures/portfolio-small" ] || fixtures="$root/tests/fixtures"
corpus="$here/corpus"
files=(communes.csv groups.csv borrowers.csv moves.csv loans.csv schedule.csv repayments.csv savings.csv)
lines=12

mkdir -p "$corpus"/{csv_reader,import_folder,amount_in_words,parsers}
rm -f "$corpus"/*/seed-*

sets=()
for dir in "$fixtures"/worked-example/data "$fixtures"/portfolio-small/data "$fixtures"/invalid/*; do
    [ -d "$dir" ] && sets+=("$dir")
done

fields="$(mktemp)"
trap 'rm -f "$fields"' EXIT
for dir in "${sets[@]}"; do
    name="$(basename "$(dirname "$dir")")-$(basename "$dir")"
    name="${name#fixtures-}"
    name="${name%-data}"
    name="${name#invalid-}"
    # The whole worked example; the first lines of the others.
    take=(head -n "$lines")
    [[ "$dir" == */worked-example/data ]] && take=(cat)
    import="$corpus/import_folder/seed-$name"
    : >"$import"
    first=1
    for file in "${files[@]}"; do
        [ $first -eq 1 ] || printf '\0' >>"$import"
        first=0
        if [ -f "$dir/$file" ]; then
            "${take[@]}" "$dir/$file" >>"$import"
            "${take[@]}" "$dir/$file" >"$corpus/csv_reader/seed-$name-$file"
            "${take[@]}" "$dir/$file" | tail -n +2 | tr ',' '\n' >>"$fields"
        fi
    done
done

# Dates, amounts and rates of the data sets, each after a byte that chooses how amounts are formatted.
i=0
grep -aE '^-?[0-9/.-]{1,20}$' "$fields" | sort -u | head -n 200 | while IFS= read -r value; do
    printf "\\x$(printf '%02x' $((i % 128)))%s" "$value" >"$corpus/parsers/seed-$(printf '%03d' "$i")"
    i=$((i + 1))
done

# Amounts of the loans as 8 little-endian bytes, with the extremes of the type and of the data.
amounts=(0 1 5 10 15 21 105 1000000 1000000000 1000000000000 1000000000000000 999999999999999999
         9223372036854775807 -1 -25000000 -9223372036854775807)
for dir in "${sets[@]}"; do
    [ -f "$dir/loans.csv" ] && amounts+=($(head -n "$lines" "$dir/loans.csv" | tail -n +2 | cut -d, -f4 |
                                           grep -E '^[0-9]+$' || true))
done
for amount in $(printf '%s\n' "${amounts[@]}" | sort -u); do
    bytes=""
    value=$amount
    for _ in 1 2 3 4 5 6 7 8; do
        bytes+="\\x$(printf '%02x' $((value & 0xff)))"
        value=$((value >> 8))
    done
    printf "$bytes" >"$corpus/amount_in_words/seed-$amount"
done

for target in "$corpus"/*; do
    echo "$(basename "$target"): $(ls "$target" | wc -l) inputs"
done
