"""The domain rules of Cooperation Desk, free of Qt and SQL so every layer can rely on them."""
