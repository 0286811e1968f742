"""The SQLCipher vault: keys, connection, migrations, repositories and the audit log."""
