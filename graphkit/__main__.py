"""python -m graphkit: the same command line as the ``graphkit`` script."""

from graphkit.cli import main

main()
