"""Validate the `de2` group with the checks of the `de` group (../de/validate.py, unchanged)."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("de_validate", os.path.join(HERE, "..", "de", "validate.py"))
_v = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_v)
_v.GROUP = "de2"

if __name__ == "__main__":
    sys.exit(_v.main())
