#!/usr/bin/env python3
"""Lists the tests that failed in this checkout's last Maven run, from every module's surefire and failsafe reports.

A failed CI run ends with Maven's "There are test failures" and the modules that had them; which test failed, and
why, sits thousands of lines higher, beyond what a CI page shows of a log's end. scripts/test.sh prints this last.

Usage: scripts/failed-tests.py [--since EPOCH_SECONDS] [REPO_ROOT]
Only reports written since EPOCH_SECONDS count (a module the run did not reach keeps an older run's reports).
Prints nothing when no report holds a failure.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ElementTree

MESSAGE_LINES = 6
MESSAGE_CHARS = 600


def failures(root, since):
    for report in sorted(glob.glob(os.path.join(root, "**", "target", "*-reports", "TEST-*.xml"), recursive=True)):
        if os.path.getmtime(report) < since:
            continue
        try:
            cases = ElementTree.parse(report).getroot().iter("testcase")
        except ElementTree.ParseError as e:
            yield report, "(report unreadable: %s)" % e, ""
            continue
        for case in cases:
            for outcome in ("failure", "error"):
                for problem in case.findall(outcome):
                    text = problem.get("message") or problem.get("type") or (problem.text or "").strip()
                    yield report, "%s.%s (%s s)" % (case.get("classname"), case.get("name"), case.get("time")), \
                        text.strip()


def main():
    args = sys.argv[1:]
    since = 0
    if args[:1] == ["--since"]:
        since, args = float(args[1]), args[2:]
    root = args[0] if args else os.getcwd()
    found = list(failures(root, since))
    if not found:
        return
    print("%d failed test%s (the whole output and reports are under each module's target/):"
          % (len(found), "" if len(found) == 1 else "s"))
    for report, test, message in found:
        print("- %s, %s" % (test, os.path.relpath(report, root)))
        lines = message[:MESSAGE_CHARS].splitlines()[:MESSAGE_LINES]
        for line in lines:
            print("    " + line)


if __name__ == "__main__":
    main()
