"""Qt Designer forms (*.ui), installed as the package desktop._forms (see desktop/paths.py)."""
