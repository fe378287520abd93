from elt.cli import main

main()
