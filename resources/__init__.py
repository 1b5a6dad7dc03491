"""Templates, checklists, icons and translations, installed as desktop._resources.

See desktop/paths.py: the package exists so that a wheel, an editable install and the
PyInstaller bundle all find these files through importlib.resources.
"""
