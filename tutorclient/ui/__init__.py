"""The Qt layer. Everything here is thin: it shows what the core returns."""
