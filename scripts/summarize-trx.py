"""Adds up the .trx files that `dotnet test --logger trx` wrote and prints one 'N passed, N failed' line."""
import glob, os, sys, xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else "tests"
passed = failed = skipped = 0
newest = {}
for path in glob.glob(os.path.join(root, "**", "TestResults", "*.trx"), recursive=True):
    project = path.split(os.sep + "TestResults")[0]
    if project not in newest or os.path.getmtime(path) > os.path.getmtime(newest[project]):
        newest[project] = path
for path in newest.values():
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
    skipped += int(counters.get("notExecuted", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
