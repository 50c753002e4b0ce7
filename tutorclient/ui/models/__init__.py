"""Table and list models: column constants, custom roles and one set_rows() each."""
