from cswriter.cli import main

main()
