"""Everything the user sees: widgets built on the Qt-free domain packages."""
