"""``python -m vuga`` is the ``vuga`` command."""

from vuga.cli import main

main()
