"""Validate the `east2` group with the checks of src/de/validate.py (run there with GROUP = "east2")."""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("de_validate", os.path.join(HERE, "..", "de", "validate.py"))
de_validate = importlib.util.module_from_spec(spec)
spec.loader.exec_module(de_validate)
de_validate.GROUP = "east2"

if __name__ == "__main__":
    sys.exit(de_validate.main())
