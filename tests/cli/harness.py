"""What both CLI test scripts share: the program under test (argv[1]), running it,
counting checks, and the exit status."""
import subprocess
import sys

CLI = sys.argv[1]
_counts = {"passed": 0, "failed": 0}


def check(name, ok, detail=""):
    if ok:
        _counts["passed"] += 1
    else:
        _counts["failed"] += 1
        print(f"FAIL {name} {detail}")


def run(args, stdin=b"", timeout=60):
    return subprocess.run([CLI] + args, input=stdin, capture_output=True, timeout=timeout)


def finish():
    print(f"{_counts['passed']} passed, {_counts['failed']} failed")
    sys.exit(1 if _counts["failed"] else 0)
