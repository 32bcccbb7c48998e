import multiprocessing
import sys

from app.cli.main import main

if __name__ == "__main__":
    # Import readers run in worker processes: in a frozen build, the executable is
    # started again as such a worker, and this hands it over before anything else runs.
    multiprocessing.freeze_support()
    sys.exit(main())
