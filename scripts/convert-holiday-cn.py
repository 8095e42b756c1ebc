"""Converts holiday-cn JSON files (one per notice year) into the project's own calendar table.

usage: python3 scripts/convert-holiday-cn.py DIR_WITH_YEAR_JSON_FILES
writes src/Dajia.Web/Data/Calendar/official-days.tsv and official-notices.tsv (embedded in the app, seeded into the
database on first start). Later years are better imported through the admin calendar page or its API.
"""
import glob, json, os, sys

# Where the data set's name differs from the notice's own wording, the notice wins.
NAME_AS_IN_NOTICE = {
    (2017, "中秋节、国庆节"): "国庆节、中秋节",  # 国办发明电〔2016〕17号: "国庆节、中秋节：10月1日至8日放假调休"
}

src = sys.argv[1]
out = os.path.join(os.path.dirname(__file__), "..", "src", "Dajia.Web", "Data", "Calendar")
days, notices = [], []
for path in sorted(glob.glob(os.path.join(src, "[0-9][0-9][0-9][0-9].json"))):
    data = json.load(open(path, encoding="utf-8"))
    notices.append((data["year"], " ".join(data.get("papers", []))))
    for d in data["days"]:
        name = NAME_AS_IN_NOTICE.get((data["year"], d["name"]), d["name"])
        days.append((d["date"], "Holiday" if d["isOffDay"] else "MakeupWorkday", name, data["year"]))
days.sort()
with open(os.path.join(out, "official-days.tsv"), "w", encoding="utf-8") as f:
    f.write("date\tkind\tname\tnotice_year\n")
    f.writelines(f"{a}\t{b}\t{c}\t{d}\n" for a, b, c, d in days)
with open(os.path.join(out, "official-notices.tsv"), "w", encoding="utf-8") as f:
    f.write("year\tpapers\n")
    f.writelines(f"{y}\t{p}\n" for y, p in notices)
print(f"{len(days)} days from {len(notices)} notices")
