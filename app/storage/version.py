"""What a file says about itself, readable without sqlite-utils: whose it is, and how new."""

SCHEMA_VERSION = 3  # the newest migration's number; each migration sets its own
# 'SEAM' in ASCII: marks the file as Seam's, so another program's database is never migrated.
APPLICATION_ID = 0x5345414D
