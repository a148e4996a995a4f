"""`python -m coi_desktop`: the same as the `coi-desktop` command."""

from coi_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
