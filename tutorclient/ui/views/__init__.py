"""The main window's pages. Each takes the AppContext and redraws from change notices."""
