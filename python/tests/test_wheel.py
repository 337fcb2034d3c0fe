"""The wheel as a user installs it with pip, offline: into a directory (--target) and
into a venv; each imports finlens from where pip put it and analyzes."""
import os
import subprocess
import sys
import unittest

from _support import PYTHON_DIR, ScratchTestCase

import finlens

CHECK = (
    "import finlens, finlens.dask, sys; "
    "a = finlens.analyze('Apple Inc. rose 3% on Monday.', date='2025-01-27'); "
    "print(finlens.__file__, finlens.__version__, a['companies'][0]['name'], sep='|')"
)


def wheel():
    wheels = sorted((PYTHON_DIR / "dist").glob("finlens-*.whl"))
    if len(wheels) != 1:
        raise AssertionError(f"want one wheel in {PYTHON_DIR / 'dist'}, found {wheels}")
    return wheels[0]


def clean_env(**extra):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return {**env, **extra}


class Wheel(ScratchTestCase):
    def check(self, python, env, where):
        r = subprocess.run(
            [python, "-c", CHECK], env=env, cwd=self.dir, capture_output=True, text=True
        )
        self.assertEqual(r.returncode, 0, r.stderr)
        path, version, name = r.stdout.strip().split("|")
        self.assertTrue(path.startswith(str(where)), path)
        self.assertEqual((version, name), (finlens.__version__, "Apple Inc."))

    def pip(self, python, *args):
        r = subprocess.run(
            [
                python,
                "-m",
                "pip",
                "install",
                "--no-index",
                "--no-deps",
                "--disable-pip-version-check",
                "-q",
                *args,
            ],
            env=clean_env(PIP_ROOT_USER_ACTION="ignore"),
            capture_output=True,
            text=True,
        )
        self.assertEqual(r.returncode, 0, r.stderr)

    def test_name(self):
        tag = f"cp{sys.version_info.major}{sys.version_info.minor}"
        self.assertRegex(
            wheel().name, rf"^finlens-{finlens.__version__}-{tag}-{tag}-linux_\w+\.whl$"
        )

    def test_pip_install_target(self):
        target = self.dir / "site"
        self.pip(sys.executable, "--target", str(target), str(wheel()))
        self.check(sys.executable, clean_env(PYTHONPATH=str(target)), target)

    def test_venv(self):
        venv = self.dir / "venv"
        # Debian's dask and pip come from the system's site-packages
        subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", str(venv)],
            check=True,
        )
        python = str(venv / "bin/python")
        self.pip(python, str(wheel()))
        self.check(python, clean_env(), venv)


if __name__ == "__main__":
    unittest.main()
