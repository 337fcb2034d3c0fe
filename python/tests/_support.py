"""What the Python tests share: where the build, the CLI and the shared material are,
and the CLI run on the same input as the package."""
import os
import pathlib
import subprocess
import sys
import tempfile
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
PYTHON_DIR = pathlib.Path(os.environ.get("FINLENS_PYTHON_DIR", ROOT / "build/python"))
CLI = pathlib.Path(os.environ.get("FINLENS_CLI", ROOT / "build/native/finlens"))
SHARED = pathlib.Path(os.environ.get("FINLENS_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus/wikinews-business.jsonl"
SEEDS = sorted((SHARED / "seeds").glob("*.txt"))

# The package under test, for this process and the ones it starts (Dask's workers, the
# command): the build's, not an installed one.
if str(PYTHON_DIR) not in sys.path:
    sys.path.insert(0, str(PYTHON_DIR))
os.environ["PYTHONPATH"] = os.pathsep.join(
    [str(PYTHON_DIR)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]
)


def cli(*args, stdin=None):
    """The CLI's standard output (bytes); fails on a non-zero exit."""
    return subprocess.run(
        [str(CLI), *map(str, args)], input=stdin, capture_output=True, check=True
    ).stdout


def corpus_lines():
    return CORPUS.read_bytes().splitlines(keepends=True)


class ScratchTestCase(unittest.TestCase):
    """A test with a scratch directory of its own, self.dir, removed after it."""

    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory(prefix=f"finlens-{type(self).__name__}-")
        self.dir = pathlib.Path(self.tmp.name)

    def tearDown(self):
        self.tmp.cleanup()
