import sys

from newsflow.cli import main

# Airflow imports every module under plugins/: only run when executed as `python -m newsflow`.
if __name__ == "__main__":
    sys.exit(main())
