"""Build the `mena2` group (more Arabic and Farsi/Dari): render every batch into mails/mena2/*.eml and write labels/mena2.csv,
with the writer and the build steps of the `de` group (../de/mailwriter.py, ../de/build.py)."""
import importlib.util
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("de_build", os.path.join(HERE, "..", "de", "build.py"))
de_build = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(de_build)

if __name__ == "__main__":
    de_build.write_group("mena2", de_build.load_batches(HERE, "mena2"))
