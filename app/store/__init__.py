"""The SQLite library: schema, migrations, transactions, one repository per table family."""
