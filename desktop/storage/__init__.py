"""Everything that knows SQL, the database file and the keys. Nothing above this layer does."""
