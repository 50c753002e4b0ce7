"""The schema's migration names, without loading sqlite-utils or the migrations.

:meth:`Store.migrate` compares these with the database's record of applied
migrations, so an up-to-date profile opens without importing the schema.
``tests/store`` checks that this list matches ``schema.migrations``.
"""

MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' Migrations.migrations_table
MIGRATION_SET = "tutorclient"
MIGRATION_NAMES = (
    "m001_domain",
    "m002_search",
    "m003_sync",
    "m004_discussion_visits",
    "m005_server_time",
    "m009_bound_ids",
    "m006_privacy_hold",
    "m010_lesson_search_text",
    "m011_search_fold",
    "m012_attachment_originals",
    "m013_review_cards",
    "m014_contributions",
    "m015_insight",
    "m017_blob_bases",
)
