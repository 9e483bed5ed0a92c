#!/usr/bin/env python3
"""Turns the measurements of scripts/bench into the table of docs/performance.md (between its bench markers)
and the data of the plot.

    bench-report.py RESULTS.tsv docs/performance.md PLOT.tsv MACHINE RUNS VERSION
"""
import datetime
import re
import sys

results_path, doc_path, plot_path, machine, runs, version = sys.argv[1:7]

values = {}  # (size, name) -> (value, peak KB)
sizes = []
for line in open(results_path, encoding="utf-8"):
    size, name, value, peak = line.rstrip("\n").split("\t")
    size = int(size)
    if size not in sizes:
        sizes.append(size)
    values[(size, name)] = (float(value), int(peak))
sizes.sort()


def get(size, name):
    return values.get((size, name), (None, 0))[0]


def seconds(value):
    if value is None:
        return "—"
    if value < 1:
        return f"{value * 1000:,.1f} ms"
    return f"{value:,.2f} s"


def megabytes(value):
    return "—" if value is None else f"{value / 1e6:,.0f} MB"


def names(prefix):
    seen = []
    for size in sizes:
        for (s, name) in values:
            if s == size and name.startswith(prefix) and name not in seen:
                seen.append(name)
    return seen


rows = []  # (measurement, [per size], target text, verdict at the largest size)
largest = sizes[-1]


def verdict(ok, by=""):
    if largest != 1_000_000:
        return "not measured at 1,000,000"
    return "met" if ok else f"**missed** {by}".strip()


summaries = names("summary ")  # in the order measured: first, middle, latest month; each breakdown
count = lambda s: get(s, "reference: sqlite3 count of repayments")
for name in summaries:
    t = get(largest, name)
    limit = min(0.1, 0.1 * (count(largest) or 0))
    ok = t is not None and t <= limit
    rows.append((name, [seconds(get(s, name)) for s in sizes], "≤ 100 ms and ≤ 0.1 × the sqlite3 count",
                 verdict(ok, f"({seconds(t)} against {seconds(limit)})")))
rows.append(("reference: sqlite3 count of repayments", [seconds(count(s)) for s in sizes], "", ""))

for name, bench, target, limit in [
    ("ageing on the 15th (whole process)", None, "≤ 500 ms", 0.5),
    ("ageing mid-month (in process)", "BM_AgeingMidMonth", "≤ 500 ms", 0.5),
    ("dashboard first paint (whole process)", None, "≤ 1.5 s", 1.5),
    ("dashboard data of a month", "BM_DashboardData", "", None),
    ("month switch (new connection + dashboard)", "BM_MonthSwitch", "≤ 300 ms", 0.3),
    ("loans list of one commune", "BM_LoansOfACommune", "", None),
    ("24-month trend", "BM_TwentyFourMonthTrend", "", None),
    ("one repayment posted", "BM_PostOneRepayment/iterations:50", "≤ 20 ms", 0.02),
    ("transaction day of 500 entries", "BM_TransactionDayOf500Entries/iterations:5", "≤ 1 s", 1.0),
]:
    key = bench
    if key is None and name.startswith("ageing"):
        key = next(iter(names("ageing on the 15th")), None)
    elif key is None:
        key = "dashboard first paint (loandesk --screenshot)"
    t = get(largest, key)
    rows.append((name, [seconds(get(s, key)) for s in sizes], target,
                 verdict(t is not None and (limit is None or t <= limit), f"({seconds(t)})") if target else ""))

for name, target in [("import", "≤ 2 × sqlite3 .import"), ("export", ""), ("check", ""),
                     ("generate (init --demo)", "minutes, ≤ 1 GB"),
                     ("generate as an import folder (init --demo --csv)", "minutes, ≤ 1 GB")]:
    ref = get(largest, "reference: sqlite3 .import")
    t = get(largest, name)
    text = ""
    if name == "import":
        text = ("not measured at 1,000,000" if t is None else
                verdict(ref and t <= 2 * ref, f"({t / ref:.1f} ×)" if ref else ""))
    elif name.startswith("generate"):
        # "In minutes": a quarter of an hour at most.
        memory = values.get((largest, name), (None, None))[1]
        text = ("not measured" if t is None or memory is None else
                verdict(t <= 900 and memory <= 1024 * 1024, f"({seconds(t)}, {memory / 1024:,.0f} MB)"))
    rows.append((name, [seconds(get(s, name)) for s in sizes], target, text))
rows.append(("reference: sqlite3 .import", [seconds(get(s, "reference: sqlite3 .import")) for s in sizes], "", ""))

file_ratio = lambda s: (get(s, "file bytes") or 0) / (get(s, "bare tables bytes") or 1)
rows.append(("database file", [megabytes(get(s, "file bytes")) for s in sizes], "≤ 1.5 × bare tables",
             verdict(file_ratio(largest) <= 1.5, f"({file_ratio(largest):.2f} ×)")))
rows.append(("reference: the same rows in bare sqlite3 tables", [megabytes(get(s, "bare tables bytes")) for s in sizes],
             "", ""))
peak = lambda s: max((p for (sz, _), (_, p) in values.items() if sz == s), default=0)
rows.append(("peak memory of any command", [f"{peak(s) / 1024:,.0f} MB" for s in sizes], "≤ 500 MB",
             verdict(peak(largest) <= 500 * 1024, f"({peak(largest) / 1024:,.0f} MB)")))
rows.append(("loans", [f"{int(get(s, 'loans') or 0):,}" for s in sizes], "", ""))
rows.append(("repayments", [f"{int(get(s, 'repayments') or 0):,}" for s in sizes], "", ""))

header = "| measurement | " + " | ".join(f"{s:,} loans" for s in sizes) + " | target at 1,000,000 | at the largest |"
lines = [header, "|" + "---|" * (len(sizes) + 3)]
for name, cells, target, text in rows:
    lines.append(f"| {name} | " + " | ".join(cells) + f" | {target} | {text} |")
table = "\n".join(lines)

block = (f"<!-- bench:begin -->\nMeasured {datetime.date.today().isoformat()} by `scripts/bench` on: {machine}. "
         f"Median of {runs} runs (generation, `check`: one run); data version `{version}`.\n\n{table}\n"
         "<!-- bench:end -->")
doc = open(doc_path, encoding="utf-8").read()
doc = re.sub(r"<!-- bench:begin -->.*<!-- bench:end -->", lambda _: block, doc, flags=re.S)
open(doc_path, "w", encoding="utf-8").write(doc)

with open(plot_path, "w") as plot:
    for s in sizes:
        summary = next((get(s, n) for n in summaries if n.startswith("summary last month") and n.endswith("program")), 0)
        plot.write(f"{int(get(s, 'loans') or s)}\t{summary or 0}\t{get(s, 'import') or 0}\t"
                   f"{get(s, 'reference: sqlite3 .import') or 0}\t{get(s, 'check') or 0}\t"
                   f"{(get(s, 'file bytes') or 0) / 1e6}\t{(get(s, 'bare tables bytes') or 0) / 1e6}\n")
